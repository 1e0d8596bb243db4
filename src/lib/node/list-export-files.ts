import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** An entry below the folder that looked like it might hold exports but was not listed, and why. */
export interface SkippedEntry {
  name: string;
  reason: string;
}

/** The export files found below a folder and the entries left out with a reason. */
export interface ExportFileList {
  /** Paths relative to the folder, with forward slashes, sorted. */
  files: string[];
  skipped: SkippedEntry[];
}

/**
 * Every `*.json` file below `dir` (any depth, any case of the ending), sorted, as paths relative
 * to `dir` with forward slashes. Hidden files and folders are skipped: `.DS_Store`, `._x.json`
 * (macOS copies) and `.git` hold no exports. A link to a file is read; a link to a folder is not
 * followed (one pointing at its own parent would loop) and a broken `.json` link is named in
 * `skipped` instead of stopping the run. Empty when `dir` is not a folder.
 */
export function listExportFiles(dir: string): ExportFileList {
  const list: ExportFileList = { files: [], skipped: [] };
  if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir, '', list);
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  list.files.sort(byName);
  list.skipped.sort((a, b) => byName(a.name, b.name));
  return list;
}

function walk(root: string, prefix: string, list: ExportFileList): void {
  let entries;
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true });
  } catch (error) {
    list.skipped.push({ name: prefix, reason: `could not be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): give yourself read access to it, or move the files out of it.` });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    const json = /\.json$/i.test(entry.name);
    if (entry.isDirectory()) walk(root, name, list);
    else if (entry.isFile()) {
      if (json) list.files.push(name);
    } else if (entry.isSymbolicLink()) {
      const target = statOrCode(join(root, name));
      if (typeof target === 'string') {
        if (json) list.skipped.push({ name, reason: target === 'ELOOP' ? 'is a link in a loop (it leads back to itself): copy the export itself into the folder.' : 'is a link that links to nothing (its file was moved or deleted): copy the export itself into the folder.' });
      } else if (target.isDirectory()) list.skipped.push({ name, reason: 'is a link to a folder, which is not followed: copy or move the files it holds into the folder instead.' });
      else if (target.isFile()) {
        if (json) list.files.push(name);
      } else if (json) list.skipped.push({ name, reason: NOT_A_FILE });
    } else if (json) list.skipped.push({ name, reason: NOT_A_FILE });
  }
}

/** Why a pipe, socket or device named like an export is not read (reading one could wait forever). */
const NOT_A_FILE = 'is not a file but a pipe, socket or device, which is not read: copy the export itself into the folder.';

/** A path's stat, following links, or the error code that stopped it (ELOOP, ENOENT…). */
function statOrCode(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'ENOENT';
  }
}
