import type { Attempt } from '../record/learner-record';
import { formatPercent } from './describe-score';

/** A learner's history with one quiz, from their record. */
export interface AttemptSummary {
  attempts: number;
  /** Best score, 0–1, when there is any attempt. */
  bestScore?: number;
  /** When the quiz was first passed (ISO date-time). */
  passedAt?: string;
}

/** Counts the attempts at `quizId`, their best score and the first pass. */
export function summariseAttempts(attempts: readonly Attempt[], quizId: string): AttemptSummary {
  const summary: AttemptSummary = { attempts: 0 };
  for (const attempt of attempts) {
    if (attempt.quizId !== quizId) continue;
    summary.attempts++;
    summary.bestScore = Math.max(summary.bestScore ?? 0, attempt.score);
    if (attempt.passed && (!summary.passedAt || attempt.finishedAt < summary.passedAt)) summary.passedAt = attempt.finishedAt;
  }
  return summary;
}

/**
 * What a returning learner reads above a quiz: "Passed on 3 March 2026. Your best score: 100 %."
 * `formatDate` is given so the sentence follows the site's locale and stays testable.
 */
export function describeHistory(summary: AttemptSummary, formatDate: (iso: string) => string, noun = 'quiz'): string {
  if (summary.attempts === 0) return `You have not taken this ${noun} yet.`;
  const best = `Your best score: ${formatPercent(summary.bestScore ?? 0)}`;
  const tries = `${summary.attempts} attempt${summary.attempts === 1 ? '' : 's'}`;
  return summary.passedAt ? `Passed on ${formatDate(summary.passedAt)}. ${best} (${tries}).` : `Not passed yet. ${best} (${tries}).`;
}
