import { RECORD_VERSION, type LearnerRecord } from './learner-record';

/** The `format` every Micropath export carries; how an import recognises one. */
export const EXPORT_FORMAT = 'micropath-learner-record';

/** The downloadable file: the record with enough context to import it anywhere. */
export interface ExportFile {
  /** Always EXPORT_FORMAT. */
  format: typeof EXPORT_FORMAT;
  /** The record's version (RECORD_VERSION when exported). */
  version: number;
  /** The site it was exported from: its id (the storage namespace) and public URL. */
  site: { id: string; url: string };
  /** The content's version when exported, e.g. a commit or date, to explain missing lessons later. */
  contentVersion: string;
  /** When the learner exported (ISO date-time). */
  exportedAt: string;
  /** The learner record itself. */
  record: LearnerRecord;
}

/** What an export records about where and when it was made. */
export interface ExportContext {
  /** The site's id from `site.yaml`. */
  siteId: string;
  /** The site's public URL. */
  siteUrl: string;
  /** The content's version (a commit or build date). */
  contentVersion: string;
  /** ISO date-time, given so the function stays pure. */
  now: string;
}

/** Wraps a record in an export file. Serialise it with `JSON.stringify(file, null, 2)`. */
export function buildExport(record: LearnerRecord, context: ExportContext): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: RECORD_VERSION,
    site: { id: context.siteId, url: context.siteUrl },
    contentVersion: context.contentVersion,
    exportedAt: context.now,
    record,
  };
}

/**
 * The download's name, `micropath-<site id>-<YYYY-MM-DD>.json`, dated by the UTC day of `now`.
 * Throws a RangeError when `now` is not a date.
 */
export function exportFileName(siteId: string, now: string): string {
  return `micropath-${siteId}-${new Date(now).toISOString().slice(0, 10)}.json`;
}
