/**
 * The learner store: the learner record in memory, kept in step with storage.
 *
 * Lifecycle: `$record` is null until `load()` has read storage (islands show a neutral placeholder,
 * never a false 0 %). Every action derives a new record with a pure function from src/lib/record,
 * sets it, then writes it under `micropath:<site id>`. Storage faults never lose what is in memory:
 * - blocked (SecurityError on access): the record lives in memory; `$status.problem = 'blocked'`;
 * - full (QuotaExceededError): the write is skipped, the record stays in memory; 'full';
 * - corrupt (unreadable or invalid JSON): the bad text is kept aside under `<key>:corrupt:<time>`,
 *   a fresh record starts; 'corrupt';
 * - changed in another tab: the stored record is merged in (merging is commutative, so tabs
 *   converge); unrelated keys are ignored; a `clear()` elsewhere is answered by writing ours back;
 * - evicted: nothing stored looks like a first visit (`$status.firstVisit`), and pages offer import.
 * Each problem is reported once per page through `$status`; islands read it and offer export.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { createRecord, type Attempt, type LearnerRecord, type LessonFeedback } from '../lib/record/learner-record';
import { mergeRecords } from '../lib/record/merge-records';
import { migrateRecord } from '../lib/record/migrate-record';
import { parseJsonSafely } from '../lib/record/parse-json-safely';
import { addAttempt, addFeedback, completeLesson, rateConfidence, recordVisit } from '../lib/record/record-actions';
import type { StorageEngine } from './storage-engine';

/** What went wrong with storage, if anything. */
export type StorageProblem = 'blocked' | 'full' | 'corrupt';

/** The store's view of storage. */
export interface StorageStatus {
  /** The record has been read (or found missing). */
  ready: boolean;
  /** Nothing was stored: a first visit, or storage the browser evicted. */
  firstVisit: boolean;
  problem?: StorageProblem;
}

/** Options of `createLearnerStore`; clocks and ids are injected so tests are exact. */
export interface LearnerStoreOptions {
  key: string;
  engine: StorageEngine;
  now?: () => string;
  randomId?: () => string;
}

/** The learner store and its actions. */
export interface LearnerStore {
  $record: ReadableAtom<LearnerRecord | null>;
  $status: ReadableAtom<StorageStatus>;
  /** Reads storage; safe to call again (e.g. back from the back/forward cache). */
  load(): void;
  visit(slug: string): void;
  complete(slug: string): void;
  recordAttempt(attempt: Attempt): void;
  rateConfidence(competency: string, phase: 'before' | 'after', rating: number): void;
  giveFeedback(feedback: Omit<LessonFeedback, 'id' | 'at'>): void;
  /** Merges an imported record in one step; returns the record before, for undo. */
  importRecord(incoming: LearnerRecord): LearnerRecord;
  /** Starts afresh; returns the record before, for undo. */
  reset(): LearnerRecord;
  /** Puts back a record returned by `importRecord` or `reset`. */
  restore(previous: LearnerRecord): void;
  /** A new random id (for attempts). */
  newId(): string;
  /** Stops listening to other tabs. */
  destroy(): void;
}

/** Creates a learner store over a storage engine. */
export function createLearnerStore({ key, engine, now = () => new Date().toISOString(), randomId = defaultRandomId }: LearnerStoreOptions): LearnerStore {
  const $record = atom<LearnerRecord | null>(null);
  const $status = atom<StorageStatus>({ ready: false, firstVisit: false });
  const report = (problem: StorageProblem) => {
    if (!$status.get().problem) $status.set({ ...$status.get(), problem });
  };

  const readStored = (): { record?: LearnerRecord; missing: boolean; corrupt?: boolean } => {
    let text: string | null;
    try {
      text = engine.read(key);
    } catch {
      report('blocked');
      return { missing: false };
    }
    if (text === null) return { missing: true };
    try {
      const result = migrateRecord(parseJsonSafely(text), { now: now() });
      if (result.ok) return { record: result.record, missing: false };
    } catch {
      // Not JSON: handled below like any other unreadable value.
    }
    try {
      engine.write(`${key}:corrupt:${now()}`, text);
    } catch {
      // Could not keep it aside; it is still overwritten only by the next successful write.
    }
    report('corrupt');
    return { missing: true, corrupt: true };
  };

  const persist = (record: LearnerRecord) => {
    try {
      engine.write(key, JSON.stringify(record));
    } catch (error) {
      report(isQuotaError(error) ? 'full' : 'blocked');
    }
  };

  const update = (change: (record: LearnerRecord) => LearnerRecord) => {
    if (!$status.get().ready) load(); // Never write before reading: that would overwrite the stored record.
    const current = $record.get() ?? createRecord(randomId(), now());
    const next = change(current);
    if (next === current && $record.get() !== null) return;
    $record.set(next);
    persist(next);
  };

  const load = () => {
    const { record, missing, corrupt } = readStored();
    const inMemory = $record.get();
    const merged = (record && inMemory ? mergeRecords(inMemory, record) : record ?? inMemory) ?? createRecord(randomId(), now());
    $record.set(merged);
    if (corrupt) persist(merged); // The bad value is kept aside; a readable record replaces it.
    $status.set({ ...$status.get(), ready: true, firstVisit: $status.get().ready ? $status.get().firstVisit : missing && !inMemory });
  };

  const unlisten = engine.listen((changedKey, value) => {
    if (changedKey !== null && changedKey !== key) return;
    const current = $record.get();
    if (!current) return;
    if (changedKey === null || value === null) {
      persist(current); // Cleared elsewhere: what this tab knows is written back, nothing is lost.
      return;
    }
    try {
      const result = migrateRecord(parseJsonSafely(value), { now: now() });
      if (result.ok) $record.set(mergeRecords(current, result.record));
    } catch {
      // Another tab wrote something unreadable; this tab's next write replaces it.
    }
  });

  return {
    $record,
    $status,
    load,
    visit: (slug) => update((record) => recordVisit(record, slug, now())),
    complete: (slug) => update((record) => completeLesson(record, slug, now())),
    recordAttempt: (attempt) => update((record) => addAttempt(record, attempt)),
    rateConfidence: (competency, phase, rating) => update((record) => rateConfidence(record, competency, phase, rating, now())),
    giveFeedback: (feedback) => update((record) => addFeedback(record, { ...feedback, id: randomId(), at: now() })),
    importRecord(incoming) {
      const before = $record.get() ?? createRecord(randomId(), now());
      update(() => mergeRecords(before, incoming));
      return before;
    },
    reset() {
      const before = $record.get() ?? createRecord(randomId(), now());
      update(() => createRecord(randomId(), now()));
      return before;
    },
    restore(previous) {
      $record.set(previous);
      persist(previous);
    },
    newId: randomId,
    destroy: unlisten,
  };
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: number }).code === 22);
}

function defaultRandomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `id-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
}
