import { describe, expect, it } from 'vitest';
import { computeMastery, type MasteryModel } from '../../../../src/lib/record/compute-mastery';
import { checkQuizId, createRecord, lessonQuizId, type Attempt, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { addAttempt, completeLesson, rateConfidence, recordVisit } from '../../../../src/lib/record/record-actions';

/*
 * The sample framework: an area with two competencies. "alt" has a check and a path of two lessons,
 * the second with a quiz; "captions" has no check and one lesson.
 */
const model: MasteryModel = {
  competencies: {
    perceivable: { children: ['alt', 'captions'], path: [], hasCheck: false, threshold: 0.8 },
    alt: { children: [], path: ['alt-basics', 'alt-complex'], hasCheck: true, threshold: 0.8 },
    captions: { children: [], path: ['captions-intro'], hasCheck: false, threshold: 0.8 },
  },
  lessons: { 'alt-basics': { hasQuiz: false }, 'alt-complex': { hasQuiz: true }, 'captions-intro': { hasQuiz: false } },
  certifications: { basics: { competencies: ['alt', 'captions'] }, 'alt-only': { competencies: ['alt'] } },
};

const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const empty = createRecord('learner-1', day(1));
let ids = 0;
const attempt = (quizId: string, at: string, passed: boolean, score = passed ? 1 : 0.4): Attempt => ({
  id: `attempt-${++ids}`,
  quizId,
  startedAt: at,
  finishedAt: at,
  answers: {},
  score,
  passed,
});
/** The alt path done: the first lesson marked complete, the second's quiz passed. */
const practisedAlt = (record: LearnerRecord = empty) =>
  addAttempt(completeLesson(record, 'alt-basics', day(2)), attempt(lessonQuizId('alt-complex'), day(3), true));
const alt = (record: LearnerRecord) => computeMastery(model, record).competencies.alt!;

describe('computeMastery', () => {
  it('shows every competency not started, and no certification earned, for an empty record', () => {
    const report = computeMastery(model, empty);
    expect(Object.values(report.competencies).map((c) => c.status)).toEqual(['not-started', 'not-started', 'not-started']);
    expect(report.lessons).toEqual({ 'alt-basics': false, 'alt-complex': false, 'captions-intro': false });
    expect(report.certifications.basics).toEqual({ earned: false, mastered: 0, total: 2 });
  });

  it('moves a competency to in progress on any evidence: a visit, a rating or a check attempt', () => {
    expect(alt(recordVisit(empty, 'alt-basics', day(2))).status).toBe('in-progress');
    expect(alt(rateConfidence(empty, 'alt', 'before', 2, day(2))).status).toBe('in-progress');
    expect(alt(addAttempt(empty, attempt(checkQuizId('alt'), day(2), false))).status).toBe('in-progress');
    expect(alt(addAttempt(empty, attempt(lessonQuizId('alt-complex'), day(2), false))).status).toBe('in-progress');
  });

  it('counts the completed lessons of the path', () => {
    expect(alt(completeLesson(empty, 'alt-basics', day(2)))).toEqual({ status: 'in-progress', testedOut: false, completed: 1, total: 2 });
  });

  it('completes a lesson with a quiz only when its quiz is passed, not when marked complete', () => {
    const marked = completeLesson(completeLesson(empty, 'alt-basics', day(2)), 'alt-complex', day(3));
    expect(computeMastery(model, marked).lessons['alt-complex']).toBe(false);
    expect(alt(marked).status).toBe('in-progress');
    const failed = addAttempt(marked, attempt(lessonQuizId('alt-complex'), day(4), false));
    expect(computeMastery(model, failed).lessons['alt-complex']).toBe(false);
    const passed = addAttempt(failed, attempt(lessonQuizId('alt-complex'), day(5), true));
    expect(computeMastery(model, passed).lessons['alt-complex']).toBe(true);
  });

  it('dates each completed lesson by its first passed quiz or, without a quiz, its first completion', () => {
    const failedThenPassed = addAttempt(addAttempt(completeLesson(empty, 'alt-basics', day(2)), attempt(lessonQuizId('alt-complex'), day(3), false)), attempt(lessonQuizId('alt-complex'), day(6), true));
    const record = addAttempt(completeLesson(failedThenPassed, 'alt-complex', day(2)), attempt(lessonQuizId('alt-complex'), day(9), true));
    expect(computeMastery(model, record).lessonsCompletedAt).toEqual({ 'alt-basics': day(2), 'alt-complex': day(6) });
  });

  it('makes a competency with a check practised, not mastered, when every lesson of its path is complete', () => {
    expect(alt(practisedAlt())).toEqual({ status: 'practised', testedOut: false, completed: 2, total: 2 });
  });

  it('leaves a practised competency practised after a failed check, keeping the best score', () => {
    const record = addAttempt(addAttempt(practisedAlt(), attempt(checkQuizId('alt'), day(4), false, 0.6)), attempt(checkQuizId('alt'), day(5), false, 0.4));
    expect(alt(record)).toEqual({ status: 'practised', testedOut: false, completed: 2, total: 2, bestCheckScore: 0.6 });
  });

  it('leaves a competency in progress after a failed check taken before the path', () => {
    expect(alt(addAttempt(empty, attempt(checkQuizId('alt'), day(2), false, 0.5)))).toEqual({
      status: 'in-progress', testedOut: false, completed: 0, total: 2, bestCheckScore: 0.5,
    });
  });

  it('masters a practised competency when its check is passed, dated by the passing attempt', () => {
    const record = addAttempt(practisedAlt(), attempt(checkQuizId('alt'), day(6), true, 0.9));
    expect(alt(record)).toEqual({ status: 'mastered', testedOut: false, completed: 2, total: 2, bestCheckScore: 0.9, masteredAt: day(6) });
  });

  it('masters a competency tested out: its check passed before the path was complete', () => {
    const record = addAttempt(empty, attempt(checkQuizId('alt'), day(2), true, 1));
    expect(alt(record)).toEqual({ status: 'mastered', testedOut: true, completed: 0, total: 2, bestCheckScore: 1, masteredAt: day(2) });
    expect(alt(practisedAlt(record)).testedOut).toBe(true);
  });

  it('dates mastery by the earliest passing check when it was passed more than once', () => {
    const record = addAttempt(addAttempt(practisedAlt(), attempt(checkQuizId('alt'), day(9), true)), attempt(checkQuizId('alt'), day(7), true));
    expect(alt(record).masteredAt).toBe(day(7));
  });

  it('counts a practised competency without a check as mastered, dated by its last lesson', () => {
    const captions = computeMastery(model, completeLesson(empty, 'captions-intro', day(4))).competencies.captions;
    expect(captions).toEqual({ status: 'mastered', testedOut: false, completed: 1, total: 1, masteredAt: day(4) });
  });

  it('keeps a parent in progress until all its children are mastered, then masters it at the last one', () => {
    const oneChild = completeLesson(empty, 'captions-intro', day(4));
    expect(computeMastery(model, oneChild).competencies.perceivable).toEqual({ status: 'in-progress', testedOut: false, completed: 1, total: 3 });
    const both = addAttempt(practisedAlt(oneChild), attempt(checkQuizId('alt'), day(8), true));
    expect(computeMastery(model, both).competencies.perceivable).toEqual({ status: 'mastered', testedOut: false, completed: 3, total: 3, masteredAt: day(8) });
  });

  it('earns a certification when all its competencies are mastered, and counts them until then', () => {
    const altMastered = addAttempt(empty, attempt(checkQuizId('alt'), day(2), true));
    expect(computeMastery(model, altMastered).certifications).toEqual({
      basics: { earned: false, mastered: 1, total: 2 },
      'alt-only': { earned: true, mastered: 1, total: 1 },
    });
    const both = completeLesson(altMastered, 'captions-intro', day(3));
    expect(computeMastery(model, both).certifications.basics).toEqual({ earned: true, mastered: 2, total: 2 });
  });

  it('ignores progress on lessons and checks the model does not know', () => {
    const record = addAttempt(completeLesson(empty, 'retired-lesson', day(2)), attempt(checkQuizId('retired'), day(2), true));
    expect(Object.values(computeMastery(model, record).competencies).every((c) => c.status === 'not-started')).toBe(true);
  });

  it('derives a lesson or competency named like an Object.prototype member ("constructor") like any other', () => {
    const odd: MasteryModel = {
      competencies: { constructor: { children: [], path: ['constructor'], hasCheck: false, threshold: 0.8 } },
      lessons: { constructor: { hasQuiz: false } },
      certifications: { odd: { competencies: ['constructor'] } },
    };
    const report = computeMastery(odd, empty);
    expect(report.competencies.constructor).toEqual({ status: 'not-started', testedOut: false, completed: 0, total: 1 });
    expect(report.lessons.constructor).toBe(false);
  });

  it('survives a cycle in the model without looping', () => {
    const cyclic: MasteryModel = {
      competencies: { a: { children: ['b'], path: [], hasCheck: false, threshold: 0.8 }, b: { children: ['a'], path: [], hasCheck: false, threshold: 0.8 } },
      lessons: {},
      certifications: {},
    };
    expect(computeMastery(cyclic, empty).competencies.a!.status).toBe('not-started');
  });
});
