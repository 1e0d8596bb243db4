import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../../src/lib/quiz/format-day';
import { describeHistory, summariseAttempts } from '../../../../src/lib/quiz/summarise-attempts';
import type { Attempt } from '../../../../src/lib/record/learner-record';

const attempt = (id: string, quizId: string, finishedAt: string, score: number, passed: boolean): Attempt => ({ id, quizId, startedAt: finishedAt, finishedAt, answers: {}, score, passed });
const day = (iso: string) => iso.slice(0, 10);

describe('summariseAttempts', () => {
  it('counts one quiz’s attempts, keeps the best score and the first pass', () => {
    const attempts = [
      attempt('1', 'lesson:a', '2026-03-01T10:00:00.000Z', 0.5, false),
      attempt('2', 'lesson:a', '2026-03-04T10:00:00.000Z', 1, true),
      attempt('3', 'lesson:a', '2026-03-02T10:00:00.000Z', 0.75, true),
      attempt('4', 'lesson:b', '2026-02-01T10:00:00.000Z', 1, true),
    ];
    expect(summariseAttempts(attempts, 'lesson:a')).toEqual({ attempts: 3, bestScore: 1, passedAt: '2026-03-02T10:00:00.000Z' });
    expect(summariseAttempts(attempts, 'lesson:c')).toEqual({ attempts: 0 });
  });
});

describe('describeHistory', () => {
  it('tells a returning learner when they passed and their best score', () => {
    expect(describeHistory({ attempts: 2, bestScore: 1, passedAt: '2026-03-02T10:00:00.000Z' }, day)).toBe('Passed on 2026-03-02. Your best score: 100 % (2 attempts).');
    expect(describeHistory({ attempts: 1, bestScore: 0.5 }, day, 'check')).toBe('Not passed yet. Your best score: 50 % (1 attempt).');
    expect(describeHistory({ attempts: 0 }, day, 'check')).toBe('You have not taken this check yet.');
  });
});

describe('formatDay', () => {
  it('writes a day in the site’s language and keeps unreadable text as it is', () => {
    expect(formatDay('2026-03-02T10:00:00.000Z', 'en-GB')).toBe('2 March 2026');
    expect(formatDay('not a date', 'en')).toBe('not a date');
  });
});
