import { describe, expect, it } from 'vitest';
import {
  listAttempts,
  listConfidence,
  listFeedback,
  nameQuiz,
  type HistoryTitles,
} from '../../../../src/lib/charts/history-rows';
import { createRecord, type Attempt } from '../../../../src/lib/record/learner-record';
import { addAttempt, addFeedback, rateConfidence } from '../../../../src/lib/record/record-actions';

const titles: HistoryTitles = {
  lessons: { 'write-alt-text': 'Write alt text', 'captions-that-work': 'Captions that work' },
  competencies: {
    'text-alternatives': 'Text alternatives',
    'time-based-media': 'Time-based media',
  },
};
const at = (day: number, hour = 9) =>
  `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const attempt = (
  id: string,
  quizId: string,
  finishedAt: string,
  score: number,
  passed: boolean,
): Attempt => ({ id, quizId, startedAt: finishedAt, finishedAt, answers: {}, score, passed });
const empty = createRecord('learner', at(1));

describe('nameQuiz', () => {
  it('names lesson quizzes and competency checks by their titles', () => {
    expect(nameQuiz('lesson:write-alt-text', titles)).toBe('Quiz: Write alt text');
    expect(nameQuiz('check:text-alternatives', titles)).toBe('Competency check: Text alternatives');
  });

  it('names a quiz this site does not have by its id, never by an Object method', () => {
    expect(nameQuiz('lesson:gone', titles)).toBe('Quiz: gone (not on this site)');
    expect(nameQuiz('check:constructor', titles)).toBe(
      'Competency check: constructor (not on this site)',
    );
    expect(nameQuiz('survey:7', titles)).toBe('survey:7');
  });
});

describe('listAttempts', () => {
  it('lists every attempt newest first with its score in whole percent', () => {
    let record = addAttempt(empty, attempt('a1', 'lesson:write-alt-text', at(2), 0.4, false));
    record = addAttempt(record, attempt('a2', 'lesson:write-alt-text', at(3), 0.875, true));
    record = addAttempt(record, attempt('a3', 'check:time-based-media', at(2, 12), 1, true));
    expect(listAttempts(record, titles)).toEqual([
      { id: 'a2', finishedAt: at(3), quiz: 'Quiz: Write alt text', percent: 88, passed: true },
      {
        id: 'a3',
        finishedAt: at(2, 12),
        quiz: 'Competency check: Time-based media',
        percent: 100,
        passed: true,
      },
      { id: 'a1', finishedAt: at(2), quiz: 'Quiz: Write alt text', percent: 40, passed: false },
    ]);
  });
});

describe('listConfidence', () => {
  it('keeps the latest rating of each phase per competency, in framework order', () => {
    let record = rateConfidence(empty, 'time-based-media', 'before', 1, at(2));
    record = rateConfidence(record, 'text-alternatives', 'before', 2, at(2));
    record = rateConfidence(record, 'text-alternatives', 'before', 3, at(3));
    record = rateConfidence(record, 'text-alternatives', 'after', 5, at(4));
    expect(listConfidence(record, titles, ['text-alternatives', 'time-based-media'])).toEqual([
      { competency: 'text-alternatives', title: 'Text alternatives', before: 3, after: 5 },
      { competency: 'time-based-media', title: 'Time-based media', before: 1 },
    ]);
  });

  it('lists competencies this site does not have after the known ones', () => {
    let record = rateConfidence(empty, 'elsewhere', 'after', 4, at(2));
    record = rateConfidence(record, 'time-based-media', 'after', 2, at(2));
    expect(
      listConfidence(record, titles, ['text-alternatives', 'time-based-media']).map(
        (row) => row.title,
      ),
    ).toEqual(['Time-based media', 'elsewhere (not on this site)']);
  });
});

describe('listFeedback', () => {
  it('lists feedback newest first with the lesson title and any comment', () => {
    let record = addFeedback(empty, {
      id: 'f1',
      lesson: 'write-alt-text',
      useful: true,
      comment: 'Clear examples.',
      at: at(2),
    });
    record = addFeedback(record, {
      id: 'f2',
      lesson: 'captions-that-work',
      useful: false,
      at: at(3),
    });
    expect(listFeedback(record, titles)).toEqual([
      {
        id: 'f2',
        lesson: 'captions-that-work',
        title: 'Captions that work',
        useful: false,
        at: at(3),
      },
      {
        id: 'f1',
        lesson: 'write-alt-text',
        title: 'Write alt text',
        useful: true,
        comment: 'Clear examples.',
        at: at(2),
      },
    ]);
  });
});
