import type { Question } from '../../schemas/question';
import type { Answer } from './learner-record';

/** Whether one answer is right. A missing or mismatched answer is wrong, never an error. */
export function isCorrect(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && question.choices[answer.choice]?.correct === true;
    case 'multiple': {
      if (answer.type !== 'multiple') return false;
      const chosen = new Set(answer.choices);
      // An index the question lacks means a stale or tampered answer, not a right one.
      if ([...chosen].some((index) => !Object.hasOwn(question.choices, index))) return false;
      return question.choices.every((choice, index) => choice.correct === chosen.has(index));
    }
    case 'true-false':
      return answer.type === 'true-false' && answer.value === question.answer;
    case 'text': {
      if (answer.type !== 'text') return false;
      const given = normaliseText(answer.value);
      if (!given) return false;
      if (question.accept.some((accepted) => normaliseText(accepted) === given)) return true;
      return question.pattern !== undefined && safeTest(question.pattern, answer.value.trim());
    }
    case 'numeric':
      return answer.type === 'numeric' && Number.isFinite(answer.value) && Math.abs(answer.value - question.answer) <= question.tolerance + 1e-9;
    case 'order':
      return answer.type === 'order' && answer.items.length === question.items.length && answer.items.every((item, index) => item === index);
    case 'match':
      return answer.type === 'match' && answer.pairs.length === question.pairs.length && answer.pairs.every((right, left) => right === left);
  }
}

/** Score of a set of answers: the share right, and whether it reaches the pass mark. */
export function scoreQuiz(questions: readonly Question[], answers: Record<string, Answer>, passingScore: number): { score: number; passed: boolean; correct: number } {
  const correct = questions.filter((question) => isCorrect(question, answers[question.id])).length;
  const score = questions.length ? correct / questions.length : 0;
  return { score, passed: score + 1e-9 >= passingScore, correct };
}

/**
 * Trimmed, case-folded, inner white space collapsed: how text answers are compared. Lower-cased
 * without the reader's locale, so a Turkish browser does not turn "I" into "ı" and miss a match.
 */
export function normaliseText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'i').test(value);
  } catch {
    return false;
  }
}
