import { describe, expect, it } from 'vitest';
import {
  formatCredits,
  isRecordEmpty,
  summariseProgress,
  type ProgressCatalogue,
} from '../../../../src/lib/charts/progress-summary';
import { computeMastery, type MasteryModel } from '../../../../src/lib/record/compute-mastery';
import {
  checkQuizId,
  createRecord,
  lessonQuizId,
  type Attempt,
} from '../../../../src/lib/record/learner-record';
import {
  addAttempt,
  addFeedback,
  completeLesson,
  rateConfidence,
  recordVisit,
} from '../../../../src/lib/record/record-actions';

// An area with three competencies: "alt" (check, two lessons with quizzes), "captions" (no check,
// one lesson without a quiz) and "contrast" (no check, one lesson). Two certifications.
const model: MasteryModel = {
  competencies: {
    perceivable: {
      children: ['alt', 'captions', 'contrast'],
      path: [],
      hasCheck: false,
      threshold: 0.8,
    },
    alt: { children: [], path: ['alt-basics', 'alt-complex'], hasCheck: true, threshold: 0.8 },
    captions: { children: [], path: ['captions-intro'], hasCheck: false, threshold: 0.8 },
    contrast: { children: [], path: ['contrast-basics'], hasCheck: false, threshold: 0.8 },
  },
  lessons: {
    'alt-basics': { hasQuiz: true },
    'alt-complex': { hasQuiz: true },
    'captions-intro': { hasQuiz: false },
    'contrast-basics': { hasQuiz: false },
  },
  certifications: {
    media: { competencies: ['alt', 'captions'] },
    all: { competencies: ['alt', 'captions', 'contrast'] },
  },
};
const catalogue: ProgressCatalogue = {
  competencies: ['alt', 'captions', 'contrast'],
  lessons: {
    'alt-basics': { ceCredits: 0.1 },
    'alt-complex': { ceCredits: 0.1 },
    'captions-intro': { ceCredits: 0.2 },
    'contrast-basics': {},
  },
  certifications: [{ id: 'media', ceCredits: 2 }, { id: 'all' }],
};
const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const attempt = (id: string, quizId: string, day: number, passed: boolean): Attempt => ({
  id,
  quizId,
  startedAt: at(day),
  finishedAt: at(day),
  answers: {},
  score: passed ? 1 : 0.5,
  passed,
});
const empty = createRecord('learner', at(1));

describe('summariseProgress', () => {
  it('counts nothing for an empty record, with every certification at 0 of its total', () => {
    expect(summariseProgress(catalogue, computeMastery(model, empty))).toEqual({
      mastered: 0,
      total: 3,
      lessonsCompleted: 0,
      credits: 0,
      certifications: [
        { id: 'media', mastered: 0, total: 2, earned: false },
        { id: 'all', mastered: 0, total: 3, earned: false },
      ],
    });
  });

  it('adds the credits of completed lessons only, without floating-point crumbs', () => {
    // alt-basics passed (0.1), alt-complex failed, captions-intro marked complete (0.2).
    let record = addAttempt(empty, attempt('a1', lessonQuizId('alt-basics'), 2, true));
    record = addAttempt(record, attempt('a2', lessonQuizId('alt-complex'), 2, false));
    record = completeLesson(record, 'captions-intro', at(3));
    const summary = summariseProgress(catalogue, computeMastery(model, record));
    expect(summary).toMatchObject({ mastered: 1, lessonsCompleted: 2, credits: 0.3 });
    expect(summary.certifications[0]).toEqual({
      id: 'media',
      mastered: 1,
      total: 2,
      earned: false,
    });
  });

  it("adds an earned certification's credits once all its competencies are mastered", () => {
    let record = addAttempt(empty, attempt('c1', checkQuizId('alt'), 2, true)); // Tested out: no lesson credits.
    record = completeLesson(record, 'captions-intro', at(3));
    const summary = summariseProgress(catalogue, computeMastery(model, record));
    expect(summary).toMatchObject({ mastered: 2, lessonsCompleted: 1, credits: 2.2 });
    expect(summary.certifications.map((certification) => certification.earned)).toEqual([
      true,
      false,
    ]);
  });

  it('ignores lessons completed that the catalogue does not list, such as another site’s', () => {
    const record = completeLesson(empty, 'elsewhere', at(2));
    expect(summariseProgress(catalogue, computeMastery(model, record))).toMatchObject({
      lessonsCompleted: 0,
      credits: 0,
    });
  });
});

describe('isRecordEmpty', () => {
  it('is true only for a record without any lesson, attempt, rating or feedback', () => {
    expect(isRecordEmpty(empty)).toBe(true);
    expect(isRecordEmpty(recordVisit(empty, 'alt-basics', at(2)))).toBe(false);
    expect(
      isRecordEmpty(addAttempt(empty, attempt('a', lessonQuizId('alt-basics'), 2, false))),
    ).toBe(false);
    expect(isRecordEmpty(rateConfidence(empty, 'alt', 'before', 3, at(2)))).toBe(false);
    expect(
      isRecordEmpty(addFeedback(empty, { id: 'f', lesson: 'alt-basics', useful: true, at: at(2) })),
    ).toBe(false);
  });
});

describe('formatCredits', () => {
  it('uses the singular for exactly one credit', () => {
    expect([0, 0.3, 1, 2.5].map(formatCredits)).toEqual([
      '0 CE credits',
      '0.3 CE credits',
      '1 CE credit',
      '2.5 CE credits',
    ]);
  });
});
