import type { Choice, Question } from '../../schemas/question';
import { PLACEHOLDER } from './placeholder';
import { error, quote, warning, type Problem } from './problem';

/** A quiz or competency check, as the item-quality rules need it. */
export interface QuizLintInput {
  /** The file, for messages. */
  file: string;
  /** Where the questions are in it: `quiz.questions` or `questions`. */
  field: string;
  questions: readonly Question[];
  /** Choices are shown in a new order on each attempt (`quiz.shuffle: true`). */
  shuffled?: boolean;
}

type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;

const ABOVE = /\b(all|none|both|neither) of the above\b|^(all|none) of (these|them|those)\.?$/i;
const EMPTY_FEEDBACK = /^(todo|tbd|tbc|fixme|xxx|n\/?a|\.+|…|-+|\?+)\.?$/i;
/** How much longer than every wrong choice a right one must be to count as "the longest". */
const LONGER_BY = 1.1;
/** Answers shorter than this ("Yes", "No", "A") occur in prompts by chance, so they are not matched. */
const MIN_ANSWER_LENGTH = 4;

/**
 * Item-writing rules for one quiz or check: no "all/none of the above", feedback that says
 * something on every choice, prompts asked once, no answer given away in its prompt, and the right
 * answer not usually the longest. Questions with shape errors are left to check-quiz.
 */
export function lintQuiz({ file, field, questions, shuffled = false }: QuizLintInput): Problem[] {
  const problems: Problem[] = [];
  const prompts = new Map<string, number>();
  questions.forEach((question, index) => {
    const at = `${field}[${index}]`;
    const key = normalise(question.prompt);
    const earlier = prompts.get(key);
    if (earlier === undefined) prompts.set(key, index);
    else problems.push(error('duplicate-prompt', file, `${at}.prompt`, `the prompt ${quote(question.prompt)} is also the prompt of ${field}[${earlier}].`, 'Ask something different, or remove one of the two questions.'));
    if (question.type === 'text') problems.push(...findGivenAway(file, at, question.prompt, question.accept, [], 'the accepted answer'));
    if ((question.type === 'single' || question.type === 'multiple') && isWellFormed(question)) problems.push(...lintChoices(file, at, question, shuffled));
  });
  return [...problems, ...findLongestCorrect(file, field, questions)];
}

function isWellFormed(question: ChoiceQuestion): boolean {
  const correct = question.choices.filter((choice) => choice.correct).length;
  const distinct = new Set(question.choices.map((choice) => normalise(choice.text))).size === question.choices.length;
  return distinct && (question.type === 'single' ? correct === 1 : correct > 0);
}

function lintChoices(file: string, at: string, question: ChoiceQuestion, shuffled: boolean): Problem[] {
  const problems: Problem[] = [];
  const right = question.choices.filter((choice) => choice.correct);
  const wrong = question.choices.filter((choice) => !choice.correct);
  question.choices.forEach((choice, index) => {
    const field = `${at}.choices[${index}]`;
    const above = ABOVE.exec(choice.text.trim());
    if (above) {
      const why = /^(none|neither)/i.test(above[0]) ? 'only tests whether learners can rule answers out, not whether they know the right one' : 'lets learners answer by spotting two right choices, without knowing the rest';
      const make = shuffled ? error : warning;
      problems.push(make('all-or-none-of-the-above', file, `${field}.text`, `the choice ${quote(choice.text)} ${why}${shuffled ? '; this quiz also shuffles its choices, so "above" points at nothing' : ''}.`, 'Make it a "multiple" question with each right choice marked, or replace it with a plausible wrong answer.'));
    }
    if (EMPTY_FEEDBACK.test(choice.feedback.trim()) || choice.feedback.trim() === '') {
      problems.push(error('empty-feedback', file, `${field}.feedback`, `the feedback of ${quote(choice.text)} is ${quote(choice.feedback)}, which tells the learner nothing.`, `Say why ${quote(choice.text)} is ${choice.correct ? 'right' : 'wrong'}.`));
    }
  });
  for (const choice of wrong) {
    const same = right.find((correct) => normalise(correct.feedback) === normalise(choice.feedback));
    if (same && !EMPTY_FEEDBACK.test(choice.feedback.trim())) {
      problems.push(error('feedback-same-as-correct', file, `${at}.choices[${question.choices.indexOf(choice)}].feedback`, `the wrong choice ${quote(choice.text)} has the same feedback as the correct choice ${quote(same.text)}: ${quote(choice.feedback)}.`, `Say why ${quote(choice.text)} is wrong.`));
    }
  }
  problems.push(...findSharedFeedback(file, at, question.choices, wrong));
  problems.push(...findGivenAway(file, at, question.prompt, right.map((choice) => choice.text), wrong.map((choice) => choice.text), 'the correct choice'));
  return problems;
}

/** Wrong choices that share one feedback text: it cannot say why each of them is wrong. */
function findSharedFeedback(file: string, at: string, all: readonly Choice[], wrong: readonly Choice[]): Problem[] {
  const groups = new Map<string, Choice[]>();
  for (const choice of wrong) if (!EMPTY_FEEDBACK.test(choice.feedback.trim())) groups.set(normalise(choice.feedback), [...(groups.get(normalise(choice.feedback)) ?? []), choice]);
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) =>
      warning('repeated-feedback', file, `${at}.choices[${all.indexOf(group[1]!)}].feedback`, `the wrong choices ${group.map((choice) => quote(choice.text)).join(' and ')} have the same feedback, ${quote(group[0]!.feedback)}.`, 'Give each wrong choice feedback that says why that choice is wrong.'),
    );
}

/** A right answer written word for word in its prompt, when no wrong answer is also there. */
function findGivenAway(file: string, at: string, prompt: string, answers: readonly string[], others: readonly string[], what: string): Problem[] {
  const text = normalise(prompt);
  const appears = (answer: string) => {
    const needle = normalise(answer).replace(/^["'“‘]+|["'”’.!?]+$/g, '');
    if (needle.length < MIN_ANSWER_LENGTH) return false;
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
  };
  // "Is it A or B?" names every option; that gives nothing away.
  if (others.some(appears)) return [];
  const found = answers.find(appears);
  return found === undefined ? [] : [error('answer-in-prompt', file, `${at}.prompt`, `${what} ${quote(found)} appears word for word in the prompt, so the question answers itself.`, 'Reword the prompt so it does not contain the answer.')];
}

/** Warns when, in most choice questions of a quiz, the longest choice is a right one. */
function findLongestCorrect(file: string, field: string, questions: readonly Question[]): Problem[] {
  const choiceQuestions = questions.flatMap((question, index) => ((question.type === 'single' || question.type === 'multiple') && isWellFormed(question) ? [{ question, index }] : []));
  const longest = (choices: readonly Choice[]) => Math.max(0, ...choices.map((choice) => choice.text.trim().length));
  // A few characters' difference is no cue: the right answer must stand out by LONGER_BY.
  const longestCorrect = choiceQuestions.filter(({ question }) => longest(question.choices.filter((choice) => choice.correct)) > LONGER_BY * longest(question.choices.filter((choice) => !choice.correct)));
  if (longestCorrect.length < 2 || longestCorrect.length * 2 <= choiceQuestions.length) return [];
  const where = longestCorrect.map(({ index }) => `[${index}]`).join(', ');
  return [warning('longest-answer-correct', file, field, `the longest choice is a correct one in ${longestCorrect.length} of ${choiceQuestions.length} choice questions (${where}); learners who guess the longest answer will pass.`, 'Make wrong choices as specific and as long as the right ones, or shorten the right ones.')];
}

/** Lower case, single spaces, no final punctuation: how prompts and answers are compared. */
export function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?…:]+$/, '');
}

/** A quiz or check to compare with the others for repeated prompts. */
export interface PromptSource {
  file: string;
  field: string;
  questions: readonly Question[];
}

/** Prompts asked again in another lesson or check: a warning on each repeat, naming the first. */
export function findRepeatedPrompts(sources: readonly PromptSource[]): Problem[] {
  const first = new Map<string, { file: string; at: string }>();
  const problems: Problem[] = [];
  for (const { file, field, questions } of sources) {
    const local = new Set<string>();
    questions.forEach((question, index) => {
      const key = normalise(question.prompt);
      // Scaffold placeholders are the same in every new lesson; placeholder-text covers them.
      if (question.prompt.includes(PLACEHOLDER)) return;
      const earlier = first.get(key);
      if (earlier && earlier.file !== file && !local.has(key)) {
        problems.push(warning('repeated-prompt', file, `${field}[${index}].prompt`, `the prompt ${quote(question.prompt)} is also asked in ${earlier.file} (${earlier.at}).`, 'Reword or replace one of them, so a learner who meets both is not answering from memory.'));
      } else if (!earlier) first.set(key, { file, at: `${field}[${index}]` });
      local.add(key);
    });
  }
  return problems;
}
