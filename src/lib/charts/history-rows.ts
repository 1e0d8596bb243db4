import type { LearnerRecord } from '../record/learner-record';

/** Titles to name quizzes and competencies by. */
export interface HistoryTitles {
  lessons: Readonly<Record<string, string>>;
  competencies: Readonly<Record<string, string>>;
}

/** One finished quiz or check, as the history table shows it. */
export interface AttemptRow {
  id: string;
  /** When it was finished (ISO date-time). */
  finishedAt: string;
  /** "Quiz: Write alt text", "Competency check: Text alternatives". */
  quiz: string;
  /** Score, 0–100. */
  percent: number;
  passed: boolean;
}

/** A competency's confidence ratings: the latest before and after the path, 1–5. */
export interface ConfidenceRow {
  competency: string;
  title: string;
  before?: number;
  after?: number;
}

/** One "was this useful?" answer. */
export interface FeedbackRow {
  id: string;
  lesson: string;
  title: string;
  useful: boolean;
  comment?: string;
  at: string;
}

/**
 * A quiz's name from its id (`lesson:<slug>` or `check:<competency>`). A quiz this site no longer
 * has (another site's import, a removed lesson) is named by its id rather than hidden.
 */
export function nameQuiz(quizId: string, titles: HistoryTitles): string {
  const [kind, id = ''] = splitOnce(quizId);
  if (kind === 'lesson')
    return `Quiz: ${titleOf(titles.lessons, id) ?? `${id} (not on this site)`}`;
  if (kind === 'check')
    return `Competency check: ${titleOf(titles.competencies, id) ?? `${id} (not on this site)`}`;
  return quizId;
}

/** Every attempt, newest first. */
export function listAttempts(record: LearnerRecord, titles: HistoryTitles): AttemptRow[] {
  return record.attempts
    .map((attempt) => ({
      id: attempt.id,
      finishedAt: attempt.finishedAt,
      quiz: nameQuiz(attempt.quizId, titles),
      percent: Math.round(attempt.score * 100),
      passed: attempt.passed,
    }))
    .sort((a, b) =>
      a.finishedAt < b.finishedAt ? 1 : a.finishedAt > b.finishedAt ? -1 : a.id.localeCompare(b.id),
    );
}

/** One row per rated competency, in `order` (competencies not in it follow, by id), with the latest rating of each phase. */
export function listConfidence(
  record: LearnerRecord,
  titles: HistoryTitles,
  order: readonly string[],
): ConfidenceRow[] {
  const latest = new Map<
    string,
    { before?: { rating: number; at: string }; after?: { rating: number; at: string } }
  >();
  for (const { competency, phase, rating, at } of record.confidence) {
    const entry = latest.get(competency) ?? {};
    const known = entry[phase];
    if (!known || at >= known.at) entry[phase] = { rating, at };
    latest.set(competency, entry);
  }
  const position = new Map(order.map((id, index) => [id, index]));
  return [...latest.keys()]
    .sort(
      (a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || a.localeCompare(b),
    )
    .map((competency) => {
      const entry = latest.get(competency)!;
      return {
        competency,
        title: titleOf(titles.competencies, competency) ?? `${competency} (not on this site)`,
        ...(entry.before ? { before: entry.before.rating } : {}),
        ...(entry.after ? { after: entry.after.rating } : {}),
      };
    });
}

/** Every piece of lesson feedback, newest first. */
export function listFeedback(record: LearnerRecord, titles: HistoryTitles): FeedbackRow[] {
  return record.feedback
    .map((item) => ({
      id: item.id,
      lesson: item.lesson,
      title: titleOf(titles.lessons, item.lesson) ?? `${item.lesson} (not on this site)`,
      useful: item.useful,
      ...(item.comment ? { comment: item.comment } : {}),
      at: item.at,
    }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id)));
}

function splitOnce(value: string): [string, string?] {
  const at = value.indexOf(':');
  return at === -1 ? [value] : [value.slice(0, at), value.slice(at + 1)];
}

function titleOf(map: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
