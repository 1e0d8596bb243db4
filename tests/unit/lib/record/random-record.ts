import type { Answer, Attempt, ConfidenceRating, LearnerRecord, LessonFeedback, LessonProgress } from '../../../../src/lib/record/learner-record';

/**
 * A seeded generator of valid learner records for property tests. Values come from small pools so
 * that records overlap: shared lessons, attempts with the same id (sometimes with other content),
 * equal dates. Each record is in the form merging produces (attempts, ratings and feedback sorted,
 * ids unique), so merging one with itself must give it back unchanged.
 */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  const date = () => `2025-0${1 + int(3)}-1${int(10)}T0${int(10)}:00:00.000Z`;
  const dates = (count: number) => Array.from({ length: count }, date).sort();
  const some = <T>(max: number, make: () => T) => Array.from({ length: int(max + 1) }, make);

  const answer = (): Answer =>
    pick<() => Answer>([
      () => ({ type: 'single', choice: int(4) }),
      () => ({ type: 'multiple', choices: some(3, () => int(4)) }),
      () => ({ type: 'true-false', value: chance(0.5) }),
      () => ({ type: 'text', value: pick(['alt text', 'ALT', '']) }),
      () => ({ type: 'numeric', value: pick([4.5, 3, -1]) }),
      () => ({ type: 'order', items: pick([[0, 1, 2], [2, 1, 0]]) }),
      () => ({ type: 'match', pairs: pick([[0, 1], [1, 0]]) }),
    ])();

  const lesson = (): LessonProgress => {
    const [first, last, completed] = dates(3) as [string, string, string];
    return { firstVisitedAt: first, lastVisitedAt: last, visits: 1 + int(5), ...(chance(0.5) ? { firstCompletedAt: completed } : {}) };
  };

  const attempt = (id: string): Attempt => {
    const [startedAt, finishedAt] = dates(2) as [string, string];
    const score = pick([0, 0.5, 0.8, 1]);
    return {
      id,
      quizId: pick(['lesson:a', 'lesson:b', 'check:c1', 'check:c2']),
      startedAt,
      finishedAt,
      answers: Object.fromEntries(some(2, () => [pick(['q1', 'q2', 'q3']), answer()])),
      score,
      passed: score >= 0.8,
    };
  };

  const rating = (): ConfidenceRating => ({ competency: pick(['c1', 'c2']), phase: pick(['before', 'after'] as const), rating: 1 + int(5), at: date() });

  const feedback = (id: string): LessonFeedback => ({ id, lesson: pick(['a', 'b', 'c']), useful: chance(0.5), ...(chance(0.5) ? { comment: pick(['Clear.', 'Too long']) } : {}), at: date() });

  /** A random record in merged form. */
  const record = (): LearnerRecord => {
    const lessons: Record<string, LessonProgress> = {};
    for (const slug of ['a', 'b', 'c', 'd']) if (chance(0.5)) lessons[slug] = lesson();
    const ids = (prefix: string, pool: number) => [...new Set(some(4, () => `${prefix}${int(pool)}`))];
    const ratings = new Map(some(4, rating).map((item) => [`${item.competency}|${item.phase}|${item.at}|${item.rating}`, item]));
    const byTime = <T extends { id?: string }>(time: (item: T) => string) => (x: T, y: T) => compare(time(x), time(y)) || compare(x.id ?? '', y.id ?? '');
    return {
      version: 1,
      learnerId: pick(['learner-a', 'learner-b']),
      createdAt: date(),
      lessons,
      attempts: ids('attempt-', 6).map(attempt).sort(byTime((item) => item.finishedAt)),
      confidence: [...ratings.values()].sort((x, y) => compare(x.at, y.at) || compare(x.competency, y.competency) || compare(x.phase, y.phase) || x.rating - y.rating),
      feedback: ids('feedback-', 4).map(feedback).sort(byTime((item) => item.at)),
    };
  };

  return { record, int, pick };
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
