import type { Question } from '../../schemas/question';
import { error, quote, type Problem } from './problem';

/**
 * Checks the rules a quiz's shape cannot express: one right answer for `single`, at least one for
 * `multiple`, ids unique, order and match items complete and distinct, a pattern that compiles.
 */
export function checkQuestions(file: string, field: string, questions: readonly Question[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  questions.forEach((question, index) => {
    const at = `${field}[${index}]`;
    const earlier = seen.get(question.id);
    if (earlier !== undefined) {
      problems.push(error('duplicate-question-id', file, `${at}.id`, `question id "${question.id}" is used twice (also by ${field}[${earlier}]).`, 'Give each question its own id.'));
    } else seen.set(question.id, index);
    problems.push(...checkQuestion(file, at, question));
  });
  return problems;
}

function checkQuestion(file: string, at: string, question: Question): Problem[] {
  switch (question.type) {
    case 'single': {
      const correct = question.choices.filter((choice) => choice.correct).length;
      return correct === 1 ? duplicateTexts(file, `${at}.choices`, question.choices.map((choice) => choice.text)) : [
        error('single-needs-one-correct', file, `${at}.choices`, `a "single" question needs exactly one choice with correct: true, this one has ${correct === 0 ? 'none' : correct}.`, correct === 0 ? 'Mark the right choice with correct: true.' : 'Keep one correct choice, or change the type to "multiple".'),
      ];
    }
    case 'multiple':
      return question.choices.some((choice) => choice.correct)
        ? duplicateTexts(file, `${at}.choices`, question.choices.map((choice) => choice.text))
        : [error('multiple-needs-correct', file, `${at}.choices`, 'a "multiple" question needs at least one choice with correct: true, this one has none.', 'Mark every right choice with correct: true.')];
    case 'text':
      return question.pattern === undefined || compiles(question.pattern) ? [] : [
        error('invalid-pattern', file, `${at}.pattern`, `${quote(question.pattern)} is not a valid regular expression.`, 'Fix the expression, or list the answers in accept instead.'),
      ];
    case 'order':
      return duplicateTexts(file, `${at}.items`, question.items);
    case 'match':
      return [...duplicateTexts(file, `${at}.pairs (left)`, question.pairs.map((pair) => pair.left)), ...duplicateTexts(file, `${at}.pairs (right)`, question.pairs.map((pair) => pair.right))];
    default:
      return [];
  }
}

function duplicateTexts(file: string, field: string, texts: readonly string[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const text of texts) {
    const key = text.trim().toLowerCase();
    if (seen.has(key)) problems.push(error('duplicate-option', file, field, `${quote(text)} appears twice, so two answers look the same.`, 'Make every option different.'));
    seen.add(key);
  }
  return problems;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

/** Checks a passing score lies between 0 and 1 (a common slip is writing 80 for 80 %). */
export function checkPassingScore(file: string, field: string, score: number | undefined): Problem[] {
  if (score === undefined || (score >= 0 && score <= 1)) return [];
  return [error('passing-score-range', file, field, `${score} is outside 0–1.`, score > 1 && score <= 100 ? `Write it as a share: ${score / 100}.` : 'Use a share between 0 and 1, e.g. 0.8.')];
}

/** Refuses a check that draws more questions than its pool holds. */
export function checkDraw(file: string, draw: number | undefined, poolSize: number): Problem[] {
  if (draw === undefined || draw <= poolSize) return [];
  return [error('draw-exceeds-pool', file, 'draw', `draws ${draw} questions but the pool has ${poolSize}.`, `Lower draw to ${poolSize} or add questions.`)];
}

