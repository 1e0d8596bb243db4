import { uuidV5 } from '../standards/uuid-v5';
import { buildExport, type ExportContext, type ExportFile } from './export-record';
import type { LearnerRecord } from './learner-record';

/** Fixed namespace of share pseudonyms; changing it would make every learner a new member to their association. */
export const SHARE_NAMESPACE = 'c107eaea-1910-430b-ae3e-5c45e5e81e31';

/** What the learner chose to leave out of a shared export. */
export interface ShareOptions {
  /** Drop the free-text comments of lesson feedback (the "useful or not" answers stay). */
  omitComments: boolean;
  /** Put the learner's pseudonym for this site (sharePseudonym) in place of their learner id. */
  replaceLearnerId: boolean;
}

/**
 * The learner's pseudonym on a site: UUIDv5 of the site id and learner id in a fixed namespace. It
 * looks random, is not the learner id and cannot be turned back into it, yet is the same every time
 * this learner shares from this site, so a repeat share replaces the earlier one at the association
 * instead of counting as a new member. Nothing extra is stored.
 */
export function sharePseudonym(learnerId: string, siteId: string): string {
  return uuidV5(`${siteId}\n${learnerId}`, SHARE_NAMESPACE);
}

/**
 * `incoming` with the learner's own id back when it carries their pseudonym (`current` is their
 * record): importing one's own share must not swap the learner id for it (a merge keeps the smaller).
 */
export function restoreOwnLearnerId(
  incoming: LearnerRecord,
  current: LearnerRecord,
  siteId: string,
): LearnerRecord {
  return incoming.learnerId === sharePseudonym(current.learnerId, siteId)
    ? { ...incoming, learnerId: current.learnerId }
    : incoming;
}

/** An export of the same format as buildExport's (it imports and aggregates like one), with the learner's choices applied. */
export function buildShareExport(
  record: LearnerRecord,
  context: ExportContext,
  options: ShareOptions,
): ExportFile {
  const shared: LearnerRecord = {
    ...record,
    learnerId: options.replaceLearnerId
      ? sharePseudonym(record.learnerId, context.siteId)
      : record.learnerId,
    feedback: options.omitComments
      ? record.feedback.map(({ comment: _comment, ...rest }) => rest)
      : record.feedback,
  };
  return buildExport(shared, context);
}

/** The file name of a shared export, `micropath-<site id>-share-<YYYY-MM-DD>.json` (UTC day of `now`). */
export function shareFileName(siteId: string, now: string): string {
  return `micropath-${siteId}-share-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * Exactly what a shared export holds, one plain sentence per kind of data, read from the file
 * itself; `original` is the record it was made from, to say what was left out.
 */
export function describeShare(
  file: ExportFile,
  original: LearnerRecord,
  formatDate: (iso: string) => string = (iso) => iso,
): string[] {
  const { record } = file;
  const lessons = Object.values(record.lessons);
  const completed = lessons.filter((lesson) => lesson.firstCompletedAt !== undefined).length;
  const answers = record.attempts.reduce(
    (total, attempt) => total + Object.keys(attempt.answers).length,
    0,
  );
  const useful = record.feedback.filter((entry) => entry.useful).length;
  const comments = record.feedback.filter(
    (entry) => entry.comment !== undefined && entry.comment !== '',
  ).length;
  const written = original.feedback.filter(
    (entry) => entry.comment !== undefined && entry.comment !== '',
  ).length;
  const replaced = record.learnerId !== original.learnerId;
  return [
    `${count(lessons.length, 'lesson')} you opened, with visit dates (${completed} marked complete).`,
    `${count(record.attempts.length, 'quiz attempt')} with ${count(answers, 'answer')} (typed answers word for word), their scores and dates.`,
    `${count(record.confidence.length, 'confidence rating')} (1 to 5, before or after a competency).`,
    `${count(record.feedback.length, 'lesson rating')} (${useful} useful, ${record.feedback.length - useful} not useful).`,
    comments > 0
      ? `${count(comments, 'comment')} in your own words, as you wrote them.`
      : written > 0
        ? `No comments: your ${count(written, 'comment')} ${written === 1 ? 'is' : 'are'} left out.`
        : 'No comments (you have written none).',
    replaced
      ? `Not your learner id, but the pseudonym ${record.learnerId}: the same each time you share from this site, so a new share replaces the last one.`
      : `Your learner id, ${record.learnerId}: the same id as in your own exports.`,
    `The site: ${file.site.id}${file.site.url ? ` (${file.site.url})` : ''}, content version ${file.contentVersion}.`,
    `When it was made: ${formatDate(file.exportedAt)}.`,
    // Said with care: a comment or a typed answer may hold whatever the learner wrote in it.
    comments > 0
      ? 'No name, email address or other contact details unless you wrote them in a comment or a typed answer: Micropath never asks for them.'
      : 'No name, email address or other contact details unless you typed them as an answer: Micropath never asks for them.',
  ];
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
