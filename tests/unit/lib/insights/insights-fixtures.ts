import { checkContent } from '../../../../src/lib/checks/check-content';
import { buildInsightsModel, type InsightsModel } from '../../../../src/lib/insights/insights-model';
import { buildPortal } from '../../../../src/lib/portal/build-portal';
import { buildExport } from '../../../../src/lib/record/export-record';
import { checkQuizId, createRecord, lessonQuizId, type Answer, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { addAttempt, addFeedback, completeLesson, rateConfidence, recordVisit } from '../../../../src/lib/record/record-actions';
import { edit, readFixtureFiles, toRawContent } from '../../../helpers/content-files';

/**
 * The valid content fixture, with 1 CE credit on its certificate: area-one › skill-a (path
 * lesson-one, with quiz q-one "Which is first?" One ✓ / Two; then lesson-two) and skill-b (path
 * lesson-three); skill-a's check holds c-one (true-false, answer true, pass mark 0.5).
 */
export function fixtureModel(): InsightsModel {
  const files = edit(readFixtureFiles(), 'certifications/cert.yaml', 'competencies: [skill-a, skill-b]', 'competencies: [skill-a, skill-b]\nceCredits: 1');
  const { content } = checkContent(toRawContent(files));
  if (!content) throw new Error('the fixture content does not pass the checks');
  return buildInsightsModel(buildPortal(content), 'https://example.org/fixture/');
}

const q = (choice: number): Answer => ({ type: 'single', choice });
const c = (value: boolean): Answer => ({ type: 'true-false', value });

/** A finished attempt at `at`, scored as the quiz would (one question each). */
function attempt(record: LearnerRecord, id: string, quizId: string, answers: Record<string, Answer>, right: boolean, at: string): LearnerRecord {
  return addAttempt(record, { id, quizId, startedAt: at, finishedAt: at, answers, score: right ? 1 : 0, passed: right });
}

/**
 * Alice does everything: q-one wrong ("Two") then right, both skill-a lessons, lesson-three
 * (skill-b, January), then passes the check (March). Confident 2 → 4; finds lesson-one useful.
 */
export function alice(until = '2026-12-31'): LearnerRecord {
  const steps: [string, (record: LearnerRecord) => LearnerRecord][] = [
    ['2026-01-05T10:00:00.000Z', (r) => rateConfidence(r, 'skill-a', 'before', 2, '2026-01-05T10:00:00.000Z')],
    ['2026-01-05T10:05:00.000Z', (r) => attempt(recordVisit(r, 'lesson-one', '2026-01-05T10:01:00.000Z'), 'alice-1', lessonQuizId('lesson-one'), { 'q-one': q(1) }, false, '2026-01-05T10:05:00.000Z')],
    ['2026-01-05T10:10:00.000Z', (r) => attempt(r, 'alice-2', lessonQuizId('lesson-one'), { 'q-one': q(0) }, true, '2026-01-05T10:10:00.000Z')],
    ['2026-01-06T09:00:00.000Z', (r) => completeLesson(r, 'lesson-two', '2026-01-06T09:00:00.000Z')],
    ['2026-01-10T09:00:00.000Z', (r) => completeLesson(r, 'lesson-three', '2026-01-10T09:00:00.000Z')],
    ['2026-01-10T09:05:00.000Z', (r) => addFeedback(r, { id: 'alice-f1', lesson: 'lesson-one', useful: true, comment: 'Great start', at: '2026-01-10T09:05:00.000Z' })],
    ['2026-03-05T09:00:00.000Z', (r) => attempt(r, 'alice-3', checkQuizId('skill-a'), { 'c-one': c(true) }, true, '2026-03-05T09:00:00.000Z')],
    ['2026-03-05T09:10:00.000Z', (r) => rateConfidence(r, 'skill-a', 'after', 4, '2026-03-05T09:10:00.000Z')],
  ];
  return steps.filter(([at]) => at <= until).reduce((record, [, step]) => step(record), createRecord('alice', '2026-01-05T10:00:00.000Z'));
}

/** Bob fails the check ("False"), then gets q-one right first time and finishes skill-a's path; confident 3 → 3; lesson-one not useful. */
export function bob(): LearnerRecord {
  let record = createRecord('bob', '2026-02-01T08:00:00.000Z');
  record = rateConfidence(record, 'skill-a', 'before', 3, '2026-02-01T08:00:00.000Z');
  record = attempt(record, 'bob-1', checkQuizId('skill-a'), { 'c-one': c(false) }, false, '2026-02-01T08:10:00.000Z');
  record = attempt(record, 'bob-2', lessonQuizId('lesson-one'), { 'q-one': q(0) }, true, '2026-02-02T08:00:00.000Z');
  record = completeLesson(record, 'lesson-two', '2026-02-03T08:00:00.000Z');
  record = addFeedback(record, { id: 'bob-f1', lesson: 'lesson-one', useful: false, comment: 'Too short', at: '2026-02-03T08:05:00.000Z' });
  return rateConfidence(record, 'skill-a', 'after', 3, '2026-02-03T08:10:00.000Z');
}

/** Carol tests out of skill-a in March (the check passed, no lesson taken); confident 4 before. */
export function carol(): LearnerRecord {
  let record = createRecord('carol', '2026-03-20T12:00:00.000Z');
  record = rateConfidence(record, 'skill-a', 'before', 4, '2026-03-20T12:00:00.000Z');
  return attempt(record, 'carol-1', checkQuizId('skill-a'), { 'c-one': c(true) }, true, '2026-03-20T12:05:00.000Z');
}

/** An export file of a record, as the progress page downloads it. */
export function exportOf(record: LearnerRecord, exportedAt: string, name = `${record.learnerId}-${exportedAt.slice(0, 10)}.json`, siteId = 'fixture-portal') {
  const file = buildExport(record, { siteId, siteUrl: 'https://example.org/fixture/', contentVersion: 'test', now: exportedAt });
  return { name, bytes: new TextEncoder().encode(JSON.stringify(file, null, 2)) };
}

/** The three members' exports, made on 1 April 2026. */
export function threeMembers() {
  return [exportOf(alice(), '2026-04-01T00:00:00.000Z'), exportOf(bob(), '2026-04-01T00:00:00.000Z'), exportOf(carol(), '2026-04-01T00:00:00.000Z')];
}

/** The `now` of every aggregation in these tests. */
export const NOW = '2026-04-02T00:00:00.000Z';
