import type { Question } from '../../schemas/question';
import { normaliseText } from '../record/score-answer';
import type { Answer } from '../record/learner-record';

/**
 * The wrong options a wrong answer picked, as text to count: a single choice's text, each wrong
 * option a multiple choice ticked (none when the learner only missed a right one), the wrong
 * truth value, and for other types the whole answer rendered (text compared as grading compares it).
 * An answer of another type than the question (a stale record) names nothing.
 */
export function describeWrongAnswer(question: Question, answer: Answer): string[] {
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && question.choices[answer.choice] && !question.choices[answer.choice]!.correct ? [question.choices[answer.choice]!.text] : [];
    case 'multiple':
      if (answer.type !== 'multiple') return [];
      return [...new Set(answer.choices)].sort((a, b) => a - b).flatMap((index) => {
        const choice = question.choices[index];
        return choice && !choice.correct ? [choice.text] : [];
      });
    case 'true-false':
      return answer.type === 'true-false' ? [answer.value ? 'True' : 'False'] : [];
    case 'text': {
      const text = answer.type === 'text' ? normaliseText(answer.value) : '';
      return text ? [text] : [];
    }
    case 'numeric':
      if (answer.type !== 'numeric' || !Number.isFinite(answer.value)) return [];
      return [question.unit ? `${answer.value}${question.unit.startsWith(':') ? '' : ' '}${question.unit}` : String(answer.value)];
    case 'order':
      return answer.type === 'order' ? [answer.items.map((item) => question.items[item] ?? '?').join(' → ')] : [];
    case 'match':
      return answer.type === 'match' ? [answer.pairs.map((right, left) => `${question.pairs[left]?.left ?? '?'} → ${question.pairs[right]?.right ?? '?'}`).join('; ')] : [];
  }
}
