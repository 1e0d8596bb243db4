import type { CompetencyMastery } from './compute-mastery';
import type { ConfidenceRating, LearnerRecord } from './learner-record';

/** The words for each point of the 1–5 confidence scale. */
export const CONFIDENCE_LEVELS = [
  { rating: 1, label: 'Not at all' },
  { rating: 2, label: 'Slightly' },
  { rating: 3, label: 'Somewhat' },
  { rating: 4, label: 'Fairly' },
  { rating: 5, label: 'Very' },
] as const;

/** What a competency page asks and shows of the learner's confidence. */
export interface ConfidenceView {
  /** The rating the page asks for now. */
  phase: ConfidenceRating['phase'];
  /** The latest rating saved for that phase, if any. */
  current?: ConfidenceRating;
  /** The latest rating from before the path, shown beside the "after" question for comparison. */
  before?: ConfidenceRating;
}

/**
 * Which self-rating a competency page asks for: "before" until the path is done, then "after".
 * The path is done when every lesson in it is complete, or when the competency is mastered (a
 * learner who tested out has nothing left to take), per `mastery` from computeMastery.
 */
export function describeConfidence(record: LearnerRecord, competency: string, mastery: CompetencyMastery | undefined): ConfidenceView {
  const done = mastery !== undefined && ((mastery.total > 0 && mastery.completed === mastery.total) || mastery.status === 'mastered');
  const phase = done ? 'after' : 'before';
  const before = latestRating(record, competency, 'before');
  const current = done ? latestRating(record, competency, 'after') : before;
  return { phase, ...(current ? { current } : {}), ...(done && before ? { before } : {}) };
}

/** "3 of 5, Somewhat": a rating in words. */
export function describeRating(rating: number): string {
  const label = CONFIDENCE_LEVELS.find((level) => level.rating === rating)?.label;
  return label ? `${rating} of 5, ${label}` : `${rating} of 5`;
}

function latestRating(record: LearnerRecord, competency: string, phase: ConfidenceRating['phase']): ConfidenceRating | undefined {
  return record.confidence
    .filter((rating) => rating.competency === competency && rating.phase === phase)
    .reduce<ConfidenceRating | undefined>((latest, rating) => (!latest || rating.at >= latest.at ? rating : latest), undefined);
}
