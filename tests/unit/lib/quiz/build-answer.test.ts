import { describe, expect, it } from 'vitest';
import { buildAnswer, buildAnswers, createFieldState, parseNumber, type FieldState } from '../../../../src/lib/quiz/build-answer';
import { planAttempt } from '../../../../src/lib/quiz/plan-attempt';
import { createSeededRandom } from '../../../../src/lib/quiz/random';
import { isCorrect } from '../../../../src/lib/record/score-answer';
import { everyType, match, multiple, numeric, order, single, text, trueFalse } from './fixtures';

describe('createFieldState', () => {
  it('starts every question unanswered, with order items as first shown', () => {
    const plan = planAttempt(everyType, {}, createSeededRandom('start'));
    const states = plan.map(createFieldState);
    expect(states.map((state) => buildAnswer(plan[states.indexOf(state)]!.question, state)?.type)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'order',
      undefined,
    ]);
    const orderState = states[5] as Extract<FieldState, { type: 'order' }>;
    expect(orderState.items).toEqual(plan[5]!.itemOrder);
    expect(orderState.items).not.toBe(plan[5]!.itemOrder);
  });
});

describe('buildAnswer', () => {
  it('builds the stored Answer of each type from the form, in author indices', () => {
    expect(buildAnswer(single, { type: 'single', choice: 1 })).toEqual({ type: 'single', choice: 1 });
    expect(buildAnswer(multiple, { type: 'multiple', choices: [2, 0, 2] })).toEqual({ type: 'multiple', choices: [0, 2] });
    expect(buildAnswer(trueFalse, { type: 'true-false', value: false })).toEqual({ type: 'true-false', value: false });
    expect(buildAnswer(text, { type: 'text', value: '  Alt text ' })).toEqual({ type: 'text', value: 'Alt text' });
    expect(buildAnswer(numeric, { type: 'numeric', value: '4,5' })).toEqual({ type: 'numeric', value: 4.5 });
    expect(buildAnswer(order, { type: 'order', items: [2, 0, 1] })).toEqual({ type: 'order', items: [2, 0, 1] });
    expect(buildAnswer(match, { type: 'match', pairs: [1, 0, 2] })).toEqual({ type: 'match', pairs: [1, 0, 2] });
  });

  it('gives answers that score right exactly when the form holds the right answer', () => {
    const right: FieldState[] = [
      { type: 'single', choice: 1 },
      { type: 'multiple', choices: [2, 0] },
      { type: 'true-false', value: false },
      { type: 'text', value: 'ALT TEXT' },
      { type: 'numeric', value: '4.5:1' },
      { type: 'order', items: [0, 1, 2] },
      { type: 'match', pairs: [0, 1, 2] },
    ];
    everyType.forEach((question, index) => expect(isCorrect(question, buildAnswer(question, right[index])), question.type).toBe(true));
  });

  it('leaves out what was not answered: nothing chosen, blank text, a non-number, a match with a gap', () => {
    expect(buildAnswer(single, { type: 'single' })).toBeUndefined();
    expect(buildAnswer(multiple, { type: 'multiple', choices: [] })).toBeUndefined();
    expect(buildAnswer(trueFalse, { type: 'true-false' })).toBeUndefined();
    expect(buildAnswer(text, { type: 'text', value: '   ' })).toBeUndefined();
    expect(buildAnswer(numeric, { type: 'numeric', value: 'four' })).toBeUndefined();
    expect(buildAnswer(match, { type: 'match', pairs: [0, undefined, 2] })).toBeUndefined();
  });

  it('ignores a state of another type instead of storing a mismatched answer', () => {
    expect(buildAnswer(single, { type: 'true-false', value: true })).toBeUndefined();
    expect(buildAnswer(single, undefined)).toBeUndefined();
  });
});

describe('buildAnswers', () => {
  it('keys answers by question id and leaves out unanswered questions', () => {
    const plan = planAttempt([single, text, order], {}, createSeededRandom('answers'));
    const answers = buildAnswers(plan, { single: { type: 'single', choice: 0 }, text: { type: 'text', value: '' }, order: { type: 'order', items: [1, 0, 2] } });
    expect(answers).toEqual({ single: { type: 'single', choice: 0 }, order: { type: 'order', items: [1, 0, 2] } });
  });
});

describe('parseNumber', () => {
  it.each([
    ['20', 20],
    [' 4.5 ', 4.5],
    ['4,5', 4.5],
    ['-3', -3],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1 000', 1000],
    ['3:1', 3],
  ])('reads "%s" as %d', (input, expected) => {
    expect(parseNumber(input, ':1')).toBe(expected);
  });

  it('reads a number followed by its unit', () => {
    expect(parseNumber('20 seconds', 'seconds')).toBe(20);
    expect(parseNumber('20 Seconds', 'seconds')).toBe(20);
  });

  it.each(['', '   ', 'four', '0x10', '1/2', '4.5.1', 'Infinity', 'NaN', '20 minutes'])('does not read "%s" as a number', (input) => {
    expect(parseNumber(input, 'seconds')).toBeUndefined();
  });
});
