import type { Answer } from '../record/learner-record';
import type { Question } from '../../schemas/question';
import type { PlannedQuestion } from './plan-attempt';

/**
 * What the form holds for one question while the learner answers. Indices are into the author's
 * lists whatever order the page shows, so answers are stored and scored the same way every attempt.
 */
export type FieldState =
  | { type: 'single'; choice?: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'true-false'; value?: boolean }
  | { type: 'text'; value: string }
  | { type: 'numeric'; value: string }
  /** The items as arranged now, in display order. */
  | { type: 'order'; items: number[] }
  /** Per left item (author's order), the chosen right item, if any. */
  | { type: 'match'; pairs: (number | undefined)[] };

/** The untouched state of a planned question: nothing chosen, order items as first shown. */
export function createFieldState({ question, itemOrder }: PlannedQuestion): FieldState {
  switch (question.type) {
    case 'single':
      return { type: 'single' };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'true-false':
      return { type: 'true-false' };
    case 'text':
      return { type: 'text', value: '' };
    case 'numeric':
      return { type: 'numeric', value: '' };
    case 'order':
      return { type: 'order', items: itemOrder.slice() };
    case 'match':
      return { type: 'match', pairs: question.pairs.map(() => undefined) };
  }
}

/**
 * The Answer to store for a question, or undefined when it was not (fully) answered: nothing chosen,
 * blank text, text that is not a number, or a match with an item left unmatched. An order question
 * is always answered: its current arrangement is the answer.
 */
export function buildAnswer(question: Question, state: FieldState | undefined): Answer | undefined {
  if (!state || state.type !== question.type) return undefined;
  switch (state.type) {
    case 'single':
      return state.choice === undefined ? undefined : { type: 'single', choice: state.choice };
    case 'multiple':
      return state.choices.length ? { type: 'multiple', choices: [...new Set(state.choices)].sort((a, b) => a - b) } : undefined;
    case 'true-false':
      return state.value === undefined ? undefined : { type: 'true-false', value: state.value };
    case 'text': {
      const value = state.value.trim();
      return value ? { type: 'text', value } : undefined;
    }
    case 'numeric': {
      const value = parseNumber(state.value, question.type === 'numeric' ? question.unit : undefined);
      return value === undefined ? undefined : { type: 'numeric', value };
    }
    case 'order':
      return { type: 'order', items: state.items.slice() };
    case 'match':
      return state.pairs.every((right): right is number => right !== undefined) ? { type: 'match', pairs: state.pairs.slice() } : undefined;
  }
}

/** The answers of an attempt by question id, leaving out questions not answered. */
export function buildAnswers(plan: readonly PlannedQuestion[], fields: Readonly<Record<string, FieldState>>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const { question } of plan) {
    const answer = buildAnswer(question, fields[question.id]);
    if (answer) answers[question.id] = answer;
  }
  return answers;
}

/**
 * A number as a learner types it: surrounding space, a decimal comma ("4,5"), thin or normal spaces
 * between digit groups, and the question's unit typed after it ("3:1", "20 seconds") are accepted.
 * Anything else (hexadecimal, "1/2", words) is not a number.
 */
export function parseNumber(text: string, unit?: string): number | undefined {
  let value = text.trim();
  if (unit) {
    const bare = unit.trim().toLowerCase();
    if (bare && value.toLowerCase().endsWith(bare)) value = value.slice(0, value.length - bare.length).trim();
  }
  value = value.replace(/(?<=\d)[\s\u202f\u00a0](?=\d{3}\b)/g, '');
  if (/^[-+]?\d+,\d+$/.test(value)) value = value.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
