import { describe, expect, it } from 'vitest';
import { describeAttempt, describePass, describeScore, formatPercent } from '../../../../src/lib/quiz/describe-score';

describe('describeScore', () => {
  it('states the score and the pass mark in words', () => {
    expect(describeScore(3, 4, 0.8)).toBe('You answered 3 of 4 correctly (75 %). The pass mark is 80 %.');
    expect(describeScore(5, 5, 0.75)).toBe('You answered 5 of 5 correctly (100 %). The pass mark is 75 %.');
  });

  it('rounds to whole percentages and survives an empty quiz', () => {
    expect(describeScore(1, 3, 2 / 3)).toBe('You answered 1 of 3 correctly (33 %). The pass mark is 67 %.');
    expect(describeScore(0, 0, 0.8)).toBe('You answered 0 of 0 correctly (0 %). The pass mark is 80 %.');
  });
});

describe('formatPercent and describePass', () => {
  it('write shares and outcomes as the page shows them', () => {
    expect(formatPercent(0.755)).toBe('76 %');
    expect(describePass(true)).toBe('Passed');
    expect(describePass(false)).toBe('Not passed yet');
  });
});

describe('describeAttempt', () => {
  it('is what the live region announces once: outcome, score, meaning', () => {
    expect(describeAttempt({ correct: 4, total: 4, passingScore: 0.75, passed: true, note: 'This lesson is now complete.' })).toBe(
      'Passed. You answered 4 of 4 correctly (100 %). The pass mark is 75 %. This lesson is now complete.',
    );
    expect(describeAttempt({ correct: 1, total: 4, passingScore: 0.75, passed: false })).toBe(
      'Not passed yet. You answered 1 of 4 correctly (25 %). The pass mark is 75 %. Read the feedback, then try again.',
    );
  });
});
