import { describe, expect, it } from 'vitest';
import { describeWrongAnswer } from '../../../../src/lib/insights/describe-wrong-answer';
import { match, multiple, numeric, order, single, text, trueFalse } from '../quiz/fixtures';

describe('describeWrongAnswer', () => {
  it('names the chosen option of a single choice', () => {
    expect(describeWrongAnswer(single, { type: 'single', choice: 2 })).toEqual(['c']);
  });

  it('names each wrong option ticked in a multiple choice, and nothing for a right one only missed', () => {
    expect(describeWrongAnswer(multiple, { type: 'multiple', choices: [3, 0, 1] })).toEqual(['b', 'd']);
    expect(describeWrongAnswer(multiple, { type: 'multiple', choices: [0] })).toEqual([]);
  });

  it('names the wrong truth value', () => {
    expect(describeWrongAnswer(trueFalse, { type: 'true-false', value: true })).toEqual(['True']);
  });

  it('writes a text answer as grading compares it, and nothing for a blank one', () => {
    expect(describeWrongAnswer(text, { type: 'text', value: '  Alt   TAG ' })).toEqual(['alt tag']);
    expect(describeWrongAnswer(text, { type: 'text', value: '   ' })).toEqual([]);
  });

  it('writes a number with its unit', () => {
    expect(describeWrongAnswer(numeric, { type: 'numeric', value: 3 })).toEqual(['3:1']);
  });

  it('writes an order and a matching as the items the learner put together', () => {
    expect(describeWrongAnswer(order, { type: 'order', items: [1, 0, 2] })).toEqual(['second → first → third']);
    expect(describeWrongAnswer(match, { type: 'match', pairs: [1, 0, 2] })).toEqual(['h1 → navigation; nav → page title; main → main content']);
  });

  it('names nothing for an answer of another type than the question', () => {
    expect(describeWrongAnswer(single, { type: 'true-false', value: true })).toEqual([]);
  });
});
