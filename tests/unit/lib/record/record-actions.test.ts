import { describe, expect, it } from 'vitest';
import { createRecord, type Attempt, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { addAttempt, addFeedback, completeLesson, rateConfidence, recordVisit } from '../../../../src/lib/record/record-actions';

const at = (n: number) => `2025-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const empty = createRecord('learner-1', at(1));
const attempt = (id: string): Attempt => ({ id, quizId: 'lesson:alt', startedAt: at(2), finishedAt: at(2), answers: {}, score: 1, passed: true });

/** Deep-freezes a record, so an action that mutated its input would throw. */
function frozen(record: LearnerRecord): LearnerRecord {
  const freeze = (value: unknown): unknown => {
    if (typeof value === 'object' && value !== null) Object.values(Object.freeze(value)).forEach(freeze);
    return value;
  };
  return freeze(structuredClone(record)) as LearnerRecord;
}

describe('recordVisit', () => {
  it('creates a lesson’s progress on the first visit', () => {
    expect(recordVisit(frozen(empty), 'alt', at(2)).lessons).toEqual({ alt: { firstVisitedAt: at(2), lastVisitedAt: at(2), visits: 1 } });
  });

  it('counts later visits and moves the last visit, keeping the first', () => {
    const record = recordVisit(frozen(recordVisit(empty, 'alt', at(2))), 'alt', at(5));
    expect(record.lessons.alt).toEqual({ firstVisitedAt: at(2), lastVisitedAt: at(5), visits: 2 });
  });

  it('keeps the first and last visits right when a clock runs behind', () => {
    const record = recordVisit(recordVisit(empty, 'alt', at(5)), 'alt', at(2));
    expect(record.lessons.alt).toEqual({ firstVisitedAt: at(2), lastVisitedAt: at(5), visits: 2 });
  });

  it('refuses a slug that could reach a prototype', () => {
    expect(() => recordVisit(empty, '__proto__', at(2))).toThrowErrorMatchingInlineSnapshot(`[RangeError: "__proto__" cannot be a lesson slug; rename the lesson file.]`);
    expect(() => completeLesson(empty, 'constructor', at(2))).toThrow(RangeError);
  });
});

describe('completeLesson', () => {
  it('marks a visited lesson complete', () => {
    const record = completeLesson(frozen(recordVisit(empty, 'alt', at(2))), 'alt', at(3));
    expect(record.lessons.alt).toEqual({ firstVisitedAt: at(2), lastVisitedAt: at(2), visits: 1, firstCompletedAt: at(3) });
  });

  it('counts completing a lesson never visited as its first visit', () => {
    expect(completeLesson(empty, 'alt', at(3)).lessons.alt).toEqual({ firstVisitedAt: at(3), lastVisitedAt: at(3), visits: 1, firstCompletedAt: at(3) });
  });

  it('keeps the earliest completion and returns the same record when completing again', () => {
    const once = completeLesson(empty, 'alt', at(3));
    expect(completeLesson(once, 'alt', at(7))).toBe(once);
    expect(completeLesson(once, 'alt', at(2)).lessons.alt!.firstCompletedAt).toBe(at(2));
  });
});

describe('addAttempt', () => {
  it('adds an attempt without touching the input', () => {
    const input = frozen(empty);
    expect(addAttempt(input, attempt('a1')).attempts).toEqual([attempt('a1')]);
    expect(input.attempts).toEqual([]);
  });

  it('ignores an attempt whose id the record already holds', () => {
    const once = addAttempt(empty, attempt('a1'));
    expect(addAttempt(once, { ...attempt('a1'), score: 0 })).toBe(once);
  });
});

describe('rateConfidence', () => {
  it('adds a rating and keeps earlier ones', () => {
    const record = rateConfidence(frozen(rateConfidence(empty, 'alt', 'before', 2, at(2))), 'alt', 'after', 4, at(9));
    expect(record.confidence).toEqual([
      { competency: 'alt', phase: 'before', rating: 2, at: at(2) },
      { competency: 'alt', phase: 'after', rating: 4, at: at(9) },
    ]);
  });

  it('accepts every whole rating from 1 to 5 and refuses anything else', () => {
    for (const rating of [1, 2, 3, 4, 5]) expect(rateConfidence(empty, 'alt', 'before', rating, at(2)).confidence).toHaveLength(1);
    for (const rating of [0, 6, 2.5, Number.NaN]) expect(() => rateConfidence(empty, 'alt', 'before', rating, at(2))).toThrow(RangeError);
    expect(() => rateConfidence(empty, 'alt', 'before', 7, at(2))).toThrowErrorMatchingInlineSnapshot(`[RangeError: A confidence rating is a whole number from 1 to 5; received 7.]`);
  });

  it('refuses a phase other than before or after', () => {
    expect(() => rateConfidence(empty, 'alt', 'during' as 'before', 3, at(2))).toThrowErrorMatchingInlineSnapshot(`[RangeError: A confidence rating's phase is "before" or "after"; received "during".]`);
  });
});

describe('addFeedback', () => {
  const feedback = { id: 'f1', lesson: 'alt', useful: true, at: at(3) };

  it('adds feedback with its comment trimmed', () => {
    expect(addFeedback(frozen(empty), { ...feedback, comment: '  Clear examples. ' }).feedback).toEqual([{ ...feedback, comment: 'Clear examples.' }]);
  });

  it('drops a blank comment', () => {
    expect(addFeedback(empty, { ...feedback, comment: '   ' }).feedback).toEqual([feedback]);
  });

  it('ignores feedback whose id the record already holds', () => {
    const once = addFeedback(empty, feedback);
    expect(addFeedback(once, { ...feedback, useful: false })).toBe(once);
  });

  it('refuses a comment longer than a stored record may hold, which would make the whole record unreadable', () => {
    expect(addFeedback(empty, { ...feedback, comment: ` ${'x'.repeat(2000)} ` }).feedback[0]!.comment).toHaveLength(2000);
    expect(() => addFeedback(empty, { ...feedback, comment: 'x'.repeat(2001) })).toThrowErrorMatchingInlineSnapshot(`[RangeError: A feedback comment holds at most 2000 characters; received 2001.]`);
  });
});
