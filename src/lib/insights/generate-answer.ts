import type { Question } from '../../schemas/question';
import type { Random } from '../bench/random';
import type { Answer } from '../record/learner-record';

/** The answer the grading accepts for a question (the first accepted text, the exact number, the authored order). */
export function generateRightAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: Math.max(0, question.choices.findIndex((choice) => choice.correct)) };
    case 'multiple':
      return { type: 'multiple', choices: question.choices.flatMap((choice, index) => (choice.correct ? [index] : [])) };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'text':
      return { type: 'text', value: question.accept[0]! };
    case 'numeric':
      return { type: 'numeric', value: question.answer };
    case 'order':
      return { type: 'order', items: question.items.map((_, index) => index) };
    case 'match':
      return { type: 'match', pairs: question.pairs.map((_, index) => index) };
  }
}

/**
 * A plausible wrong answer, as a learner might give it: a wrong option (favouring the first wrong
 * one, so a common mistake stands out), the other truth value, a near-miss number, two items swapped.
 */
export function generateWrongAnswer(question: Question, random: Random): Answer {
  switch (question.type) {
    case 'single': {
      const wrong = question.choices.flatMap((choice, index) => (choice.correct ? [] : [index]));
      return { type: 'single', choice: random.chance(0.6) ? wrong[0]! : random.pick(wrong) };
    }
    case 'multiple': {
      const right = generateRightAnswer(question) as Extract<Answer, { type: 'multiple' }>;
      const wrong = question.choices.flatMap((choice, index) => (choice.correct ? [] : [index]));
      // Either a wrong option ticked as well, or a right one missed.
      if (wrong.length && random.chance(0.7)) return { type: 'multiple', choices: [...right.choices, random.chance(0.6) ? wrong[0]! : random.pick(wrong)].sort((a, b) => a - b) };
      return { type: 'multiple', choices: right.choices.slice(1) };
    }
    case 'true-false':
      return { type: 'true-false', value: !question.answer };
    case 'text':
      return { type: 'text', value: random.pick(['not sure', 'I do not know', `${question.accept[0]!} maybe`]) };
    case 'numeric':
      return { type: 'numeric', value: question.answer + question.tolerance + random.pick([1, 2, -1]) };
    case 'order': {
      const items = question.items.map((_, index) => index);
      [items[0], items[1]] = [items[1]!, items[0]!];
      return { type: 'order', items };
    }
    case 'match': {
      const pairs = question.pairs.map((_, index) => index);
      [pairs[0], pairs[1]] = [pairs[1]!, pairs[0]!];
      return { type: 'match', pairs };
    }
  }
}
