import { parseImportFile, type ImportErrorCode } from '../record/parse-import';
import { sharePseudonym } from '../record/share-record';
import { buildInsights } from './build-insights';
import { describeRefusal } from './describe-refusal';
import { hashBytes } from './hash-bytes';
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
  /**
   * A copy of a file added before (the same bytes, whatever either is called): read once, so
   * nothing is counted twice. `copyOf` names the file read.
   */
  | { ok: false; name: string; code: 'copy'; copyOf: string; message: string };

/** Adds files one by one (as a worker reads them) and reports the insights at any point. */
export interface Aggregator {
  /** Validates, migrates and counts one file; of a refused one only what its contents are known by is kept. */
  add(input: ExportInput): FileOutcome;
  /** The insights over every file added so far. */
  result(): Insights;
}

interface Counted {
  exportedAt: string;
  /** Breaks a tie between two exports of one learner made at the same instant, whatever their order. */
  hashes: [number, number];
  summary: LearnerSummary;
}

/**
 * Creates an aggregator over learners' export files. Every file goes through parseImportFile, as
 * the learner's own import does (validation and migrations; another site's file is counted with
 * a warning). One learner counts once, whether their files carry their id or their share
 * pseudonym: the export with the latest `exportedAt` wins, in any order of arrival. A copy of a
 * file already added, under any name, is read once. Only a compact summary per learner is kept,
 * never the file.
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
  let accepted = 0;
  let migrated = 0;
  // A copy of a file given before (a folder chosen twice, the rest of a cancelled run added with
  // all of it, one file in two subfolders) is known by its bytes, never its name: a folder gives
  // `a/export.json` where the file picker gives `export.json`, and two members' files may share a name.
  const seen = new Map<string, string>();
  let copies = 0;

  return {
    add({ name: givenName, bytes, size }) {
      const name = visibleName(givenName);
      const hashes = hashBytes(bytes);
      const contents = contentKey(bytes, size, hashes);
      const first = contents === undefined ? undefined : seen.get(contents);
      if (first !== undefined) {
        copies++;
        const message = first === name ? `${name} was already read: it counts once.` : `${name} has the same contents as ${first}, already read: it counts once.`;
        return { ok: false, name, code: 'copy', copyOf: first, message };
      }
      if (contents !== undefined) seen.set(contents, name);
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
      const candidate = { exportedAt: parsed.file.exportedAt, hashes };
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
      // Every file given is a copy, accepted or refused.
      const files = { given: copies + accepted + refused.length, copies, accepted, refused: byName(refused), duplicates: accepted - learners.size, migrated, warnings: byName(warnings) };
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

/** Later export first; the same instant: the larger hashes, an arbitrary but fixed choice. */
function isLater(a: Omit<Counted, 'summary'>, b: Omit<Counted, 'summary'>): boolean {
  const at = Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
  return at > 0 || (at === 0 && (a.hashes[0] - b.hashes[0] || a.hashes[1] - b.hashes[1]) > 0);
}

/**
 * What a file's contents are known by: size and both hashes. None for a file with no bytes to
 * tell it by (empty, or too large to read), so two members' empty files are both listed as refused.
 */
function contentKey(bytes: Uint8Array, size: number | undefined, [fnv, mix]: [number, number]): string | undefined {
  if (bytes.length === 0 || (size !== undefined && size !== bytes.length)) return undefined;
  return `${bytes.length}:${fnv}:${mix}`;
}
