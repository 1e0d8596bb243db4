import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../../../src/lib/record/learner-record';
import { isCorrect, normaliseText, scoreQuiz } from '../../../../src/lib/record/score-answer';
import type { Question } from '../../../../src/schemas/question';

const base = { prompt: 'Question?', explanation: 'Because.' };
const choice = (text: string, correct = false) => ({ text, correct, feedback: `${text} feedback` });

const single: Question = { ...base, id: 'single', type: 'single', choices: [choice('a'), choice('b', true), choice('c')] };
const multiple: Question = { ...base, id: 'multiple', type: 'multiple', choices: [choice('a', true), choice('b'), choice('c', true)] };
const trueFalse: Question = { ...base, id: 'true-false', type: 'true-false', answer: false };
const text: Question = { ...base, id: 'text', type: 'text', accept: ['alt text', 'Alternative Text'] };
const textWithPattern: Question = { ...text, id: 'text-pattern', pattern: 'alt(ernative)?[- ]?text' };
const numeric: Question = { ...base, id: 'numeric', type: 'numeric', answer: 4.5, tolerance: 0.1, unit: ':1' };
const exact: Question = { ...base, id: 'exact', type: 'numeric', answer: 0.3, tolerance: 0 };
const order: Question = { ...base, id: 'order', type: 'order', items: ['first', 'second', 'third'] };
const match: Question = {
  ...base,
  id: 'match',
  type: 'match',
  pairs: [
    { left: 'h1', right: 'page title' },
    { left: 'nav', right: 'navigation' },
    { left: 'main', right: 'main content' },
  ],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isCorrect', () => {
  it('accepts a single-choice answer only when the chosen option is the correct one', () => {
    expect(isCorrect(single, { type: 'single', choice: 1 })).toBe(true);
    expect(isCorrect(single, { type: 'single', choice: 0 })).toBe(false);
    expect(isCorrect(single, { type: 'single', choice: 7 })).toBe(false);
    expect(isCorrect(single, { type: 'single', choice: -1 })).toBe(false);
  });

  it('accepts a multiple-choice answer only when exactly the correct options are chosen, in any order', () => {
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 2] })).toBe(true);
    expect(isCorrect(multiple, { type: 'multiple', choices: [2, 0, 2] })).toBe(true);
    expect(isCorrect(multiple, { type: 'multiple', choices: [0] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 1, 2] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: [] })).toBe(false);
  });

  it('refuses a multiple-choice answer that also names an option the question does not have', () => {
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 2, 9] })).toBe(false);
  });

  it('compares a true/false answer with the statement’s truth value', () => {
    expect(isCorrect(trueFalse, { type: 'true-false', value: false })).toBe(true);
    expect(isCorrect(trueFalse, { type: 'true-false', value: true })).toBe(false);
  });

  it('accepts a text answer trimmed, case-folded and with inner white space collapsed', () => {
    expect(isCorrect(text, { type: 'text', value: '  ALT   Text ' })).toBe(true);
    expect(isCorrect(text, { type: 'text', value: 'alternative text' })).toBe(true);
    expect(isCorrect(text, { type: 'text', value: 'ＡＬＴ text' })).toBe(true);
    expect(isCorrect(text, { type: 'text', value: 'alt-text' })).toBe(false);
  });

  it('refuses an empty or blank text answer', () => {
    expect(isCorrect(text, { type: 'text', value: '' })).toBe(false);
    expect(isCorrect(text, { type: 'text', value: '   ' })).toBe(false);
  });

  it('also accepts a text answer the pattern matches as a whole, case-insensitively', () => {
    expect(isCorrect(textWithPattern, { type: 'text', value: ' Alt-Text ' })).toBe(true);
    expect(isCorrect(textWithPattern, { type: 'text', value: 'ALTERNATIVETEXT' })).toBe(true);
    expect(isCorrect(textWithPattern, { type: 'text', value: 'the alt text' })).toBe(false);
  });

  it('treats a pattern that is not a valid regular expression as matching nothing', () => {
    const broken: Question = { ...text, id: 'broken', pattern: 'alt(' };
    expect(isCorrect(broken, { type: 'text', value: 'alt(' })).toBe(false);
    expect(isCorrect(broken, { type: 'text', value: 'alt text' })).toBe(true);
  });

  it('compares text the same way whatever the reader’s locale (a Turkish browser lower-cases I to ı)', () => {
    const original = String.prototype.toLocaleLowerCase;
    vi.spyOn(String.prototype, 'toLocaleLowerCase').mockImplementation(function (this: string) {
      return original.call(this.replace(/I/g, 'ı'));
    });
    const title: Question = { ...text, id: 'title', accept: ['title'] };
    expect(isCorrect(title, { type: 'text', value: 'TITLE' })).toBe(true);
  });

  it('accepts a numeric answer within the tolerance on either side and refuses one beyond it', () => {
    expect(isCorrect(numeric, { type: 'numeric', value: 4.5 })).toBe(true);
    expect(isCorrect(numeric, { type: 'numeric', value: 4.6 })).toBe(true);
    expect(isCorrect(numeric, { type: 'numeric', value: 4.4 })).toBe(true);
    expect(isCorrect(numeric, { type: 'numeric', value: 4.61 })).toBe(false);
    expect(isCorrect(numeric, { type: 'numeric', value: 4.39 })).toBe(false);
  });

  it('accepts a numeric answer with no tolerance despite floating-point error, and refuses NaN and infinity', () => {
    expect(isCorrect(exact, { type: 'numeric', value: 0.1 + 0.2 })).toBe(true);
    expect(isCorrect(exact, { type: 'numeric', value: 0.31 })).toBe(false);
    expect(isCorrect(exact, { type: 'numeric', value: Number.NaN })).toBe(false);
    expect(isCorrect(numeric, { type: 'numeric', value: Number.POSITIVE_INFINITY })).toBe(false);
  });

  it('accepts an order answer only when the learner’s order is the author’s order', () => {
    expect(isCorrect(order, { type: 'order', items: [0, 1, 2] })).toBe(true);
    expect(isCorrect(order, { type: 'order', items: [1, 0, 2] })).toBe(false);
    expect(isCorrect(order, { type: 'order', items: [0, 1] })).toBe(false);
    expect(isCorrect(order, { type: 'order', items: [0, 1, 2, 3] })).toBe(false);
  });

  it('accepts a match answer only when every left item is paired with its own right item', () => {
    expect(isCorrect(match, { type: 'match', pairs: [0, 1, 2] })).toBe(true);
    expect(isCorrect(match, { type: 'match', pairs: [0, 2, 1] })).toBe(false);
    expect(isCorrect(match, { type: 'match', pairs: [0, 0, 0] })).toBe(false);
    expect(isCorrect(match, { type: 'match', pairs: [0, 1] })).toBe(false);
  });

  it('counts a missing answer or an answer of another type as wrong, never as an error', () => {
    expect(isCorrect(single, undefined)).toBe(false);
    expect(isCorrect(single, { type: 'multiple', choices: [1] })).toBe(false);
    expect(isCorrect(order, { type: 'match', pairs: [0, 1, 2] })).toBe(false);
  });
});

describe('scoreQuiz', () => {
  const questions = [single, multiple, trueFalse, text, numeric];
  const right: Record<string, Answer> = {
    single: { type: 'single', choice: 1 },
    multiple: { type: 'multiple', choices: [0, 2] },
    'true-false': { type: 'true-false', value: false },
    text: { type: 'text', value: 'alt text' },
    numeric: { type: 'numeric', value: 4.5 },
  };

  it('scores the share of questions answered correctly', () => {
    expect(scoreQuiz(questions, right, 0.8)).toEqual({ score: 1, passed: true, correct: 5 });
    expect(scoreQuiz(questions, {}, 0.8)).toEqual({ score: 0, passed: false, correct: 0 });
  });

  it('passes a score exactly at the passing score and fails one below it', () => {
    const fourOfFive = { ...right, numeric: { type: 'numeric', value: 9 } } satisfies Record<string, Answer>;
    expect(scoreQuiz(questions, fourOfFive, 0.8)).toEqual({ score: 0.8, passed: true, correct: 4 });
    expect(scoreQuiz([single, multiple, trueFalse], { ...right, single: { type: 'single', choice: 0 } }, 2 / 3).passed).toBe(true);
    expect(scoreQuiz([single, multiple, trueFalse], { ...right, single: { type: 'single', choice: 0 } }, 0.67).passed).toBe(false);
  });

  it('gives a quiz without questions a score of 0', () => {
    expect(scoreQuiz([], {}, 0.8)).toEqual({ score: 0, passed: false, correct: 0 });
  });
});

describe('normaliseText', () => {
  it('trims, collapses white space and lower-cases', () => {
    expect(normaliseText('  Skip\tTo \n Main  ')).toBe('skip to main');
  });
});
