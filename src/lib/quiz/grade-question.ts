import type { Question } from '../../schemas/question';
import { isCorrect } from '../record/score-answer';
import { buildAnswer, type FieldState } from './build-answer';

/** How one question went: right, wrong, or left unanswered (which also counts as wrong). */
export type QuestionOutcome = 'correct' | 'wrong' | 'unanswered';

/** A chosen option and what the author says about it. */
export interface ChosenFeedback {
  text: string;
  correct: boolean;
  feedback: string;
}

/** The verdict on one question and everything the page says about it. */
export interface QuestionGrade {
  outcome: QuestionOutcome;
  /** Why a started answer could not count, e.g. an item left unmatched. */
  note?: string;
  /** The options the learner picked (single and multiple choice), in the author's order. */
  chosen: ChosenFeedback[];
  /** Multiple choice: right options the learner did not pick. */
  missed: number;
}

/** Grades one question from the form state, with the feedback of the chosen options. */
export function gradeQuestion(question: Question, state: FieldState | undefined): QuestionGrade {
  const answer = buildAnswer(question, state);
  const chosen: ChosenFeedback[] = [];
  if (answer?.type === 'single' && (question.type === 'single' || question.type === 'multiple')) chosen.push(...pick(question.choices, [answer.choice]));
  if (answer?.type === 'multiple' && (question.type === 'single' || question.type === 'multiple')) chosen.push(...pick(question.choices, answer.choices));
  const missed = answer?.type === 'multiple' && question.type === 'multiple' ? question.choices.filter((choice, index) => choice.correct && !answer.choices.includes(index)).length : 0;
  if (answer) return { outcome: isCorrect(question, answer) ? 'correct' : 'wrong', chosen, missed };
  const note = startedButIncomplete(state);
  return note ? { outcome: 'wrong', note, chosen, missed } : { outcome: 'unanswered', chosen, missed };
}

/** The verdict in words, as each question shows it. */
export function describeOutcome(outcome: QuestionOutcome): string {
  return { correct: 'Correct', wrong: 'Not quite', unanswered: 'Not answered' }[outcome];
}

function pick(choices: readonly { text: string; correct: boolean; feedback: string }[], indices: readonly number[]): ChosenFeedback[] {
  return indices.flatMap((index) => {
    const choice = choices[index];
    return choice ? [{ text: choice.text, correct: choice.correct, feedback: choice.feedback }] : [];
  });
}

function startedButIncomplete(state: FieldState | undefined): string | undefined {
  if (state?.type === 'match' && state.pairs.some((right) => right !== undefined)) {
    const missing = state.pairs.filter((right) => right === undefined).length;
    return `${missing} item${missing === 1 ? ' was' : 's were'} left unmatched.`;
  }
  if (state?.type === 'numeric' && state.value.trim()) return `"${state.value.trim()}" is not a number.`;
  return undefined;
}
