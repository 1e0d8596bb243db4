import { MAX_IMPORT_BYTES, parseImportFile, type ImportResult } from '../../lib/record/parse-import';

/**
 * Reads a picked or dropped file for import. A file over the cap is refused without reading a
 * byte: parseImportFile is given its size, so the learner hears at once that it is too large.
 */
export async function readImportFile(file: Blob, siteId: string): Promise<ImportResult> {
  return parseImportFile(await readFileBytes(file), { siteId, now: new Date().toISOString(), size: file.size });
}

/**
 * A file's bytes for parseImportFile; for a file over the cap, none (pass its size along, and it is
 * refused as too large without being read; also used by the insights worker).
 */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  // An oversized file is not read: parseImportFile refuses it by the size it is given.
  if (file.size > MAX_IMPORT_BYTES) return new Uint8Array(0);
  return new Uint8Array(await file.arrayBuffer());
}
