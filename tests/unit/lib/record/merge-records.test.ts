import { describe, expect, it } from 'vitest';
import { createRecord, type Attempt, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { mergeRecords } from '../../../../src/lib/record/merge-records';
import { createRandom } from './random-record';

const ROUNDS = 300;
const triples = () => {
  const random = createRandom(20250314);
  return Array.from({ length: ROUNDS }, () => [random.record(), random.record(), random.record()] as const);
};

const at = (n: number) => `2025-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const attempt = (id: string, finishedAt: string, score = 1): Attempt => ({
  id, quizId: 'lesson:a', startedAt: finishedAt, finishedAt, answers: {}, score, passed: score >= 0.8,
});
const withLesson = (record: LearnerRecord, slug: string, lesson: LearnerRecord['lessons'][string]): LearnerRecord => ({
  ...record, lessons: { ...record.lessons, [slug]: lesson },
});

describe('mergeRecords', () => {
  it(`is commutative over ${ROUNDS} random pairs`, () => {
    for (const [a, b] of triples()) expect(mergeRecords(a, b)).toStrictEqual(mergeRecords(b, a));
  });

  it(`is associative over ${ROUNDS} random triples`, () => {
    for (const [a, b, c] of triples()) expect(mergeRecords(mergeRecords(a, b), c)).toStrictEqual(mergeRecords(a, mergeRecords(b, c)));
  });

  it(`is idempotent over ${ROUNDS} random records: merging a record with itself gives it back`, () => {
    for (const [a, b] of triples()) {
      expect(mergeRecords(a, a)).toStrictEqual(a);
      const merged = mergeRecords(a, b);
      expect(mergeRecords(merged, b)).toStrictEqual(merged);
    }
  });

  it(`keeps everything either record knew over ${ROUNDS} random pairs`, () => {
    for (const [a, b] of triples()) {
      const merged = mergeRecords(a, b);
      const ids = new Set(merged.attempts.map((item) => item.id));
      expect(ids.size).toBe(merged.attempts.length);
      for (const item of [...a.attempts, ...b.attempts]) expect(ids.has(item.id)).toBe(true);
      for (const [slug, lesson] of [...Object.entries(a.lessons), ...Object.entries(b.lessons)]) {
        const kept = merged.lessons[slug]!;
        expect(kept.visits).toBeGreaterThanOrEqual(lesson.visits);
        if (lesson.firstCompletedAt) expect(kept.firstCompletedAt! <= lesson.firstCompletedAt).toBe(true);
      }
    }
  });

  it('leaves both inputs untouched', () => {
    const [a, b] = triples()[0]!;
    const copies = structuredClone([a, b]);
    mergeRecords(a, b);
    expect([a, b]).toStrictEqual(copies);
  });

  it('keeps one attempt per id, whichever record holds it', () => {
    const a = { ...createRecord('learner', at(1)), attempts: [attempt('x', at(2)), attempt('y', at(3))] };
    const b = { ...createRecord('learner', at(1)), attempts: [attempt('y', at(3)), attempt('z', at(4))] };
    expect(mergeRecords(a, b).attempts.map((item) => item.id)).toEqual(['x', 'y', 'z']);
  });

  it('keeps the same attempt whichever record is first when two attempts share an id but differ', () => {
    const a = { ...createRecord('learner', at(1)), attempts: [attempt('x', at(2), 1)] };
    const b = { ...createRecord('learner', at(1)), attempts: [attempt('x', at(2), 0.5)] };
    expect(mergeRecords(a, b).attempts).toEqual(mergeRecords(b, a).attempts);
    expect(mergeRecords(a, b).attempts).toHaveLength(1);
  });

  it('keeps the earliest completion, the first and last visits, and the larger visit count of a lesson', () => {
    const a = withLesson(createRecord('learner', at(1)), 'alt', { firstVisitedAt: at(2), lastVisitedAt: at(5), visits: 3, firstCompletedAt: at(5) });
    const b = withLesson(createRecord('learner', at(1)), 'alt', { firstVisitedAt: at(1), lastVisitedAt: at(9), visits: 2, firstCompletedAt: at(3) });
    expect(mergeRecords(a, b).lessons.alt).toEqual({ firstVisitedAt: at(1), lastVisitedAt: at(9), visits: 3, firstCompletedAt: at(3) });
  });

  it('keeps a completion that only one record knows', () => {
    const a = withLesson(createRecord('learner', at(1)), 'alt', { firstVisitedAt: at(2), lastVisitedAt: at(2), visits: 1 });
    const b = withLesson(createRecord('learner', at(1)), 'alt', { firstVisitedAt: at(2), lastVisitedAt: at(2), visits: 1, firstCompletedAt: at(4) });
    expect(mergeRecords(a, b).lessons.alt!.firstCompletedAt).toBe(at(4));
  });

  it('copies a lesson named like an Object.prototype member ("constructor") that only one record holds', () => {
    const lesson = { firstVisitedAt: at(2), lastVisitedAt: at(2), visits: 1 };
    const a = createRecord('learner', at(1));
    const b = withLesson(createRecord('learner', at(1)), 'constructor', lesson);
    expect(mergeRecords(a, b).lessons).toEqual({ constructor: lesson });
  });

  it('keeps the comment of a feedback when the other record holds it without one (a share that left comments out)', () => {
    // Keys in the order the store writes them, comment before at.
    const written = { ...createRecord('learner', at(1)), feedback: [{ id: 'f1', lesson: 'alt', useful: true, comment: 'Clear examples.', at: at(2) }] };
    const shared = { ...written, feedback: [{ id: 'f1', lesson: 'alt', useful: true, at: at(2) }] };
    expect(mergeRecords(written, shared).feedback).toEqual(written.feedback);
    expect(mergeRecords(shared, written).feedback).toEqual(written.feedback);
  });

  it('keeps the smaller learner id and the earlier creation time, so both devices agree', () => {
    const merged = mergeRecords(createRecord('learner-b', at(1)), createRecord('learner-a', at(2)));
    expect([merged.learnerId, merged.createdAt]).toEqual(['learner-a', at(1)]);
  });
});
