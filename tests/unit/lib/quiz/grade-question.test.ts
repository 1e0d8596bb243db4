import { describe, expect, it } from 'vitest';
import { describeOutcome, gradeQuestion } from '../../../../src/lib/quiz/grade-question';
import { match, multiple, numeric, order, single, text } from './fixtures';

describe('gradeQuestion', () => {
  it('says a right answer is correct, with the feedback of the chosen option', () => {
    expect(gradeQuestion(single, { type: 'single', choice: 1 })).toEqual({
      outcome: 'correct',
      chosen: [{ text: 'b', correct: true, feedback: 'b feedback' }],
      missed: 0,
    });
  });

  it('gives the feedback of every chosen option of a multiple choice, and counts the right ones missed', () => {
    expect(gradeQuestion(multiple, { type: 'multiple', choices: [1, 0] })).toEqual({
      outcome: 'wrong',
      chosen: [
        { text: 'a', correct: true, feedback: 'a feedback' },
        { text: 'b', correct: false, feedback: 'b feedback' },
      ],
      missed: 1,
    });
  });

  it('marks a question left alone as unanswered', () => {
    expect(gradeQuestion(text, { type: 'text', value: ' ' })).toEqual({ outcome: 'unanswered', chosen: [], missed: 0 });
    expect(gradeQuestion(match, { type: 'match', pairs: [undefined, undefined, undefined] }).outcome).toBe('unanswered');
  });

  it('marks a started but incomplete answer as wrong and says why', () => {
    expect(gradeQuestion(match, { type: 'match', pairs: [0, undefined, 2] })).toMatchObject({ outcome: 'wrong', note: '1 item was left unmatched.' });
    expect(gradeQuestion(match, { type: 'match', pairs: [0, undefined, undefined] })).toMatchObject({ note: '2 items were left unmatched.' });
    expect(gradeQuestion(numeric, { type: 'numeric', value: 'about four' })).toMatchObject({ outcome: 'wrong', note: '"about four" is not a number.' });
  });

  it('grades an order question by its current arrangement', () => {
    expect(gradeQuestion(order, { type: 'order', items: [0, 1, 2] }).outcome).toBe('correct');
    expect(gradeQuestion(order, { type: 'order', items: [1, 0, 2] }).outcome).toBe('wrong');
  });
});

describe('describeOutcome', () => {
  it('puts each verdict in words, never in colour alone', () => {
    expect(['correct', 'wrong', 'unanswered'].map((outcome) => describeOutcome(outcome as never))).toEqual(['Correct', 'Not quite', 'Not answered']);
  });
});
