import { parseImportFile, type ImportErrorCode } from '../record/parse-import';
import { sharePseudonym } from '../record/share-record';
import { buildInsights } from './build-insights';
import { describeRefusal } from './describe-refusal';
import { visibleName } from './visible-name';
import type { FileWarning, Insights, RefusedFile } from './insights';
import type { InsightsModel } from './insights-model';
import { createSummariser, type LearnerSummary } from './summarise-learner';

/** One export file to aggregate: its name (for messages) and its bytes. */
export interface ExportInput {
  name: string;
  bytes: Uint8Array;
  /** The file's size, when `bytes` is not all of it: an oversized file is refused unread. */
  size?: number;
}

/** What happened to one file. */
export type FileOutcome =
  | {
      ok: true;
      name: string;
      learnerId: string;
      /** When the learner made the export (ISO date-time, UTC). */
      exportedAt: string;
      /** An export of the same learner was already counted. */
      duplicate: boolean;
      /** This file now counts instead of that earlier one (it was exported later). */
      replaced: boolean;
      /** Notes for the staff member, e.g. that the file comes from another site. */
      warnings: string[];
      /** The record version the file had, when it was migrated. */
      migratedFrom?: number;
    }
  | { ok: false; name: string; code: ImportErrorCode; message: string }
  /** The same file (name and contents) was added before: read once, so nothing is counted twice. */
  | { ok: false; name: string; code: 'repeated'; message: string };

/** Adds files one by one (as a worker reads them) and reports the insights at any point. */
export interface Aggregator {
  /** Validates, migrates and counts one file; nothing is kept of a refused one. */
  add(input: ExportInput): FileOutcome;
  /** The insights over every file added so far. */
  result(): Insights;
}

interface Counted {
  exportedAt: string;
  /** Breaks a tie between two exports of one learner made at the same instant, whatever their order. */
  fingerprint: number;
  summary: LearnerSummary;
}

/**
 * Creates an aggregator over learners' export files. Every file goes through parseImportFile, as
 * the learner's own import does (validation and migrations; another site's file is counted with
 * a warning). One learner counts once, whether their files carry their id or their share
 * pseudonym: the export with the latest `exportedAt` wins, in any order of arrival. Only a compact summary per learner is kept, never the file.
 */
export function createAggregator(model: InsightsModel, options: { now: string }): Aggregator {
  const summariser = createSummariser(model);
  const learners = new Map<string, Counted>();
  const refused: RefusedFile[] = [];
  const warnings: FileWarning[] = [];
  // A learner's share carries their pseudonym (sharePseudonym) where their export has their id:
  // pseudonym → the id a member is counted under, so an export and a share count as one member.
  const pseudonyms = new Map<string, string>();
  const memberKey = (learnerId: string, siteId: string): string => {
    if (learners.has(learnerId)) return learnerId;
    const counted = pseudonyms.get(learnerId);
    if (counted !== undefined) return counted;
    const pseudonym = sharePseudonym(learnerId, siteId);
    return learners.has(pseudonym) ? pseudonym : learnerId;
  };
  let read = 0;
  let accepted = 0;
  let migrated = 0;
  // A file given again (a folder chosen twice, the rest of a cancelled run added with all of it):
  // the same name, size and contents.
  const seen = new Set<string>();
  let repeated = 0;

  return {
    add({ name: given, bytes, size }) {
      const name = visibleName(given);
      const identity = `${name}\u0000${size ?? bytes.length}\u0000${fingerprint(bytes)}`;
      if (seen.has(identity)) {
        repeated++;
        return { ok: false, name, code: 'repeated', message: `${name} was already read; it counts once.` };
      }
      seen.add(identity);
      read++;
      const parsed = parseImportFile(bytes, { siteId: model.site.id, now: options.now, size });
      if (!parsed.ok) {
        const message = describeRefusal(parsed.code, parsed.message);
        refused.push({ name, code: parsed.code, message });
        return { ok: false, name, code: parsed.code, message };
      }
      accepted++;
      if (parsed.migratedFrom !== undefined) migrated++;
      for (const message of parsed.warnings) warnings.push({ name, message });
      const learnerId = parsed.record.learnerId;
      const key = memberKey(learnerId, parsed.file.site.id);
      const earlier = learners.get(key);
      const candidate = { exportedAt: parsed.file.exportedAt, fingerprint: fingerprint(bytes) };
      const replaced = earlier === undefined || isLater(candidate, earlier);
      if (replaced) learners.set(key, { ...candidate, summary: summariser.summarise(parsed.record) });
      pseudonyms.set(sharePseudonym(key, parsed.file.site.id), key);
      return {
        ok: true,
        name,
        learnerId,
        exportedAt: parsed.file.exportedAt,
        duplicate: earlier !== undefined,
        replaced: earlier !== undefined && replaced,
        warnings: parsed.warnings,
        ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
      };
    },
    result() {
      const byName = <T extends { name: string }>(list: T[]) => list.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const files = { read, repeated, accepted, refused: byName(refused), duplicates: accepted - learners.size, migrated, warnings: byName(warnings) };
      return buildInsights(model, summariser.questions, [...learners.values()].map((learner) => learner.summary), files, options.now);
    },
  };
}

/** Aggregates a list of export files at once (the CLI, tests); the same as adding them one by one. */
export function aggregateExports(model: InsightsModel, inputs: Iterable<ExportInput>, options: { now: string }): Insights {
  const aggregator = createAggregator(model, options);
  for (const input of inputs) aggregator.add(input);
  return aggregator.result();
}

/** Later export first; the same instant: the larger fingerprint, an arbitrary but fixed choice. */
function isLater(a: Omit<Counted, 'summary'>, b: Omit<Counted, 'summary'>): boolean {
  const at = Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
  return at > 0 || (at === 0 && a.fingerprint > b.fingerprint);
}

/** FNV-1a over the bytes: cheap, and the same for the same file wherever it comes from. */
function fingerprint(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}
