/** Files picked or dropped, split into those read as exports and those left out. */
export interface SelectedFiles<T> {
  /** Files whose name ends in `.json`: read as exports. */
  exports: T[];
  /** Other files (a folder's images, notes, `.DS_Store`): not read, only counted. */
  skipped: T[];
}

/**
 * Keeps the `.json` files of a pick, a drop or a folder (exports are JSON; a folder holds other
 * things too). Anything else is named in the page's message, not refused one by one.
 */
export function selectExportFiles<T extends { name: string }>(files: Iterable<T>): SelectedFiles<T> {
  const selected: SelectedFiles<T> = { exports: [], skipped: [] };
  for (const file of files) (/\.json$/i.test(file.name) ? selected.exports : selected.skipped).push(file);
  return selected;
}
