import type { Attempt, ConfidenceRating, LearnerRecord, LessonFeedback, LessonProgress } from './learner-record';

/**
 * Merges two records into one that holds everything either knew. Commutative, associative and
 * idempotent, so the order of imports and tabs never matters: sets are unions keyed by id,
 * earliest first times and completions win, latest last visits win, visit counts take the larger.
 */
export function mergeRecords(a: LearnerRecord, b: LearnerRecord): LearnerRecord {
  return {
    version: a.version,
    learnerId: minString(a.learnerId, b.learnerId),
    createdAt: minString(a.createdAt, b.createdAt),
    lessons: mergeLessons(a.lessons, b.lessons),
    attempts: unionBy([...a.attempts, ...b.attempts], (attempt) => attempt.id, compareAttempts),
    confidence: unionBy([...a.confidence, ...b.confidence], (rating) => `${rating.competency}|${rating.phase}|${rating.at}|${rating.rating}`, compareConfidence),
    feedback: unionBy([...a.feedback, ...b.feedback], (item) => item.id, compareFeedback),
  };
}

function mergeLessons(a: Record<string, LessonProgress>, b: Record<string, LessonProgress>): Record<string, LessonProgress> {
  const merged: Record<string, LessonProgress> = {};
  for (const slug of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    // Own keys only: a lesson slugged "constructor" must not meet Object.prototype.constructor.
    const x = Object.hasOwn(a, slug) ? a[slug] : undefined;
    const y = Object.hasOwn(b, slug) ? b[slug] : undefined;
    if (!x || !y) {
      merged[slug] = { ...(x ?? y)! };
      continue;
    }
    const completed = [x.firstCompletedAt, y.firstCompletedAt].filter((value): value is string => value !== undefined);
    merged[slug] = {
      firstVisitedAt: minString(x.firstVisitedAt, y.firstVisitedAt),
      lastVisitedAt: maxString(x.lastVisitedAt, y.lastVisitedAt),
      visits: Math.max(x.visits, y.visits),
      ...(completed.length ? { firstCompletedAt: completed.reduce(minString) } : {}),
    };
  }
  return merged;
}

/** Keeps one item per key; when two differ under one key, the smaller by `compare` wins (a total order keeps merging commutative). */
function unionBy<T>(items: T[], key: (item: T) => string, compare: (x: T, y: T) => number): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const existing = byKey.get(k);
    if (!existing || compare(item, existing) < 0) byKey.set(k, item);
  }
  return [...byKey.values()].sort(compare);
}

const compareAttempts = (x: Attempt, y: Attempt) => compareStrings(x.finishedAt, y.finishedAt) || compareStrings(x.id, y.id) || compareStrings(JSON.stringify(x), JSON.stringify(y));
const compareConfidence = (x: ConfidenceRating, y: ConfidenceRating) => compareStrings(x.at, y.at) || compareStrings(x.competency, y.competency) || compareStrings(x.phase, y.phase) || x.rating - y.rating;
// Under one id, the copy with a comment wins over one without (a share that left comments out).
const compareFeedback = (x: LessonFeedback, y: LessonFeedback) =>
  compareStrings(x.at, y.at) || compareStrings(x.id, y.id) || Number(y.comment !== undefined) - Number(x.comment !== undefined) || compareStrings(JSON.stringify(x), JSON.stringify(y));

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
function minString(x: string, y: string): string {
  return x <= y ? x : y;
}
function maxString(x: string, y: string): string {
  return x >= y ? x : y;
}
