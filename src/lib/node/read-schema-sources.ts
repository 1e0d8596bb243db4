import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SchemaSource } from '../docs/read-schema-docs';
import { listSchemaModules } from '../docs/list-schema-modules';

/**
 * Node adapter: the schema files of `dir` in the order its `index.ts` re-exports them, then any it
 * does not (alphabetically), with paths relative to `cwd`.
 */
export function readSchemaSources(dir: string, cwd = process.cwd()): SchemaSource[] {
  const barrel = join(dir, 'index.ts');
  const listed = existsSync(barrel)
    ? listSchemaModules(readFileSync(barrel, 'utf8')).map((name) => `${name}.ts`)
    : [];
  const rest = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !listed.includes(name))
    .sort();
  return [...listed, ...rest]
    .filter((name) => existsSync(join(dir, name)))
    .map((name) => ({
      file: relative(cwd, join(dir, name)).split(sep).join('/'),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}
