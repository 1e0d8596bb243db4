import type { Question } from '../../schemas/question';
import type { Answer } from '../record/learner-record';
import type { ActivityDefinition, InteractionComponent, InteractionType } from './xapi-statement';

/** Response items are joined with `[,]`, matching pairs with `[.]`, numeric ranges with `[:]` (xAPI 1.0.3). */
const LIST = '[,]';
const PAIR = '[.]';
const RANGE = '[:]';

const INTERACTION_TYPES: Record<Question['type'], InteractionType> = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  text: 'fill-in',
  numeric: 'numeric',
  order: 'sequencing',
  match: 'matching',
};

/** The component id of the author's item at `index` (`choice-2`, `source-0`, `target-1`). */
const componentId = (list: 'choice' | 'source' | 'target', index: number) => `${list}-${index}`;

/**
 * The interaction part of a question's activity definition: its type, the author's lists as
 * components (ids from the author's order, which stored answers index into) and the right response.
 */
export function describeInteraction(question: Question, language: string): Pick<ActivityDefinition, 'interactionType' | 'correctResponsesPattern' | 'choices' | 'source' | 'target'> {
  const components = (list: 'choice' | 'source' | 'target', texts: readonly string[]): InteractionComponent[] => texts.map((text, index) => ({ id: componentId(list, index), description: { [language]: text } }));
  const interactionType = INTERACTION_TYPES[question.type];
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.choices.flatMap((choice, index) => (choice.correct ? [componentId('choice', index)] : []));
      return { interactionType, choices: components('choice', question.choices.map((choice) => choice.text)), correctResponsesPattern: [right.join(LIST)] };
    }
    case 'true-false':
      return { interactionType, correctResponsesPattern: [String(question.answer)] };
    case 'text':
      // Answers are compared case-insensitively; a `pattern`, and a text xAPI would split, have no xAPI form and are left out.
      return { interactionType, correctResponsesPattern: question.accept.filter(isPlainFillIn).map((accepted) => `{case_matters=false}${accepted}`) };
    case 'numeric':
      return {
        interactionType,
        correctResponsesPattern: [question.tolerance > 0 ? `${formatNumber(question.answer - question.tolerance)}${RANGE}${formatNumber(question.answer + question.tolerance)}` : formatNumber(question.answer)],
      };
    case 'order':
      return { interactionType, choices: components('choice', question.items), correctResponsesPattern: [question.items.map((_, index) => componentId('choice', index)).join(LIST)] };
    case 'match':
      return {
        interactionType,
        source: components('source', question.pairs.map((pair) => pair.left)),
        target: components('target', question.pairs.map((pair) => pair.right)),
        correctResponsesPattern: [question.pairs.map((_, index) => `${componentId('source', index)}${PAIR}${componentId('target', index)}`).join(LIST)],
      };
  }
}

/**
 * A stored answer in the question's xAPI response format, or undefined when it does not fit the
 * question as published now (another type, an index past the author's list, a choice twice, an order
 * missing an item: the content changed, or the record was edited).
 */
export function formatResponse(question: Question, answer: Answer): string | undefined {
  const within = (indices: readonly number[], length: number) => indices.every((index) => Number.isInteger(index) && index >= 0 && index < length);
  // Each item at most once (a choice) or exactly once (an arrangement of every item): anything else no published question produced.
  const distinct = (indices: readonly number[]) => new Set(indices).size === indices.length;
  switch (answer.type) {
    case 'single':
      return question.type === 'single' && within([answer.choice], question.choices.length) ? componentId('choice', answer.choice) : undefined;
    case 'multiple':
      return question.type === 'multiple' && within(answer.choices, question.choices.length) && distinct(answer.choices) ? answer.choices.map((index) => componentId('choice', index)).join(LIST) : undefined;
    case 'true-false':
      return question.type === 'true-false' ? String(answer.value) : undefined;
    case 'text':
      return question.type === 'text' ? answer.value : undefined;
    case 'numeric':
      return question.type === 'numeric' && Number.isFinite(answer.value) ? formatNumber(answer.value) : undefined;
    case 'order':
      return question.type === 'order' && answer.items.length === question.items.length && within(answer.items, question.items.length) && distinct(answer.items) ? answer.items.map((index) => componentId('choice', index)).join(LIST) : undefined;
    case 'match':
      return question.type === 'match' && answer.pairs.length === question.pairs.length && within(answer.pairs, question.pairs.length)
        ? answer.pairs.map((right, left) => `${componentId('source', left)}${PAIR}${componentId('target', right)}`).join(LIST)
        : undefined;
  }
}

/**
 * Whether `text` reads back as the one string it is in a fill-in response: xAPI joins several with
 * `[,]` and opens with `{lang=…}`-style tags, with no escape for either, so such a text cannot be sent.
 */
export function isPlainFillIn(text: string): boolean {
  return !text.includes(LIST) && !text.startsWith('{');
}

/** A number without binary noise (0.3 - 0.1 is written 0.2), as xAPI numeric responses expect. */
function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
