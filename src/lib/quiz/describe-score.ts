/** 0.75 → "75 %": whole percentages, as the pass mark is written. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** "You answered 3 of 4 correctly (75 %). The pass mark is 80 %." */
export function describeScore(correct: number, total: number, passingScore: number): string {
  const share = total ? correct / total : 0;
  return `You answered ${correct} of ${total} correctly (${formatPercent(share)}). The pass mark is ${formatPercent(passingScore)}.`;
}

/** The outcome of an attempt in a word or two: "Passed" or "Not passed yet". */
export function describePass(passed: boolean): string {
  return passed ? 'Passed' : 'Not passed yet';
}

/**
 * What the live region says once an attempt is checked: the outcome, the score, and what it means
 * (`note`, e.g. that a competency is now mastered). One sentence group, announced once.
 */
export function describeAttempt({ correct, total, passingScore, passed, note }: { correct: number; total: number; passingScore: number; passed: boolean; note?: string }): string {
  const next = passed ? '' : ' Read the feedback, then try again.';
  return `${describePass(passed)}. ${describeScore(correct, total, passingScore)}${note ? ` ${note}` : ''}${next}`;
}
