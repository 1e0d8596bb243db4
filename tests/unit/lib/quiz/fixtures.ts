import type { Question } from '../../../../src/schemas/question';

// One question of each type, small and named by what it is.
const base = { prompt: 'Question?', explanation: 'Because.' };
const choice = (text: string, correct = false) => ({ text, correct, feedback: `${text} feedback` });

export const single: Question = { ...base, id: 'single', type: 'single', choices: [choice('a'), choice('b', true), choice('c')] };
export const multiple: Question = { ...base, id: 'multiple', type: 'multiple', choices: [choice('a', true), choice('b'), choice('c', true), choice('d')] };
export const trueFalse: Question = { ...base, id: 'true-false', type: 'true-false', answer: false };
export const text: Question = { ...base, id: 'text', type: 'text', accept: ['alt text'] };
export const numeric: Question = { ...base, id: 'numeric', type: 'numeric', answer: 4.5, tolerance: 0, unit: ':1' };
export const order: Question = { ...base, id: 'order', type: 'order', items: ['first', 'second', 'third'] };
export const match: Question = {
  ...base,
  id: 'match',
  type: 'match',
  pairs: [
    { left: 'h1', right: 'page title' },
    { left: 'nav', right: 'navigation' },
    { left: 'main', right: 'main content' },
  ],
};

/** Every type once, in this order. */
export const everyType: Question[] = [single, multiple, trueFalse, text, numeric, order, match];

/** A generator that returns the given numbers in turn, for exact shuffles. */
export function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length]!;
}
