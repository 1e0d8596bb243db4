import type { Question } from '../../schemas/question';
import { drawQuestions } from './draw-questions';
import { shuffleWith, type Random } from './random';

/** One question of an attempt and the order its parts are shown in (indices into the author's lists). */
export interface PlannedQuestion {
  question: Question;
  /** `single`/`multiple`: choices in display order; the author's order unless the quiz shuffles. */
  choiceOrder: number[];
  /** `order`: the items as first shown; never the right order. */
  itemOrder: number[];
  /** `match`: the right-hand options in display order; never the right order. */
  optionOrder: number[];
}

/** How an attempt is put together. */
export interface PlanOptions {
  /** Shuffle choice order (the author's `shuffle: true`). */
  shuffle?: boolean;
  /** How many questions to draw from the pool; all when absent. */
  draw?: number;
}

/**
 * The questions of one attempt: drawn from the pool, with choices shuffled only when the author
 * asked, and order items and match options always shuffled away from the right order.
 */
export function planAttempt(pool: readonly Question[], { shuffle = false, draw }: PlanOptions, random: Random): PlannedQuestion[] {
  return drawQuestions(pool, draw, random).map((question) => {
    const indices = (length: number) => Array.from({ length }, (_, index) => index);
    const choices = question.type === 'single' || question.type === 'multiple' ? indices(question.choices.length) : [];
    return {
      question,
      choiceOrder: shuffle ? shuffleWith(choices, random) : choices,
      itemOrder: question.type === 'order' ? shuffleWith(indices(question.items.length), random, { notInOrder: true }) : [],
      optionOrder: question.type === 'match' ? shuffleWith(indices(question.pairs.length), random, { notInOrder: true }) : [],
    };
  });
}
