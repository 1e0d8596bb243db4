/**
 * The learner store: the learner record in memory, kept in step with storage.
 *
 * Lifecycle: `$record` is null until `load()` has read storage (islands show a neutral placeholder,
 * never a false 0 %). Every action derives a new record with a pure function from src/lib/record,
 * sets it, then writes it under `micropath:<site id>`; an action before `load()` loads first.
 * The rule under every case below: a stored record this tab could not read is never written over.
 * Storage faults never lose what is in memory:
 * - blocked (SecurityError on access): the record lives in memory and writes wait until a later
 *   `load()` (or a `storage` event) reads storage again; `$status.problem = 'blocked'`;
 * - full (QuotaExceededError): the write is skipped, the record stays in memory and is written
 *   whole at the next write that fits; 'full';
 * - corrupt (not JSON, or JSON that is not a record): the bad text is kept aside under
 *   `<key>:corrupt:<time>`, a fresh record starts and is written; 'corrupt';
 * - newer version (a record from a newer Micropath, e.g. a page still open from before a rollback,
 *   or this page open from before a deploy): left where it is, untouched and not copied aside;
 *   this tab works in memory only and tells the learner to reload; 'newer-version';
 * - changed in another tab: the stored record is merged in (merging is commutative, so tabs
 *   converge) and written back when this tab knows more (two writes crossed in flight); unrelated
 *   keys are ignored; a `clear()` elsewhere is answered by writing ours back;
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
export type StorageProblem = 'blocked' | 'full' | 'corrupt' | 'newer-version';

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
  // True while what is stored could not be read (blocked) or must not be replaced (a newer
  // version): a record this tab cannot read is never written over.
  let held = false;
  const report = (problem: StorageProblem) => {
    if (!$status.get().problem) $status.set({ ...$status.get(), problem });
  };

  const decode = (text: string): Stored => {
    try {
      const result = migrateRecord(parseJsonSafely(text), { now: now() });
      if (result.ok) return { kind: 'record', record: result.record };
      if (result.reason === 'newer-version') return { kind: 'newer' };
    } catch {
      // Not JSON: unreadable like any other invalid value.
    }
    return { kind: 'corrupt', text };
  };

  const readStored = (): Stored => {
    let text: string | null;
    try {
      text = engine.read(key);
    } catch {
      return { kind: 'blocked' };
    }
    return text === null ? { kind: 'missing' } : decode(text);
  };

  const persist = (record: LearnerRecord) => {
    if (held) return;
    try {
      engine.write(key, JSON.stringify(record));
    } catch (error) {
      report(isQuotaError(error) ? 'full' : 'blocked');
    }
  };

  /** Takes in a readable stored record: merged with what this tab holds, written back when this tab knows more. */
  const adopt = (stored: LearnerRecord) => {
    const current = $record.get();
    const merged = current ? mergeRecords(current, stored) : stored;
    if (!current || JSON.stringify(merged) !== JSON.stringify(current)) $record.set(merged);
    // Tabs whose writes crossed in flight each merge the other's; the one that knows more writes it back.
    if (JSON.stringify(merged) !== JSON.stringify(stored)) persist(merged);
  };

  const load = () => {
    const stored = readStored();
    const inMemory = $record.get();
    const status = $status.get();
    held = stored.kind === 'blocked' || stored.kind === 'newer';
    if (stored.kind === 'record') {
      adopt(stored.record);
    } else {
      const record = inMemory ?? createRecord(randomId(), now());
      $record.set(record);
      if (stored.kind === 'corrupt') {
        try {
          engine.write(`${key}:corrupt:${now()}`, stored.text);
        } catch {
          // Storage is full or blocked: the fresh record's write below is most likely refused too.
        }
      }
      // A readable record replaces a corrupt one; one cleared or evicted meanwhile gets back what this tab holds.
      if (stored.kind === 'corrupt' || (stored.kind === 'missing' && inMemory)) persist(record);
    }
    const firstVisit = status.ready ? status.firstVisit : (stored.kind === 'missing' || stored.kind === 'corrupt') && !inMemory;
    $status.set({ ...$status.get(), ready: true, firstVisit });
    if (stored.kind === 'blocked') report('blocked');
    if (stored.kind === 'newer') report('newer-version');
    if (stored.kind === 'corrupt') report('corrupt');
  };

  const update = (change: (record: LearnerRecord) => LearnerRecord) => {
    if (!$status.get().ready) load(); // Never write before reading: that would overwrite the stored record.
    const current = $record.get()!;
    const next = change(current);
    if (next === current) return;
    $record.set(next);
    persist(next);
  };

  const unlisten = engine.listen((changedKey, value) => {
    if (changedKey !== null && changedKey !== key) return;
    const current = $record.get();
    if (!current) return; // Not loaded yet: load() reads whatever is there.
    if (value === null) {
      held = false; // Cleared elsewhere: nothing is left to protect, and what this tab knows is written back.
      persist(current);
      return;
    }
    const stored = decode(value);
    if (stored.kind === 'record') {
      held = false;
      adopt(stored.record);
    } else if (stored.kind === 'newer') {
      held = true; // A newer page (open since a deploy) saved it: never write over it.
      report('newer-version');
    }
    // Another tab wrote something unreadable: this tab's next write replaces it.
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
      let before!: LearnerRecord;
      update((current) => mergeRecords((before = current), incoming));
      return before;
    },
    reset() {
      let before!: LearnerRecord;
      update((current) => ((before = current), createRecord(randomId(), now())));
      return before;
    },
    restore(previous) {
      update(() => previous);
    },
    newId: randomId,
    destroy: unlisten,
  };
}

/** What storage held under the key, as far as this site can tell. */
type Stored =
  | { kind: 'record'; record: LearnerRecord }
  | { kind: 'missing' }
  | { kind: 'blocked' }
  | { kind: 'newer' }
  | { kind: 'corrupt'; text: string };

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: number }).code === 22);
}

function defaultRandomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `id-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
}
