import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../../src/lib/record/export-record';
import { createRecord, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { parseImportFile } from '../../../../src/lib/record/parse-import';
import { addAttempt, addFeedback, completeLesson, rateConfidence, recordVisit } from '../../../../src/lib/record/record-actions';
import { buildShareExport, describeShare, restoreOwnLearnerId, shareFileName, sharePseudonym } from '../../../../src/lib/record/share-record';

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const context = { siteId: 'adc-academy', siteUrl: 'https://adc.example.org/', contentVersion: '2025-03-10', now: at(14) };
const keepAll = { omitComments: false, replaceLearnerId: false };
const hideAll = { omitComments: true, replaceLearnerId: true };

/** Two lessons (one complete), one attempt with two answers, a rating, and two feedback entries of which one has a comment. */
const record: LearnerRecord = [
  (r: LearnerRecord) => recordVisit(r, 'write-alt-text', at(2)),
  (r: LearnerRecord) => completeLesson(r, 'write-alt-text', at(2)),
  (r: LearnerRecord) => recordVisit(r, 'captions-that-work', at(3)),
  (r: LearnerRecord) => addAttempt(r, { id: 'a1', quizId: 'check:text-alternatives', startedAt: at(4), finishedAt: at(4), answers: { q1: { type: 'single', choice: 0 }, q2: { type: 'text', value: 'alt' } }, score: 0.5, passed: false }),
  (r: LearnerRecord) => rateConfidence(r, 'text-alternatives', 'before', 2, at(4)),
  (r: LearnerRecord) => addFeedback(r, { id: 'f1', lesson: 'write-alt-text', useful: true, comment: 'My manager is Jo Bloggs.', at: at(5) }),
  (r: LearnerRecord) => addFeedback(r, { id: 'f2', lesson: 'captions-that-work', useful: false, at: at(6) }),
].reduce((current, step) => step(current), createRecord('3b1d0c56-0d6e-4a4f-9a53-8f1a2c3d4e5f', at(1)));

const reimport = (file: unknown) => parseImportFile(new TextEncoder().encode(JSON.stringify(file, null, 2)), { siteId: 'adc-academy' });

describe('buildShareExport', () => {
  it('makes a file the import validator accepts, holding the shared record unchanged', () => {
    const file = buildShareExport(record, context, hideAll);
    expect(reimport(file)).toEqual({ ok: true, file, record: file.record, warnings: [] });
  });

  it('is the plain export when the learner leaves nothing out', () => {
    expect(buildShareExport(record, context, keepAll)).toEqual(buildExport(record, context));
  });

  it('leaves out the comments but keeps whether each lesson was useful', () => {
    const { feedback } = buildShareExport(record, context, { omitComments: true, replaceLearnerId: false }).record;
    expect(feedback).toEqual(record.feedback.map(({ id, lesson, useful, at: when }) => ({ id, lesson, useful, at: when })));
    expect(JSON.stringify(feedback)).not.toContain('Jo Bloggs');
  });

  it('replaces the learner id by a pseudonym that appears nowhere else in the file', () => {
    const file = buildShareExport(record, context, { omitComments: false, replaceLearnerId: true });
    expect(file.record.learnerId).toBe(sharePseudonym(record.learnerId, 'adc-academy'));
    expect(JSON.stringify(file)).not.toContain(record.learnerId);
    expect(file.record.attempts).toEqual(record.attempts);
  });

  it('does not change the record it is given', () => {
    const before = structuredClone(record);
    buildShareExport(record, context, hideAll);
    expect(record).toEqual(before);
  });
});

describe('sharePseudonym', () => {
  it('gives the same learner the same pseudonym on every share, so a repeat share replaces the last', () => {
    expect(sharePseudonym(record.learnerId, 'adc-academy')).toBe(sharePseudonym(record.learnerId, 'adc-academy'));
  });

  it('gives different learners, and the same learner on another site, different UUIDs', () => {
    const mine = sharePseudonym(record.learnerId, 'adc-academy');
    expect(mine).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sharePseudonym('another-learner', 'adc-academy')).not.toBe(mine);
    expect(sharePseudonym(record.learnerId, 'design-academy')).not.toBe(mine);
    expect(mine).not.toBe(record.learnerId);
  });
});

describe('shareFileName', () => {
  it('names the file after the site and the UTC day, marked as a share', () => {
    expect(shareFileName('adc-academy', '2025-03-15T00:30:00+01:00')).toBe('micropath-adc-academy-share-2025-03-14.json');
  });
});

describe('describeShare', () => {
  it('lists every kind of data in the file with its count, and what was left out', () => {
    const file = buildShareExport(record, context, hideAll);
    expect(describeShare(file, record, (iso) => `day ${iso.slice(8, 10)}`)).toEqual([
      '2 lessons you opened, with visit dates (1 marked complete).',
      '1 quiz attempt with 2 answers (typed answers word for word), their scores and dates.',
      '1 confidence rating (1 to 5, before or after a competency).',
      '2 lesson ratings (1 useful, 1 not useful).',
      'No comments: your 1 comment is left out.',
      `Not your learner id, but the pseudonym ${file.record.learnerId}: the same each time you share from this site, so a new share replaces the last one.`,
      'The site: adc-academy (https://adc.example.org/), content version 2025-03-10.',
      'When it was made: day 14.',
      'No name, email address or other contact details unless you typed them as an answer: Micropath never asks for them.',
    ]);
  });

  it('names the comments and the learner id when the learner keeps them', () => {
    const lines = describeShare(buildShareExport(record, context, keepAll), record);
    expect(lines).toContain('1 comment in your own words, as you wrote them.');
    expect(lines).toContain('No name, email address or other contact details unless you wrote them in a comment or a typed answer: Micropath never asks for them.');
    expect(lines).toContain(`Your learner id, ${record.learnerId}: the same id as in your own exports.`);
  });

  it('says there are no comments when none were written', () => {
    const empty = createRecord('learner-2', at(1));
    expect(describeShare(buildShareExport(empty, context, hideAll), empty)).toContain('No comments (you have written none).');
  });

  it('gives an imported share of this learner their own id back, and leaves anyone else\'s id alone', () => {
    const shared = buildShareExport(record, context, hideAll).record;
    expect(restoreOwnLearnerId(shared, record, context.siteId)).toEqual({ ...shared, learnerId: record.learnerId });
    const other = { ...record, learnerId: 'someone-else' };
    expect(restoreOwnLearnerId(shared, other, context.siteId)).toBe(shared);
    expect(restoreOwnLearnerId(shared, record, 'another-site')).toBe(shared);
  });
});
