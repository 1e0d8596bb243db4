import { describe, expect, it } from 'vitest';
import { describeLessonProgress } from '../../../../src/lib/record/describe-lesson-progress';
import { createRecord, lessonQuizId, type Attempt } from '../../../../src/lib/record/learner-record';
import { addAttempt, addFeedback, completeLesson, recordVisit } from '../../../../src/lib/record/record-actions';

const at = (n: number) => `2025-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const empty = createRecord('learner-1', at(1));
const quizAttempt = (id: string, day: number, passed: boolean, slug = 'alt'): Attempt => ({
  id,
  quizId: lessonQuizId(slug),
  startedAt: at(day),
  finishedAt: at(day),
  answers: {},
  score: passed ? 1 : 0.2,
  passed,
});

describe('describeLessonProgress for a lesson without a quiz', () => {
  it('offers "Mark this lesson complete" until the lesson is marked complete', () => {
    expect(describeLessonProgress(empty, 'alt', false)).toEqual({ visits: 0, canMarkComplete: true });
    const visited = recordVisit(empty, 'alt', at(2));
    expect(describeLessonProgress(visited, 'alt', false)).toEqual({ visits: 1, canMarkComplete: true });
    const done = completeLesson(visited, 'alt', at(3));
    expect(describeLessonProgress(done, 'alt', false)).toEqual({ visits: 1, completedAt: at(3), canMarkComplete: false });
  });

  it('ignores other lessons and a slug that names a prototype property', () => {
    const done = completeLesson(empty, 'captions', at(3));
    expect(describeLessonProgress(done, 'alt', false).completedAt).toBeUndefined();
    expect(describeLessonProgress(done, 'constructor', false)).toEqual({ visits: 0, canMarkComplete: true });
  });
});

describe('describeLessonProgress for a lesson with a quiz', () => {
  it('never offers marking complete, and completes when the quiz is first passed', () => {
    const marked = completeLesson(empty, 'alt', at(2));
    expect(describeLessonProgress(marked, 'alt', true)).toEqual({ visits: 1, canMarkComplete: false });
    const failed = addAttempt(marked, quizAttempt('a1', 3, false));
    expect(describeLessonProgress(failed, 'alt', true).completedAt).toBeUndefined();
    const passedTwice = addAttempt(addAttempt(failed, quizAttempt('a3', 6, true)), quizAttempt('a2', 4, true));
    expect(describeLessonProgress(passedTwice, 'alt', true)).toEqual({ visits: 1, completedAt: at(4), canMarkComplete: false });
  });

  it('does not count another lesson’s quiz or a competency check', () => {
    const record = addAttempt(addAttempt(empty, quizAttempt('a1', 3, true, 'captions')), { ...quizAttempt('a2', 3, true), quizId: 'check:alt' });
    expect(describeLessonProgress(record, 'alt', true).completedAt).toBeUndefined();
  });
});

describe('describeLessonProgress feedback', () => {
  it('shows the latest answer about this lesson', () => {
    let record = addFeedback(empty, { id: 'f1', lesson: 'alt', useful: false, at: at(2) });
    record = addFeedback(record, { id: 'f2', lesson: 'captions', useful: true, at: at(5) });
    expect(describeLessonProgress(record, 'alt', false).feedback).toEqual({ id: 'f1', lesson: 'alt', useful: false, at: at(2) });
    record = addFeedback(record, { id: 'f3', lesson: 'alt', useful: true, comment: 'Better on a second read.', at: at(4) });
    expect(describeLessonProgress(record, 'alt', false).feedback).toMatchObject({ id: 'f3', useful: true });
  });
});
