import { FEEDBACK_COMMENT_MAX, type Attempt, type ConfidenceRating, type LearnerRecord, type LessonFeedback, type LessonProgress } from './learner-record';
import { UNSAFE_KEYS } from './record-problem';

/*
 * What a learner does, as pure functions: each takes the record and returns a new one, leaving the
 * input untouched, or the same record when nothing changes (so a store can skip the write).
 * Times are given (`now`, ISO date-time) so the functions stay pure.
 */

/**
 * Counts a visit to a lesson: the first creates its progress, later ones move `lastVisitedAt`.
 * Throws a RangeError for a slug of `__proto__`, `constructor` or `prototype` (as completeLesson does).
 */
export function recordVisit(record: LearnerRecord, slug: string, now: string): LearnerRecord {
  const lesson = lessonOf(record, slug);
  const next: LessonProgress = lesson
    ? { ...lesson, firstVisitedAt: min(lesson.firstVisitedAt, now), lastVisitedAt: max(lesson.lastVisitedAt, now), visits: lesson.visits + 1 }
    : { firstVisitedAt: now, lastVisitedAt: now, visits: 1 };
  return withLesson(record, slug, next);
}

/**
 * Marks a lesson complete. The earliest completion is kept, so completing again changes nothing.
 * Completing a lesson never visited counts as its first visit. (A lesson with a quiz counts as
 * complete only once its quiz is passed; computeMastery decides that, not this.)
 */
export function completeLesson(record: LearnerRecord, slug: string, now: string): LearnerRecord {
  const lesson = lessonOf(record, slug);
  if (lesson?.firstCompletedAt !== undefined && lesson.firstCompletedAt <= now) return record;
  const base: LessonProgress = lesson ?? { firstVisitedAt: now, lastVisitedAt: now, visits: 1 };
  return withLesson(record, slug, { ...base, firstCompletedAt: now });
}

/** Adds a finished attempt; one whose id the record already holds is ignored. */
export function addAttempt(record: LearnerRecord, attempt: Attempt): LearnerRecord {
  if (record.attempts.some((existing) => existing.id === attempt.id)) return record;
  return { ...record, attempts: [...record.attempts, attempt] };
}

/**
 * Adds a confidence self-rating. Earlier ratings stay (the progress page shows before and after);
 * the latest per phase is the learner's current answer. Throws a RangeError unless `rating` is a
 * whole number from 1 to 5.
 */
export function rateConfidence(record: LearnerRecord, competency: string, phase: ConfidenceRating['phase'], rating: number, now: string): LearnerRecord {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new RangeError(`A confidence rating is a whole number from 1 to 5; received ${rating}.`);
  }
  if (phase !== 'before' && phase !== 'after') throw new RangeError(`A confidence rating's phase is "before" or "after"; received "${String(phase)}".`);
  return { ...record, confidence: [...record.confidence, { competency, phase, rating, at: now }] };
}

/**
 * Adds "was this useful?" feedback; a blank comment is dropped, one whose id is held is ignored.
 * Throws a RangeError for a comment longer than FEEDBACK_COMMENT_MAX: reading the record back
 * would refuse it, and the whole record with it.
 */
export function addFeedback(record: LearnerRecord, feedback: LessonFeedback): LearnerRecord {
  if (record.feedback.some((existing) => existing.id === feedback.id)) return record;
  const { comment, ...rest } = feedback;
  const trimmed = comment?.trim();
  if (trimmed && trimmed.length > FEEDBACK_COMMENT_MAX) {
    throw new RangeError(`A feedback comment holds at most ${FEEDBACK_COMMENT_MAX} characters; received ${trimmed.length}.`);
  }
  return { ...record, feedback: [...record.feedback, trimmed ? { ...rest, comment: trimmed } : rest] };
}

function lessonOf(record: LearnerRecord, slug: string): LessonProgress | undefined {
  return Object.hasOwn(record.lessons, slug) ? record.lessons[slug] : undefined;
}

function withLesson(record: LearnerRecord, slug: string, lesson: LessonProgress): LearnerRecord {
  // Imports drop these keys, so a record holding one could never round-trip; and "__proto__" would set a prototype.
  if (UNSAFE_KEYS.has(slug)) throw new RangeError(`"${slug}" cannot be a lesson slug; rename the lesson file.`);
  return { ...record, lessons: { ...record.lessons, [slug]: lesson } };
}

const min = (x: string, y: string) => (x <= y ? x : y);
const max = (x: string, y: string) => (x >= y ? x : y);
