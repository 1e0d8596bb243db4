import { EXPORT_FORMAT, type ExportFile } from './export-record';
import { RECORD_VERSION, type LearnerRecord } from './learner-record';
import { migrateRecord, newerVersionMessage } from './migrate-record';
import { locateJsonError } from './locate-json-error';
import { parseJsonSafely } from './parse-json-safely';
import { RecordProblem, readDateTime, readNumber, readObject, readString } from './record-problem';

/** Why a file was refused; permanent names the UI and tests may rely on. */
export type ImportErrorCode = 'too-large' | 'empty' | 'utf16' | 'not-utf8' | 'not-json' | 'not-micropath' | 'newer-version' | 'wrong-shape';

/** A file read for import: the export and its (migrated) record, or why it was refused (and no record). */
export type ImportResult =
  | { ok: true; file: ExportFile; record: LearnerRecord; /** Things to tell the learner before merging. */ warnings: string[]; migratedFrom?: number }
  | { ok: false; code: ImportErrorCode; /** One learner-facing message: what happened, why, what to do. */ message: string };

/** The largest file an import reads: years of daily quizzes fit in well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const CHOOSE = 'Choose the file you exported from Micropath (named like micropath-<site>-<date>.json).';

/**
 * Reads the bytes of a file the learner picked as a Micropath export. Cheap checks come first, so
 * an oversized file is refused before a single byte is decoded. Nothing here touches the store:
 * the caller shows the warnings and what will change, then merges. `context.siteId` is this site's
 * id (another site's file gets a warning); `context.now` dates an old record that holds no dates.
 */
export function parseImportFile(bytes: Uint8Array, context: { siteId: string; now?: string; size?: number }, maxBytes = MAX_IMPORT_BYTES): ImportResult {
  // `size`: the file's size when `bytes` is not all of it (an oversized file is not read at all).
  const size = Math.max(bytes.length, context.size ?? 0);
  if (size > maxBytes) {
    return refuse('too-large', `This file is ${formatSize(size)}, more than the ${formatSize(maxBytes)} a learner record export can be, so it was not read. ${CHOOSE}`);
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return text;

  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch (error) {
    const where = locateJsonError(text, error);
    return refuse('not-json', `This file is not valid JSON${where ? ` (the problem is at ${where})` : ''}, so it cannot be a Micropath export. ${CHOOSE}`);
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).format !== EXPORT_FORMAT) {
    return refuse('not-micropath', `This file is JSON but not a Micropath learner record: it lacks "format": "${EXPORT_FORMAT}". ${CHOOSE}`);
  }

  const envelope = data as Record<string, unknown>;
  try {
    const version = readNumber(envelope.version, 'version', 0, Infinity, true);
    if (version > RECORD_VERSION) return refuse('newer-version', newerVersionMessage(version));
    const site = readObject(envelope.site, 'site');
    const siteId = readString(site.id, 'site.id');
    const siteUrl = readString(site.url, 'site.url', 0, 2000);
    const contentVersion = readString(envelope.contentVersion, 'contentVersion', 0, 200);
    const exportedAt = readDateTime(envelope.exportedAt, 'exportedAt');
    const result = migrateRecord(envelope.record, { now: context.now, subject: 'The learner record in this file' });
    if (!result.ok) {
      return result.reason === 'newer-version' ? refuse('newer-version', result.message) : refuse('wrong-shape', `${result.message} ${DAMAGED}`);
    }
    const file: ExportFile = { format: EXPORT_FORMAT, version: RECORD_VERSION, site: { id: siteId, url: siteUrl }, contentVersion, exportedAt, record: result.record };
    const warnings = siteId === context.siteId ? [] : [otherSiteWarning(siteId, context.siteId)];
    return { ok: true, file, record: result.record, warnings, ...(result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }) };
  } catch (error) {
    if (!(error instanceof RecordProblem)) throw error;
    return refuse('wrong-shape', `${error.describe('This Micropath export')} ${DAMAGED}`);
  }
}

const DAMAGED = 'The file may have been edited or damaged: export it again from the site it came from, or choose another file.';

function otherSiteWarning(fileSite: string, thisSite: string): string {
  return (
    `This file comes from the site "${fileSite}", not this one ("${thisSite}"). ` +
    'Importing adds its progress to your record here; lessons and competencies this site does not have are kept but not shown.'
  );
}

/** UTF-8 text without its BOM, or the refusal for an empty, UTF-16 or otherwise non-UTF-8 file. */
function decodeUtf8(bytes: Uint8Array): string | ImportResult {
  const empty = refuse('empty', `This file is empty, so there is nothing to import. ${CHOOSE}`);
  if (bytes.length === 0) return empty;
  const utf16 = refuse('utf16', 'This file is saved as UTF-16 text, but a Micropath export is UTF-8. Open it in a text editor, save it with the encoding "UTF-8", and import it again.');
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return utf16;
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // JSON never holds a raw NUL; UTF-16 without a BOM has one in every other byte of Latin text.
  const sample = body.subarray(0, 1024);
  if (sample.length >= 2 && sample.filter((byte) => byte === 0).length * 4 >= sample.length) return utf16;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return refuse('not-utf8', `This file is not UTF-8 text, so it cannot be a Micropath export. If you edited it, save it with the encoding "UTF-8"; otherwise ${CHOOSE.charAt(0).toLowerCase()}${CHOOSE.slice(1)}`);
  }
  return text.trim() === '' ? empty : text;
}

function refuse(code: ImportErrorCode, message: string): ImportResult {
  return { ok: false, code, message };
}

/** "50 MB", "5.5 MB", "300 KB", "12 bytes". */
function formatSize(bytes: number): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
