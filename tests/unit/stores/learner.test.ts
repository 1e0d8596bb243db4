import { describe, expect, it } from 'vitest';
import { createRecord, RECORD_VERSION, type Attempt, type LearnerRecord } from '../../../src/lib/record/learner-record';
import { createLearnerStore, type LearnerStore } from '../../../src/stores/learner';
import { createMemoryEngine, type MemoryEngine, type StorageEngine } from '../../../src/stores/storage-engine';
import { createSharedStorage } from './shared-storage';

const KEY = 'micropath:adc';
/** A time on the test day, minute `n`, in the one form the store writes. */
const T = (n: number) => `2025-03-14T09:${String(n).padStart(2, '0')}:00.000Z`;

/** A store over `engine` whose clock the test sets and whose ids count up: `<prefix>-1`, `<prefix>-2`, … */
function setup(engine: StorageEngine = createMemoryEngine(), prefix = 'id') {
  const clock = { time: T(0) };
  let ids = 0;
  const store = createLearnerStore({ key: KEY, engine, now: () => clock.time, randomId: () => `${prefix}-${++ids}` });
  return { store, clock };
}

/** The record stored under the store's key, parsed. */
const stored = (engine: MemoryEngine | { data: Map<string, string> }): unknown => JSON.parse(engine.data.get(KEY) ?? 'null');

/** A record a learner saved on an earlier visit. */
const saved: LearnerRecord = {
  ...createRecord('learner-saved', T(0)),
  lessons: { 'write-alt-text': { firstVisitedAt: T(0), lastVisitedAt: T(0), visits: 1 } },
};
const withSaved = () => createMemoryEngine({ [KEY]: JSON.stringify(saved) });

const attempt: Attempt = {
  id: 'attempt-1',
  quizId: 'lesson:alt',
  startedAt: T(4),
  finishedAt: T(5),
  answers: { decorative: { type: 'single', choice: 1 } },
  score: 1,
  passed: true,
};

const SECURITY = () => new DOMException('The operation is insecure.', 'SecurityError');
const QUOTA = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('loading', () => {
  it('holds no record until load() has read storage', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    expect(store.$record.get()).toBeNull();
    expect(store.$status.get()).toEqual({ ready: false, firstVisit: false });
    store.load();
    expect(store.$record.get()).toEqual(saved);
    expect(store.$status.get()).toEqual({ ready: true, firstVisit: false });
  });

  it('starts a record in memory on a first visit, and writes nothing until the learner does something', () => {
    const engine = createMemoryEngine();
    const { store } = setup(engine);
    store.load();
    expect(store.$record.get()).toEqual(createRecord('id-1', T(0)));
    expect(store.$status.get()).toEqual({ ready: true, firstVisit: true });
    expect(engine.data.size).toBe(0);
  });

  it('migrates an older stored record on reading', () => {
    const v0 = { version: 0, id: 'learner-old', completed: { alt: T(1) }, attempts: [] };
    const { store } = setup(createMemoryEngine({ [KEY]: JSON.stringify(v0) }));
    store.load();
    expect(store.$record.get()).toMatchObject({ version: RECORD_VERSION, learnerId: 'learner-old', lessons: { alt: { firstCompletedAt: T(1) } } });
  });

  it('merges what is stored with what is in memory when loaded again (back from the back/forward cache)', () => {
    const engine = withSaved();
    const { store, clock } = setup(engine);
    store.load();
    clock.time = T(3);
    store.visit('alt');
    // Meanwhile another tab completed a lesson, and this page missed the event while frozen.
    const elsewhere = { ...saved, lessons: { ...saved.lessons, captions: { firstVisitedAt: T(2), lastVisitedAt: T(2), visits: 1, firstCompletedAt: T(2) } } };
    engine.data.set(KEY, JSON.stringify(elsewhere));
    store.load();
    expect(Object.keys(store.$record.get()!.lessons)).toEqual(['alt', 'captions', 'write-alt-text']);
    expect(store.$status.get()).toEqual({ ready: true, firstVisit: false });
  });
});

describe('actions', () => {
  const fresh = createRecord('id-1', T(0));
  const cases: [string, (store: LearnerStore) => void, LearnerRecord][] = [
    ['visit', (store) => store.visit('alt'), { ...fresh, lessons: { alt: { firstVisitedAt: T(5), lastVisitedAt: T(5), visits: 1 } } }],
    ['complete', (store) => store.complete('alt'), { ...fresh, lessons: { alt: { firstVisitedAt: T(5), lastVisitedAt: T(5), visits: 1, firstCompletedAt: T(5) } } }],
    ['recordAttempt', (store) => store.recordAttempt(attempt), { ...fresh, attempts: [attempt] }],
    ['rateConfidence', (store) => store.rateConfidence('text-alternatives', 'before', 2), { ...fresh, confidence: [{ competency: 'text-alternatives', phase: 'before', rating: 2, at: T(5) }] }],
    [
      'giveFeedback',
      (store) => store.giveFeedback({ lesson: 'alt', useful: false, comment: '  Too long.  ' }),
      { ...fresh, feedback: [{ id: 'id-2', lesson: 'alt', useful: false, comment: 'Too long.', at: T(5) }] },
    ],
  ];

  it.each(cases)('%s changes the record and writes it under the key', (_name, act, expected) => {
    const engine = createMemoryEngine();
    const { store, clock } = setup(engine);
    store.load();
    clock.time = T(5);
    act(store);
    expect(store.$record.get()).toEqual(expected);
    expect(stored(engine)).toEqual(expected);
  });

  it.each(cases)('%s before load() reads storage first and never overwrites what is stored', (_name, act) => {
    const engine = withSaved();
    const { store } = setup(engine);
    act(store);
    expect(store.$status.get().ready).toBe(true);
    expect(store.$record.get()).toMatchObject({ learnerId: 'learner-saved', lessons: { 'write-alt-text': saved.lessons['write-alt-text'] } });
    expect(stored(engine)).toEqual(store.$record.get());
  });

  it('writes nothing when an action changes nothing', () => {
    const engine = createMemoryEngine();
    const { store, clock } = setup(engine);
    store.load();
    store.complete('alt');
    store.recordAttempt(attempt);
    const record = store.$record.get();
    engine.data.set(KEY, 'untouched');
    clock.time = T(9);
    store.complete('alt');
    store.recordAttempt(attempt);
    expect(store.$record.get()).toBe(record);
    expect(engine.data.get(KEY)).toBe('untouched');
  });

  it('writes only records that read back the same in a new page, whatever the learner typed', () => {
    const engine = createMemoryEngine();
    const { store, clock } = setup(engine);
    store.load();
    clock.time = T(5);
    store.visit('alt');
    store.complete('alt');
    store.recordAttempt(attempt);
    store.rateConfidence('text-alternatives', 'after', 5);
    store.giveFeedback({ lesson: 'alt', useful: true, comment: 'é'.repeat(2000) });
    expect(() => store.giveFeedback({ lesson: 'alt', useful: true, comment: 'x'.repeat(2001) })).toThrow(RangeError);

    const next = setup(engine, 'other').store;
    next.load();
    expect(next.$status.get().problem).toBeUndefined();
    expect(next.$record.get()).toEqual(store.$record.get());
  });
});

describe('importRecord, reset and restore', () => {
  const incoming: LearnerRecord = {
    ...createRecord('learner-imported', T(1)),
    lessons: { captions: { firstVisitedAt: T(1), lastVisitedAt: T(1), visits: 2, firstCompletedAt: T(1) } },
  };

  it('merges an import in one step, returns the record before it, and restore() undoes it', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    store.load();
    const before = store.importRecord(incoming);
    expect(before).toEqual(saved);
    expect(Object.keys(store.$record.get()!.lessons)).toEqual(['captions', 'write-alt-text']);
    expect(stored(engine)).toEqual(store.$record.get());
    store.restore(before);
    expect(store.$record.get()).toEqual(saved);
    expect(stored(engine)).toEqual(saved);
  });

  it('imports before load() into the stored record, not over it', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    const before = store.importRecord(incoming);
    expect(before).toEqual(saved);
    expect(Object.keys(store.$record.get()!.lessons)).toEqual(['captions', 'write-alt-text']);
    expect(stored(engine)).toEqual(store.$record.get());
  });

  it('resets to a fresh record with a new learner id, returns the record before, and restore() undoes it', () => {
    const engine = withSaved();
    const { store, clock } = setup(engine);
    store.load();
    clock.time = T(7);
    const before = store.reset();
    expect(before).toEqual(saved);
    expect(store.$record.get()).toEqual(createRecord('id-1', T(7)));
    expect(stored(engine)).toEqual(createRecord('id-1', T(7)));
    store.restore(before);
    expect(stored(engine)).toEqual(saved);
  });

  it('resets before load() and still returns the stored record for undo', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    const before = store.reset();
    expect(before).toEqual(saved);
    store.restore(before);
    expect(stored(engine)).toEqual(saved);
  });
});

describe('storage blocked', () => {
  it('reports "blocked" when reading throws, and keeps every action in memory', () => {
    const engine = createMemoryEngine();
    engine.failRead = SECURITY();
    engine.failWrite = SECURITY();
    const { store, clock } = setup(engine);
    store.load();
    expect(store.$status.get()).toEqual({ ready: true, firstVisit: false, problem: 'blocked' });
    clock.time = T(5);
    store.visit('alt');
    store.complete('alt');
    store.giveFeedback({ lesson: 'alt', useful: true });
    expect(store.$record.get()).toMatchObject({ lessons: { alt: { visits: 1, firstCompletedAt: T(5) } }, feedback: [{ lesson: 'alt', useful: true }] });
    expect(engine.data.size).toBe(0);
  });

  it('never writes over a stored record it could not read, even when writing would work', () => {
    const engine = withSaved();
    engine.failRead = SECURITY();
    const { store } = setup(engine);
    store.load();
    store.visit('alt');
    expect(store.$record.get()!.lessons.alt).toBeDefined();
    expect(stored(engine)).toEqual(saved);
  });

  it('merges and saves what was kept in memory once storage can be read again', () => {
    const engine = withSaved();
    engine.failRead = SECURITY();
    const { store, clock } = setup(engine);
    store.load();
    clock.time = T(5);
    store.visit('alt');
    delete engine.failRead;
    store.load();
    expect(Object.keys(store.$record.get()!.lessons)).toEqual(['alt', 'write-alt-text']);
    expect(stored(engine)).toEqual(store.$record.get());
  });
});

describe('storage full', () => {
  it('reports "full" once when writing throws a quota error, and keeps the change in memory', () => {
    const engine = withSaved();
    engine.failWrite = QUOTA();
    const { store, clock } = setup(engine);
    const problems: (string | undefined)[] = [];
    store.$status.listen((status) => problems.push(status.problem));
    store.load();
    clock.time = T(5);
    store.complete('alt');
    store.visit('captions');
    expect(store.$status.get()).toEqual({ ready: true, firstVisit: false, problem: 'full' });
    expect(problems.filter((problem) => problem === 'full')).toHaveLength(1);
    expect(store.$record.get()!.lessons.alt).toEqual({ firstVisitedAt: T(5), lastVisitedAt: T(5), visits: 1, firstCompletedAt: T(5) });
    expect(stored(engine)).toEqual(saved);
  });

  it('saves what was kept in memory at the next write that fits', () => {
    const engine = createMemoryEngine();
    engine.failWrite = QUOTA();
    const { store } = setup(engine);
    store.load();
    store.complete('alt');
    delete engine.failWrite;
    store.visit('captions');
    expect(Object.keys((stored(engine) as LearnerRecord).lessons)).toEqual(['alt', 'captions']);
  });
});

describe('corrupt storage', () => {
  it.each([
    ['text that is not JSON', '{"version": 1, "learnerId": '],
    ['JSON of the wrong shape', JSON.stringify({ ...saved, lessons: [] })],
    ['JSON null', 'null'],
    ['a record without a version', JSON.stringify({ learnerId: 'x' })],
  ])('keeps %s aside, reports "corrupt" and writes a fresh record', (_name, text) => {
    const engine = createMemoryEngine({ [KEY]: text });
    const { store } = setup(engine);
    store.load();
    expect(store.$status.get()).toMatchObject({ ready: true, problem: 'corrupt' });
    expect(engine.data.get(`${KEY}:corrupt:${T(0)}`)).toBe(text);
    expect(stored(engine)).toEqual(createRecord('id-1', T(0)));
    expect(store.$record.get()).toEqual(createRecord('id-1', T(0)));
  });
});

describe('a record from a newer version of the site', () => {
  const newer = JSON.stringify({ ...saved, version: RECORD_VERSION + 1, somethingNew: [1, 2] });

  it('is left where it is, untouched, and reported as "newer-version"', () => {
    const engine = createMemoryEngine({ [KEY]: newer });
    const { store } = setup(engine);
    store.load();
    expect(store.$status.get()).toEqual({ ready: true, firstVisit: false, problem: 'newer-version' });
    expect(engine.data.get(KEY)).toBe(newer);
  });

  it('is never written over: actions work in memory only, and nothing is set aside', () => {
    const engine = createMemoryEngine({ [KEY]: newer });
    const { store } = setup(engine);
    store.load();
    store.visit('alt');
    store.giveFeedback({ lesson: 'alt', useful: true });
    store.importRecord(saved);
    expect(store.$record.get()!.lessons.alt).toBeDefined();
    expect([...engine.data.keys()]).toEqual([KEY]);
    expect(engine.data.get(KEY)).toBe(newer);
  });

  it('written by another tab (a newer page open since a deploy) stops this tab from writing over it', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    store.load();
    engine.changeElsewhere(KEY, newer);
    expect(store.$status.get().problem).toBe('newer-version');
    store.visit('alt');
    expect(engine.data.get(KEY)).toBe(newer);
    expect(store.$record.get()).toMatchObject({ lessons: { 'write-alt-text': {}, alt: {} } });
  });
});

describe('other tabs', () => {
  it('merges a record another tab wrote into this one', () => {
    const engine = withSaved();
    const { store, clock } = setup(engine);
    store.load();
    clock.time = T(5);
    store.visit('alt');
    const theirs: LearnerRecord = { ...saved, attempts: [attempt] };
    engine.changeElsewhere(KEY, JSON.stringify(theirs));
    expect(store.$record.get()).toMatchObject({ attempts: [attempt], lessons: { alt: { visits: 1 }, 'write-alt-text': { visits: 1 } } });
  });

  it('converges two tabs over one storage: each sees the other’s changes, and storage holds both', () => {
    const shared = createSharedStorage();
    const a = setup(shared.openTab(), 'a');
    const b = setup(shared.openTab(), 'b');
    a.store.load();
    b.store.load();
    a.clock.time = T(1);
    a.store.visit('alt');
    b.clock.time = T(2);
    b.store.rateConfidence('text-alternatives', 'before', 3);
    a.clock.time = T(3);
    a.store.complete('alt');
    expect(a.store.$record.get()).toEqual(b.store.$record.get());
    expect(stored(shared)).toEqual(a.store.$record.get());
    expect(a.store.$record.get()).toMatchObject({ lessons: { alt: { firstCompletedAt: T(3) } }, confidence: [{ rating: 3 }] });
  });

  it('writes back what it knows when another tab’s write crossed its own in flight', () => {
    const shared = createSharedStorage();
    const a = setup(shared.openTab(), 'a');
    const b = setup(shared.openTab(), 'b');
    a.store.load();
    b.store.load();
    shared.hold();
    a.store.visit('alt');
    b.store.visit('captions');
    shared.release();
    expect(Object.keys(a.store.$record.get()!.lessons)).toEqual(['alt', 'captions']);
    expect(a.store.$record.get()).toEqual(b.store.$record.get());
    expect(stored(shared)).toEqual(a.store.$record.get());
  });

  it('ignores changes to other keys', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    store.load();
    const record = store.$record.get();
    engine.changeElsewhere(`${KEY}:theme`, 'dark');
    engine.changeElsewhere('micropath:another-site', JSON.stringify({ ...saved, attempts: [attempt] }));
    expect(store.$record.get()).toBe(record);
    expect(stored(engine)).toEqual(saved);
  });

  it.each([
    ['storage cleared', null],
    ['the record removed', KEY],
  ])('writes its record back when another tab leaves it %s', (_name, key) => {
    const engine = withSaved();
    const { store } = setup(engine);
    store.load();
    store.visit('alt');
    const record = store.$record.get();
    engine.changeElsewhere(key, null);
    expect(store.$record.get()).toBe(record);
    expect(stored(engine)).toEqual(record);
  });

  it('ignores an unreadable value another tab wrote, and replaces it at its next write', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    store.load();
    const record = store.$record.get();
    engine.changeElsewhere(KEY, '{not json');
    expect(store.$record.get()).toBe(record);
    expect(store.$status.get().problem).toBeUndefined();
    store.visit('alt');
    expect(stored(engine)).toEqual(store.$record.get());
  });

  it('ignores other tabs before load() and after destroy()', () => {
    const engine = withSaved();
    const { store } = setup(engine);
    engine.changeElsewhere(KEY, JSON.stringify({ ...saved, attempts: [attempt] }));
    expect(store.$record.get()).toBeNull();
    store.load();
    store.destroy();
    const record = store.$record.get();
    engine.changeElsewhere(null, null);
    expect(store.$record.get()).toBe(record);
    expect(engine.data.size).toBe(0);
  });
});
