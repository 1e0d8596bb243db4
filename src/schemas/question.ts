import { z } from 'astro/zod';
import { SlugSchema } from './common';

const QuestionBase = {
  /** Identifies the question within its quiz or check; learner answers are stored against it. */
  id: SlugSchema,
  /** The question as the learner reads it (plain text). */
  prompt: z.string().min(1),
  /** Why the right answer is right; shown after the learner answers. */
  explanation: z.string().min(1),
};

/** One answer option of a `single` or `multiple` question. */
export const ChoiceSchema = z
  .object({
    /** The option's text. */
    text: z.string().min(1),
    /** Marks a right answer. */
    correct: z.boolean().default(false),
    /** Shown when the learner picks this option: why it is right or wrong. */
    feedback: z.string().min(1),
  })
  .strict();

/** One question; `type` decides which other fields it has. */
export const QuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...QuestionBase, type: z.literal('single'), /** Options; exactly one is correct. */ choices: z.array(ChoiceSchema).min(2) }).strict(),
  z.object({ ...QuestionBase, type: z.literal('multiple'), /** Options; one or more are correct. */ choices: z.array(ChoiceSchema).min(2) }).strict(),
  z.object({ ...QuestionBase, type: z.literal('true-false'), /** The true statement's truth value. */ answer: z.boolean() }).strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('text'),
      /** Accepted answers, compared trimmed and case-insensitively. */
      accept: z.array(z.string().min(1)).min(1),
      /** Optional regular expression that also accepts an answer (case-insensitive). */
      pattern: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('numeric'),
      /** The right number. */
      answer: z.number(),
      /** How far an answer may be from `answer` and still count. */
      tolerance: z.number().nonnegative().default(0),
      /** Unit shown after the input, e.g. ":1" or "px". */
      unit: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('order'),
      /** The items in the right order; the page shows them shuffled. */
      items: z.array(z.string().min(1)).min(2),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('match'),
      /** Pairs to match; the learner picks each left item's right-hand partner. */
      pairs: z.array(z.object({ /** The prompt side. */ left: z.string().min(1), /** Its partner. */ right: z.string().min(1) }).strict()).min(2),
    })
    .strict(),
]);

/** The question types an editor may use. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'text', 'numeric', 'order', 'match'] as const;

/** A quiz at the end of a lesson. */
export const QuizSchema = z
  .object({
    /** Share of questions to answer correctly to pass, from 0 to 1. */
    passingScore: z.number().default(0.8),
    /** Shuffle choice order on each attempt. */
    shuffle: z.boolean().default(false),
    /** The questions, in the order shown. */
    questions: z.array(QuestionSchema).min(1),
  })
  .strict();

export type Question = z.output<typeof QuestionSchema>;
export type Choice = z.output<typeof ChoiceSchema>;
export type Quiz = z.output<typeof QuizSchema>;
