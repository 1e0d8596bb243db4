import { describe, expect, it } from 'vitest';
import type { MasteryModel } from '../../../../src/lib/record/compute-mastery';
import { describeImport } from '../../../../src/lib/record/describe-import';
import { createRecord, type Attempt } from '../../../../src/lib/record/learner-record';
import { mergeRecords } from '../../../../src/lib/record/merge-records';
import { addAttempt, addFeedback, completeLesson, rateConfidence, recordVisit } from '../../../../src/lib/record/record-actions';

const at = (n: number) => `2025-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const model: MasteryModel = {
  competencies: {
    alt: { children: [], path: ['alt-basics'], hasCheck: true, threshold: 0.8 },
    captions: { children: [], path: ['captions-intro'], hasCheck: false, threshold: 0.8 },
  },
  lessons: { 'alt-basics': { hasQuiz: false }, 'captions-intro': { hasQuiz: false } },
  certifications: { basics: { competencies: ['alt', 'captions'] } },
};
const attempt = (id: string, quizId: string, passed: boolean): Attempt => ({ id, quizId, startedAt: at(3), finishedAt: at(3), answers: {}, score: passed ? 1 : 0, passed });

const current = addAttempt(completeLesson(createRecord('learner-1', at(1)), 'captions-intro', at(2)), attempt('a1', 'check:alt', false));
const incoming = addFeedback(
  rateConfidence(
    addAttempt(addAttempt(completeLesson(recordVisit(createRecord('learner-1', at(1)), 'other-lesson', at(1)), 'alt-basics', at(2)), attempt('a1', 'check:alt', false)), attempt('a2', 'check:alt', true)),
    'alt', 'before', 2, at(1),
  ),
  { id: 'f1', lesson: 'alt-basics', useful: true, at: at(2) },
);

describe('describeImport', () => {
  it('counts what the incoming record adds and names what becomes mastered and earned', () => {
    expect(describeImport(current, incoming, model)).toEqual({
      newCompletions: 1,
      newVisitedLessons: 1,
      newAttempts: 1,
      newRatings: 1,
      newFeedback: 1,
      newlyMastered: ['alt'],
      newlyEarned: ['basics'],
      changesAnything: true,
      summary: 'This file adds 1 completed lesson, 1 lesson opened, 1 quiz attempt, 1 confidence rating and 1 lesson feedback note, and 1 competency becomes mastered (1 certification earned).',
    });
  });

  it('names no mastery without a model', () => {
    const description = describeImport(current, incoming);
    expect([description.newlyMastered, description.newlyEarned]).toEqual([[], []]);
    expect(description.summary).toMatchInlineSnapshot(`"This file adds 1 completed lesson, 1 lesson opened, 1 quiz attempt, 1 confidence rating and 1 lesson feedback note."`);
  });

  it('says a file adds nothing when the current record already holds it all', () => {
    const both = mergeRecords(current, incoming);
    expect(describeImport(both, current, model)).toMatchObject({
      newCompletions: 0, newVisitedLessons: 0, newAttempts: 0, newRatings: 0, newFeedback: 0, newlyMastered: [], newlyEarned: [], changesAnything: false,
    });
    expect(describeImport(incoming, incoming, model).summary).toMatchInlineSnapshot(`"This file adds nothing new: your record already holds everything in it."`);
  });

  it('does not count an earlier date for a lesson already completed as a new completion', () => {
    const earlier = completeLesson(createRecord('learner-1', at(1)), 'captions-intro', at(1));
    expect(describeImport(current, earlier).newCompletions).toBe(0);
  });

  it('uses plurals for counts above one', () => {
    const many = addAttempt(addAttempt(createRecord('learner-2', at(1)), attempt('b1', 'lesson:x', true)), attempt('b2', 'lesson:y', true));
    expect(describeImport(createRecord('learner-1', at(1)), many).summary).toBe('This file adds 2 quiz attempts.');
  });
});
