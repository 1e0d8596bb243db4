import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `*.json` file below `dir` (any depth, any case of the ending), sorted, as paths relative
 * to `dir` with forward slashes. Hidden files and folders are skipped: `.DS_Store`, `._x.json`
 * (macOS copies) and `.git` hold no exports. Empty when `dir` is not a folder.
 */
export function listExportFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(/[\\/]/).join('/'))
    .filter((name) => /\.json$/i.test(name) && !name.split('/').some((part) => part.startsWith('.')))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}
