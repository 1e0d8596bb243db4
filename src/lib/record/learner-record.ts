/**
 * The learner record: everything Micropath knows about one learner, kept in their browser only.
 *
 * Persisted as one JSON document in localStorage under `micropath:<site.id>`:
 *
 *   { version: 1, learnerId, createdAt,
 *     lessons:    { <slug>: { firstVisitedAt, lastVisitedAt, visits, firstCompletedAt? } },
 *     attempts:   [{ id, quizId: "lesson:<slug>" | "check:<competency>", startedAt, finishedAt,
 *                    answers: { <questionId>: Answer }, score (0–1), passed }],
 *     confidence: [{ competency, phase: "before" | "after", rating 1–5, at }],
 *     feedback:   [{ id, lesson, useful, comment?, at }] }
 *
 * Lifecycle: created on the first visit to a lesson or quiz; every action returns a new record;
 * mastery is derived from it, never stored. Migrations turn any older version into the current one
 * (see migrate-record.ts); a newer version is refused, never guessed at.
 */

/** The current version of the persisted shape. */
export const RECORD_VERSION = 1;

/** What a learner answered to one question. */
export type Answer =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'text'; value: string }
  | { type: 'numeric'; value: number }
  | { type: 'order'; items: number[] }
  | { type: 'match'; pairs: number[] };

/** Progress through one lesson. */
export interface LessonProgress {
  firstVisitedAt: string;
  lastVisitedAt: string;
  visits: number;
  /** When the lesson was first completed (ISO date-time); earliest wins on merge. */
  firstCompletedAt?: string;
}

/** One finished attempt at a lesson quiz or a competency check. */
export interface Attempt {
  /** Random id; merging deduplicates by it. */
  id: string;
  /** `lesson:<slug>` or `check:<competency>`. */
  quizId: string;
  startedAt: string;
  finishedAt: string;
  answers: Record<string, Answer>;
  /** Share of questions answered correctly, 0–1. */
  score: number;
  passed: boolean;
}

/** A self-rating of confidence in a competency. */
export interface ConfidenceRating {
  competency: string;
  phase: 'before' | 'after';
  /** 1 (not at all confident) to 5 (very confident). */
  rating: number;
  at: string;
}

/** The longest feedback comment a record holds, in UTF-16 code units (as `maxlength` counts). */
export const FEEDBACK_COMMENT_MAX = 2000;

/** "Was this lesson useful?" */
export interface LessonFeedback {
  id: string;
  lesson: string;
  useful: boolean;
  comment?: string;
  at: string;
}

/** The whole record. */
export interface LearnerRecord {
  version: typeof RECORD_VERSION;
  /** Random id, shared only when the learner exports. */
  learnerId: string;
  createdAt: string;
  lessons: Record<string, LessonProgress>;
  attempts: Attempt[];
  confidence: ConfidenceRating[];
  feedback: LessonFeedback[];
}

/** A new, empty record. `id` and `now` are given so the function stays pure. */
export function createRecord(learnerId: string, now: string): LearnerRecord {
  return { version: RECORD_VERSION, learnerId, createdAt: now, lessons: {}, attempts: [], confidence: [], feedback: [] };
}

/** The quiz id of a lesson's quiz. */
export const lessonQuizId = (slug: string) => `lesson:${slug}`;
/** The quiz id of a competency check. */
export const checkQuizId = (competency: string) => `check:${competency}`;
