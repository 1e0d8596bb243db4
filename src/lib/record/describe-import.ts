import { computeMastery, type MasteryModel } from './compute-mastery';
import type { ConfidenceRating, LearnerRecord } from './learner-record';
import { mergeRecords } from './merge-records';

/** What merging an imported record into the current one would add, shown before the learner confirms. */
export interface ImportDescription {
  /** Lessons that become completed (an earlier date for a lesson already completed is not counted). */
  newCompletions: number;
  /** Lessons opened but not completed that the current record has never seen. */
  newVisitedLessons: number;
  /** Quiz and check attempts the current record does not hold. */
  newAttempts: number;
  /** Confidence ratings the current record does not hold. */
  newRatings: number;
  /** Lesson feedback the current record does not hold. */
  newFeedback: number;
  /** Competencies that would become mastered (empty without a model), in the model's order. */
  newlyMastered: string[];
  /** Certifications that would become earned (empty without a model), in the model's order. */
  newlyEarned: string[];
  /** Whether the import changes anything the learner can see. */
  changesAnything: boolean;
  /** One sentence for the confirmation dialog. */
  summary: string;
}

/**
 * Compares the current record with its merge with `incoming`, so the learner sees what an import
 * will change before anything changes. With a MasteryModel it also names the mastery it unlocks.
 */
export function describeImport(current: LearnerRecord, incoming: LearnerRecord, model?: MasteryModel): ImportDescription {
  const merged = mergeRecords(current, incoming);
  const ratingKey = (rating: ConfidenceRating) => `${rating.competency}|${rating.phase}|${rating.at}|${rating.rating}`;
  const countNew = <T>(before: T[], after: T[], key: (item: T) => string) => {
    const known = new Set(before.map(key));
    return new Set(after.map(key).filter((item) => !known.has(item))).size;
  };
  const newCompletions = Object.entries(merged.lessons).filter(
    ([slug, lesson]) => lesson.firstCompletedAt !== undefined && !(Object.hasOwn(current.lessons, slug) && current.lessons[slug]!.firstCompletedAt !== undefined),
  ).length;
  const newVisitedLessons = Object.entries(merged.lessons).filter(
    ([slug, lesson]) => lesson.firstCompletedAt === undefined && !Object.hasOwn(current.lessons, slug),
  ).length;
  const newAttempts = countNew(current.attempts, merged.attempts, (attempt) => attempt.id);
  const newRatings = countNew(current.confidence, merged.confidence, ratingKey);
  const newFeedback = countNew(current.feedback, merged.feedback, (item) => item.id);

  let newlyMastered: string[] = [];
  let newlyEarned: string[] = [];
  if (model) {
    const before = computeMastery(model, current);
    const after = computeMastery(model, merged);
    newlyMastered = Object.keys(model.competencies).filter((id) => after.competencies[id]!.status === 'mastered' && before.competencies[id]?.status !== 'mastered');
    newlyEarned = Object.keys(model.certifications).filter((id) => after.certifications[id]!.earned && !before.certifications[id]?.earned);
  }
  const counts = { newCompletions, newVisitedLessons, newAttempts, newRatings, newFeedback, newlyMastered, newlyEarned };
  const changesAnything = newCompletions + newVisitedLessons + newAttempts + newRatings + newFeedback + newlyMastered.length > 0;
  return { ...counts, changesAnything, summary: summarise(counts) };
}

function summarise(counts: Omit<ImportDescription, 'summary' | 'changesAnything'>): string {
  const parts = [
    plural(counts.newCompletions, 'completed lesson', 'completed lessons'),
    plural(counts.newVisitedLessons, 'lesson opened', 'lessons opened'),
    plural(counts.newAttempts, 'quiz attempt', 'quiz attempts'),
    plural(counts.newRatings, 'confidence rating', 'confidence ratings'),
    plural(counts.newFeedback, 'lesson feedback note', 'lesson feedback notes'),
  ].filter((part): part is string => part !== undefined);
  if (parts.length === 0) return 'This file adds nothing new: your record already holds everything in it.';
  const mastered = counts.newlyMastered.length
    ? `, and ${plural(counts.newlyMastered.length, 'competency becomes', 'competencies become')} mastered`
    : '';
  const earned = counts.newlyEarned.length ? ` (${plural(counts.newlyEarned.length, 'certification', 'certifications')} earned)` : '';
  return `This file adds ${list(parts)}${mastered}${earned}.`;
}

function plural(count: number, one: string, many: string): string | undefined {
  return count === 0 ? undefined : `${count} ${count === 1 ? one : many}`;
}

function list(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
