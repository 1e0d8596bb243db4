/**
 * Migrations: any older record becomes the current version; a newer one is refused, never guessed at.
 *
 * Version 0, the pre-release shape (testers may still hold exports of it):
 *
 *   { version: 0, id: <learner id>,
 *     completed: { <lesson slug>: <ISO date-time> },
 *     attempts:  [{ quiz: <lesson slug> | "check:<competency>", at: <ISO date-time>,
 *                   score (0–1), passed, answers: { <question id>: Answer } }] }
 *
 * It had no visits, confidence ratings, feedback or creation time, and attempts had no id or start.
 * Migrating to version 1: each completion becomes a lesson visited once and completed then; a bare
 * lesson slug becomes `lesson:<slug>`; an attempt starts and finishes at `at`, and its id is
 * `v0:<quiz id>@<at>`, so importing the same old file twice adds nothing; the record was created at
 * its earliest date (or `now`, or the Unix epoch, when it holds none).
 *
 * Version 1 is described in learner-record.ts.
 */
import { RECORD_VERSION, type LearnerRecord } from './learner-record';
import { mergeRecords } from './merge-records';
import { readRecord } from './read-record';
import { RecordProblem, childPath, readArray, readDateTime, readKey, readObject, readString } from './record-problem';

/** The outcome of reading stored or imported record data. */
export type MigrateResult =
  | { ok: true; record: LearnerRecord; /** The version the data had, when it was older. */ migratedFrom?: number }
  | { ok: false; reason: 'newer-version' | 'invalid'; message: string };

/** One step per older version: MIGRATIONS[v] turns version v into version v + 1. */
const MIGRATIONS: Record<number, (data: Record<string, unknown>, now: string | undefined) => Record<string, unknown>> = {
  0: migrateV0,
};

/**
 * Reads untrusted data (a stored value, an imported record) as a current record: validates it,
 * migrates older versions step by step, refuses newer ones. `now` only dates an empty old record;
 * `subject` starts the message about a bad field ("The learner record is not valid at …").
 */
export function migrateRecord(data: unknown, options: { now?: string; subject?: string } = {}): MigrateResult {
  try {
    const object = readObject(data, '');
    const version = object.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      throw new RecordProblem('version', `a whole number from 0 to ${RECORD_VERSION}`, version);
    }
    if (version > RECORD_VERSION) return { ok: false, reason: 'newer-version', message: newerVersionMessage(version) };
    let current = object;
    for (let step = version; step < RECORD_VERSION; step++) current = MIGRATIONS[step]!(current, options.now);
    // Merging a record with itself drops repeated attempts and sorts it the way every merge does.
    const read = readRecord(current);
    const record = mergeRecords(read, read);
    return version < RECORD_VERSION ? { ok: true, record, migratedFrom: version } : { ok: true, record };
  } catch (error) {
    if (!(error instanceof RecordProblem)) throw error;
    return { ok: false, reason: 'invalid', message: error.describe(options.subject ?? 'The learner record') };
  }
}

/** Why a newer record cannot be read, and what the learner can do. */
export function newerVersionMessage(version: number): string {
  return (
    `This learner record is version ${version}, from a newer Micropath than this site, which reads records up to version ${RECORD_VERSION}. ` +
    'Reload the page in case the site has been updated since; if that does not help, ask the site’s maintainers to update it, or import an export made on this site.'
  );
}

function migrateV0(data: Record<string, unknown>, now: string | undefined): Record<string, unknown> {
  const learnerId = readString(data.id, 'id');
  const completedIn = readObject(data.completed, 'completed');
  const lessons: Record<string, unknown> = {};
  const dates: string[] = [];
  for (const slug of Object.keys(completedIn)) {
    const path = childPath('completed', slug);
    const at = readDateTime(completedIn[slug], path);
    lessons[readKey(slug, path)] = { firstVisitedAt: at, lastVisitedAt: at, visits: 1, firstCompletedAt: at };
    dates.push(at);
  }
  // Score, passed and answers keep their v0 names and paths, so readRecord reports them truly.
  const attempts = readArray(data.attempts, 'attempts').map((value, index) => {
    const path = childPath('attempts', index);
    const attempt = readObject(value, path);
    const quiz = readString(attempt.quiz, childPath(path, 'quiz'));
    const quizId = /^(?:lesson|check):/.test(quiz) ? quiz : `lesson:${quiz}`;
    const at = readDateTime(attempt.at, childPath(path, 'at'));
    dates.push(at);
    return { id: `v0:${quizId}@${at}`, quizId, startedAt: at, finishedAt: at, answers: attempt.answers, score: attempt.score, passed: attempt.passed };
  });
  const createdAt = dates.sort()[0] ?? now ?? new Date(0).toISOString();
  return { version: 1, learnerId, createdAt, lessons, attempts, confidence: [], feedback: [] };
}
