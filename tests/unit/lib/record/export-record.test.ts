import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName } from '../../../../src/lib/record/export-record';
import { createRecord } from '../../../../src/lib/record/learner-record';
import { parseImportFile } from '../../../../src/lib/record/parse-import';
import { addAttempt, completeLesson, rateConfidence } from '../../../../src/lib/record/record-actions';

const now = '2025-03-14T23:30:00.000Z';
const context = { siteId: 'adc-academy', siteUrl: 'https://example.org/adc/', contentVersion: '5090569', now };
const record = rateConfidence(
  addAttempt(completeLesson(createRecord('learner-1', '2025-03-01T08:00:00.000Z'), 'alt-text-basics', '2025-03-02T08:00:00.000Z'), {
    id: 'a1', quizId: 'check:text-alternatives', startedAt: '2025-03-03T08:00:00.000Z', finishedAt: '2025-03-03T08:05:00.000Z',
    answers: { q1: { type: 'order', items: [0, 1] } }, score: 1, passed: true,
  }),
  'text-alternatives', 'after', 4, '2025-03-03T08:06:00.000Z',
);

describe('buildExport', () => {
  it('wraps the record with its format, version, site, content version and export time', () => {
    expect(buildExport(record, context)).toEqual({
      format: 'micropath-learner-record',
      version: 1,
      site: { id: 'adc-academy', url: 'https://example.org/adc/' },
      contentVersion: '5090569',
      exportedAt: now,
      record,
    });
  });

  it('gives back the same record when its file is imported', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(buildExport(record, context), null, 2));
    expect(parseImportFile(bytes, { siteId: 'adc-academy' })).toEqual({ ok: true, file: buildExport(record, context), record, warnings: [] });
  });
});

describe('exportFileName', () => {
  it('names the file after the site and the UTC day of export', () => {
    expect(exportFileName('adc-academy', now)).toBe('micropath-adc-academy-2025-03-14.json');
  });

  it('uses the UTC day for a time given with an offset', () => {
    expect(exportFileName('adc-academy', '2025-03-15T00:30:00+01:00')).toBe('micropath-adc-academy-2025-03-14.json');
  });
});
