import { lessonQuizId, type LearnerRecord } from '../record/learner-record';
import type { StatementKit } from './statement-kit';
import type { XapiCatalog } from './xapi-catalog';
import type { XapiStatement } from './xapi-statement';
import { VERBS } from './xapi-vocabulary';

/**
 * One `experienced` per lesson visited (at the first visit) and one `completed` per lesson
 * completed. As on the progress page, a lesson with a quiz completes when its quiz is first passed;
 * one without, when the learner first marked it complete.
 */
export function buildLessonStatements(record: LearnerRecord, catalog: XapiCatalog, kit: StatementKit): XapiStatement[] {
  const firstPassed = new Map<string, string>();
  for (const attempt of record.attempts) {
    const earlier = firstPassed.get(attempt.quizId);
    if (attempt.passed && (!earlier || attempt.finishedAt < earlier)) firstPassed.set(attempt.quizId, attempt.finishedAt);
  }
  const statements: XapiStatement[] = [];
  for (const [slug, progress] of Object.entries(record.lessons)) {
    statements.push(kit.statement(`experienced:${slug}`, VERBS.experienced, kit.activities.lesson(slug), progress.firstVisitedAt));
  }
  const slugs = new Set([...Object.keys(record.lessons), ...Object.keys(catalog.model.lessons)]);
  for (const slug of slugs) {
    const hasQuiz = Object.hasOwn(catalog.model.lessons, slug) && catalog.model.lessons[slug]!.hasQuiz;
    const completedAt = hasQuiz ? firstPassed.get(lessonQuizId(slug)) : Object.hasOwn(record.lessons, slug) ? record.lessons[slug]!.firstCompletedAt : undefined;
    if (completedAt) statements.push(kit.statement(`completed:${slug}`, VERBS.completed, kit.activities.lesson(slug), completedAt, { result: { completion: true } }));
  }
  return statements;
}
