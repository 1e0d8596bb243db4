/**
 * What a competency check says beyond a lesson quiz: a returning learner's mastery, and whether a
 * pass made the competency mastered (tested out or after the path). Loaded by quiz-client.ts only
 * for a check, so a lesson page never pays for the mastery model.
 */
import { formatPercent } from '../lib/quiz/describe-score';
import { describeHistory, summariseAttempts } from '../lib/quiz/summarise-attempts';
import { computeMastery, type MasteryModel } from '../lib/record/compute-mastery';
import { describeMastery } from '../lib/record/describe-mastery';
import type { LearnerRecord } from '../lib/record/learner-record';

/** The check's history line: "Mastered (tested out) on …" once mastered, else the attempts so far. */
export function describeCheckHistory(record: LearnerRecord, quizId: string, competency: string, model: MasteryModel, day: (iso: string) => string): string {
  const summary = summariseAttempts(record.attempts, quizId);
  const standing = computeMastery(model, record).competencies[competency];
  if (standing?.status !== 'mastered' || !summary.passedAt) return describeHistory(summary, day, 'check');
  const when = standing.masteredAt ? ` on ${day(standing.masteredAt)}` : '';
  return `${describeMastery(standing)}${when}. Your best score on this check: ${formatPercent(summary.bestScore ?? 1)}.`;
}

/** After a passed attempt is recorded: what it means for the competency, if it is now mastered. */
export function describeCheckPass(record: LearnerRecord, competency: string, model: MasteryModel): string | undefined {
  const after = computeMastery(model, record).competencies[competency];
  if (after?.status !== 'mastered') return undefined;
  return after.testedOut ? 'Mastered (tested out): you showed this competency without taking the lessons.' : 'Mastered: you completed the path and passed its check.';
}
