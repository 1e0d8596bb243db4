import { MAX_IMPORT_BYTES, parseImportFile, type ImportResult } from '../../lib/record/parse-import';

/**
 * Reads a picked or dropped file for import. A file over the cap is refused without reading a
 * byte: parseImportFile looks only at the length first, and a zero-filled buffer of that length
 * is reserved lazily by the browser, so the learner hears at once that it is too large.
 */
export async function readImportFile(file: Blob, siteId: string): Promise<ImportResult> {
  return parseImportFile(await readFileBytes(file), { siteId, now: new Date().toISOString() });
}

/**
 * A file's bytes for parseImportFile; for a file over the cap, zero bytes of its length instead,
 * so it is refused as too large without being read (also used by the insights worker).
 */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (file.size > MAX_IMPORT_BYTES) return blankBytes(file.size);
  return new Uint8Array(await file.arrayBuffer());
}

/** Zero bytes standing in for an oversized file; past what a buffer can hold, just over the cap. */
function blankBytes(size: number): Uint8Array {
  try {
    return new Uint8Array(size);
  } catch {
    return new Uint8Array(MAX_IMPORT_BYTES + 1);
  }
}
