import { describe, expect, it } from 'vitest';
import { pickHardest } from '../../../../src/lib/insights/build-insights';
import type { QuestionInsight } from '../../../../src/lib/insights/insights';

const question = (questionId: string, answered: number, correctFirst: number): QuestionInsight => ({
  quizId: 'lesson:a',
  quizTitle: 'A',
  kind: 'lesson',
  lesson: 'a',
  competency: 'c',
  questionId,
  prompt: questionId,
  type: 'single',
  answered,
  correctFirst,
  correctFirstRate: answered ? correctFirst / answered : null,
  commonWrong: null,
});

describe('pickHardest', () => {
  it('puts the lowest first-attempt rate first; on a tie the more answered, then display order', () => {
    const questions = [question('half-of-2', 2, 1), question('none-right', 3, 0), question('half-of-10', 10, 5), question('all-right', 4, 4), question('half-of-2-later', 2, 1)];
    expect(pickHardest(questions).map((item) => item.questionId)).toEqual(['none-right', 'half-of-10', 'half-of-2', 'half-of-2-later', 'all-right']);
  });

  it('leaves out questions nobody answered and keeps at most the limit', () => {
    const questions = [question('unanswered', 0, 0), ...Array.from({ length: 12 }, (_, index) => question(`q${index}`, 12, index))];
    const hardest = pickHardest(questions);
    expect(hardest).toHaveLength(10);
    expect(hardest.map((item) => item.questionId)).not.toContain('unanswered');
    expect(hardest[0]!.questionId).toBe('q0');
  });
});
