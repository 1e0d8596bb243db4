import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../../src/lib/record/merge-records';
import { migrateRecord } from '../../../../src/lib/record/migrate-record';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/records/${name}`, import.meta.url), 'utf8'));
const v1 = () => fixture('valid/v1-record.json').record;
const v0 = () => fixture('valid/v0-record.json').record;

describe('migrateRecord: the current version', () => {
  it('reads a valid current record unchanged', () => {
    expect(migrateRecord(v1())).toEqual({ ok: true, record: v1() });
  });

  it('writes every date-time in the one UTC form merging compares', () => {
    const record = { ...v1(), createdAt: '2025-03-01T09:00+01:00' };
    expect(migrateRecord(record)).toMatchObject({ ok: true, record: { createdAt: '2025-03-01T08:00:00.000Z' } });
  });

  it('drops fields it does not know, at every level', () => {
    const record = v1();
    record.extra = 'root';
    record.attempts[0].extra = 'attempt';
    record.lessons['alt-text-basics'].extra = 'lesson';
    const result = migrateRecord(record);
    expect(result).toEqual({ ok: true, record: v1() });
  });

  it('keeps one attempt per id, as a merge would', () => {
    const record = v1();
    record.attempts.push(structuredClone(record.attempts[0]));
    expect(migrateRecord(record)).toEqual({ ok: true, record: v1() });
  });

  it('refuses a key that could reach a prototype, naming it', () => {
    const record = v1();
    Object.defineProperty(record.lessons, '__proto__', { value: record.lessons['alt-text-basics'], enumerable: true });
    expect(migrateRecord(record)).toMatchInlineSnapshot(`
      {
        "message": "The learner record is not valid at lessons.__proto__: expected an id of 1 to 200 characters other than "__proto__", "constructor" and "prototype", found "__proto__".",
        "ok": false,
        "reason": "invalid",
      }
    `);
  });
});

describe('migrateRecord: refusing what it cannot read', () => {
  it('refuses a newer version, naming both versions and what to do', () => {
    expect(migrateRecord({ ...v1(), version: 2 })).toMatchInlineSnapshot(`
      {
        "message": "This learner record is version 2, from a newer Micropath than this site, which reads records up to version 1. Reload the page in case the site has been updated since; if that does not help, ask the site’s maintainers to update it, or import an export made on this site.",
        "ok": false,
        "reason": "newer-version",
      }
    `);
  });

  it('refuses data that is not a record at all', () => {
    expect(migrateRecord([])).toMatchInlineSnapshot(`
      {
        "message": "The learner record is not valid: expected an object, found a list.",
        "ok": false,
        "reason": "invalid",
      }
    `);
    expect(migrateRecord(null)).toMatchInlineSnapshot(`
      {
        "message": "The learner record is not valid: expected an object, found null.",
        "ok": false,
        "reason": "invalid",
      }
    `);
  });

  type Case = [name: string, change: (record: any) => void, message: string];
  const cases: Case[] = [
    ['no version', (r) => delete r.version, 'version: expected a whole number from 0 to 1, found nothing'],
    ['a version written as text', (r) => (r.version = '1'), 'version: expected a whole number from 0 to 1, found "1"'],
    ['a negative version', (r) => (r.version = -1), 'version: expected a whole number from 0 to 1, found -1'],
    ['an empty learner id', (r) => (r.learnerId = ''), 'learnerId: expected text of 1 to 200 characters, found ""'],
    ['a creation time in words', (r) => (r.createdAt = 'yesterday'), 'createdAt: expected a date-time such as "2025-03-14T09:30:00Z", found "yesterday"'],
    ['a date without a time', (r) => (r.createdAt = '2025-03-01'), 'createdAt: expected a date-time such as "2025-03-14T09:30:00Z", found "2025-03-01"'],
    ['a day the calendar lacks', (r) => (r.createdAt = '2025-02-30T08:00:00Z'), 'createdAt: expected a date-time such as "2025-03-14T09:30:00Z", found "2025-02-30T08:00:00Z"'],
    ['a month the calendar lacks', (r) => (r.createdAt = '2025-13-01T08:00:00Z'), 'createdAt: expected a date-time such as "2025-03-14T09:30:00Z", found "2025-13-01T08:00:00Z"'],
    ['lessons as a list', (r) => (r.lessons = []), 'lessons: expected an object, found a list'],
    ['a fractional visit count', (r) => (r.lessons['alt-text-basics'].visits = 1.5), 'lessons.alt-text-basics.visits: expected a whole number of at least 0, found 1.5'],
    ['a bad completion time', (r) => (r.lessons['alt-text-basics'].firstCompletedAt = null), 'lessons.alt-text-basics.firstCompletedAt: expected a date-time such as "2025-03-14T09:30:00Z", found null'],
    ['attempts as an object', (r) => (r.attempts = {}), 'attempts: expected a list, found an object'],
    ['a score above 1', (r) => (r.attempts[0].score = 85), 'attempts[0].score: expected a number from 0 to 1, found 85'],
    ['a quiz id without its kind', (r) => (r.attempts[0].quizId = 'alt-text-basics'), 'attempts[0].quizId: expected "lesson:<slug>" or "check:<competency>", found "alt-text-basics"'],
    ['passed as text', (r) => (r.attempts[0].passed = 'yes'), 'attempts[0].passed: expected true or false, found "yes"'],
    ['an unknown answer type', (r) => (r.attempts[0].answers.decorative = { type: 'essay', value: 'x' }), 'attempts[0].answers.decorative.type: expected one of "single", "multiple", "true-false", "text", "numeric", "order", "match", found "essay"'],
    ['a negative choice', (r) => (r.attempts[0].answers.decorative.choice = -1), 'attempts[0].answers.decorative.choice: expected a whole number from 0 to 1000, found -1'],
    ['a choice index written as text', (r) => (r.attempts[0].answers['which-need-alt'].choices = [0, '2']), 'attempts[0].answers.which-need-alt.choices[1]: expected a whole number from 0 to 1000, found "2"'],
    ['a numeric answer written as text', (r) => (r.attempts[0].answers['max-length'].value = '125'), 'attempts[0].answers.max-length.value: expected a number, found "125"'],
    ['match pairs missing', (r) => delete r.attempts[0].answers.pairs.pairs, 'attempts[0].answers.pairs.pairs: expected a list, found nothing'],
    ['a rating of 6', (r) => (r.confidence[0].rating = 6), 'confidence[0].rating: expected a whole number from 1 to 5, found 6'],
    ['a rating of 2.5', (r) => (r.confidence[0].rating = 2.5), 'confidence[0].rating: expected a whole number from 1 to 5, found 2.5'],
    ['an unknown rating phase', (r) => (r.confidence[0].phase = 'during'), 'confidence[0].phase: expected one of "before", "after", found "during"'],
    ['feedback without its verdict', (r) => delete r.feedback[0].useful, 'feedback[0].useful: expected true or false, found nothing'],
    ['a comment that is a number', (r) => (r.feedback[0].comment = 42), 'feedback[0].comment: expected text of at most 2000 characters, found 42'],
  ];

  it.each(cases)('refuses %s, naming the first bad path', (_name, change, message) => {
    const record = v1();
    change(record);
    expect(migrateRecord(record)).toEqual({ ok: false, reason: 'invalid', message: `The learner record is not valid at ${message}.` });
  });
});

describe('migrateRecord: version 0', () => {
  it('migrates completions, attempts and the learner id, reporting the old version', () => {
    expect(migrateRecord(v0())).toEqual({
      ok: true,
      migratedFrom: 0,
      record: {
        version: 1,
        learnerId: 'tester-7',
        createdAt: '2024-11-21T08:25:00.000Z',
        lessons: {
          'alt-text-basics': { firstVisitedAt: '2024-11-21T08:30:00.000Z', lastVisitedAt: '2024-11-21T08:30:00.000Z', visits: 1, firstCompletedAt: '2024-11-21T08:30:00.000Z' },
          'captions-that-work': { firstVisitedAt: '2024-11-22T10:00:00.000Z', lastVisitedAt: '2024-11-22T10:00:00.000Z', visits: 1, firstCompletedAt: '2024-11-22T10:00:00.000Z' },
        },
        attempts: [
          {
            id: 'v0:lesson:alt-text-basics@2024-11-21T08:25:00.000Z',
            quizId: 'lesson:alt-text-basics',
            startedAt: '2024-11-21T08:25:00.000Z',
            finishedAt: '2024-11-21T08:25:00.000Z',
            answers: { decorative: { type: 'single', choice: 1 } },
            score: 1,
            passed: true,
          },
          {
            id: 'v0:check:text-alternatives@2024-11-23T10:00:00.000Z',
            quizId: 'check:text-alternatives',
            startedAt: '2024-11-23T10:00:00.000Z',
            finishedAt: '2024-11-23T10:00:00.000Z',
            answers: {},
            score: 0.5,
            passed: false,
          },
        ],
        confidence: [],
        feedback: [],
      },
    });
  });

  it('gives attempts the same ids every time, so importing an old file twice adds nothing', () => {
    const first = migrateRecord(v0());
    const second = migrateRecord(v0());
    if (!first.ok || !second.ok) throw new Error('expected both to migrate');
    expect(mergeRecords(first.record, second.record)).toEqual(first.record);
  });

  it('keeps one attempt when an old record repeats the same quiz at the same time', () => {
    const record = v0();
    record.attempts.push(structuredClone(record.attempts[0]));
    const result = migrateRecord(record);
    expect(result.ok && result.record.attempts).toHaveLength(2);
  });

  it('dates an empty old record by `now`, or by the Unix epoch without it', () => {
    const empty = { version: 0, id: 'tester', completed: {}, attempts: [] };
    expect(migrateRecord(empty, { now: '2025-03-14T10:00:00.000Z' })).toMatchObject({ ok: true, record: { createdAt: '2025-03-14T10:00:00.000Z' } });
    expect(migrateRecord(empty)).toMatchObject({ ok: true, record: { createdAt: '1970-01-01T00:00:00.000Z' } });
  });

  it('names the bad path in version 0 terms', () => {
    const badDate = v0();
    badDate.completed['alt-text-basics'] = '21/11/2024';
    expect(migrateRecord(badDate)).toMatchInlineSnapshot(`
      {
        "message": "The learner record is not valid at completed.alt-text-basics: expected a date-time such as "2025-03-14T09:30:00Z", found "21/11/2024".",
        "ok": false,
        "reason": "invalid",
      }
    `);
    const badAnswer = v0();
    badAnswer.attempts[0].answers.decorative.choice = 'b';
    expect(migrateRecord(badAnswer)).toMatchInlineSnapshot(`
      {
        "message": "The learner record is not valid at attempts[0].answers.decorative.choice: expected a whole number from 0 to 1000, found "b".",
        "ok": false,
        "reason": "invalid",
      }
    `);
    const noQuiz = v0();
    delete noQuiz.attempts[1].quiz;
    expect(migrateRecord(noQuiz)).toMatchInlineSnapshot(`
      {
        "message": "The learner record is not valid at attempts[1].quiz: expected text of 1 to 200 characters, found nothing.",
        "ok": false,
        "reason": "invalid",
      }
    `);
  });
});
