import type { LearnerRecord } from '../record/learner-record';
import { buildAttemptStatements } from './attempt-statements';
import { buildLessonStatements } from './lesson-statements';
import { buildMasteryStatements } from './mastery-statements';
import { createStatementKit } from './statement-kit';
import type { XapiCatalog, XapiSiteContext } from './xapi-catalog';
import type { XapiStatement } from './xapi-statement';

/** The statements of one record, and what could not be expressed because the content changed. */
export interface XapiExport {
  /** In time order (then by id), ready to serialise as a JSON array. */
  statements: XapiStatement[];
  /** Attempts at quizzes no longer published, and answers to questions no longer in their quiz. */
  leftOut: { attempts: number; answers: number };
}

/**
 * The learner record as xAPI 1.0.3 statements: lessons experienced and completed, each attempt
 * passed or failed with its answers, and competencies mastered. The same record always gives the
 * same statements, ids included.
 */
export function buildXapiStatements(record: LearnerRecord, catalog: XapiCatalog, context: XapiSiteContext): XapiExport {
  const kit = createStatementKit(record.learnerId, catalog, context);
  const statements = [...buildLessonStatements(record, catalog, kit)];
  const leftOut = { attempts: 0, answers: 0 };
  for (const attempt of record.attempts) {
    const entry = Object.hasOwn(catalog.quizzes, attempt.quizId) ? catalog.quizzes[attempt.quizId] : undefined;
    if (!entry) {
      leftOut.attempts++;
      continue;
    }
    const built = buildAttemptStatements(attempt, entry, kit);
    statements.push(...built.statements);
    leftOut.answers += built.leftOutAnswers;
  }
  statements.push(...buildMasteryStatements(record, catalog, kit));
  statements.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { statements, leftOut };
}

/** The download's name, `micropath-<site id>-xapi-<YYYY-MM-DD>.json`, dated by the UTC day of `now`. */
export function xapiFileName(siteId: string, now: string): string {
  return `micropath-${siteId}-xapi-${new Date(now).toISOString().slice(0, 10)}.json`;
}
