import { describe, expect, it } from 'vitest';
import {
  formatImportReport,
  type ImportReport,
} from '../../../../src/lib/standards/format-import-report';
import { planImport } from '../../../../src/lib/standards/plan-import';

const competencies = [
  { id: 'area', source: 's', data: { title: 'Area', order: 1, summary: 'S.' } },
  { id: 'skill', source: 's', data: { title: 'Skill', parent: 'area', order: 1, summary: 'S.' } },
];

function report(read: (path: string) => string | undefined, options: Partial<ImportReport> = {}) {
  return formatImportReport({
    source: 'file.json',
    read: '2 CFItems',
    plan: planImport(competencies, 'content/competencies', read),
    notes: [{ kind: 'sequenceNumber written as text: read as a number', count: 2 }],
    sections: [{ heading: 'Suggested prerequisites:', lines: ['area → skill'] }],
    force: false,
    dryRun: false,
    untouched: 0,
    ...options,
  });
}

describe('formatImportReport', () => {
  it('counts the files, lists normalisations with counts and the extra sections, then says what was written', () => {
    expect(report(() => undefined)).toEqual({
      ok: true,
      text: [
        'Read 2 CFItems from file.json: 2 competencies (1 area), 2 new, 0 unchanged, 0 changed.',
        '',
        'Normalised (count × what):',
        '     2 × sequenceNumber written as text: read as a number',
        '',
        'Suggested prerequisites:',
        '  area → skill',
        '',
        'Wrote 2 files. Run npm run check, map lessons to the new competencies, and credit the source in site.yaml (attribution) as its licence asks.',
      ].join('\n'),
    });
  });

  it('writes nothing and asks for --force when an existing file differs', () => {
    const { ok, text } = report((path) => (path.endsWith('skill.yaml') ? 'edited' : undefined), {
      untouched: 3,
    });
    expect(ok).toBe(false);
    expect(text).toContain('3 other competency files in the folder are left as they are.');
    expect(text.split('\n').slice(-3)).toEqual([
      'Nothing was written: 1 file already exists with different content:',
      '  content/competencies/skill.yaml',
      'Pass --force to overwrite it (edits made in it are lost), or import into another folder with --out <folder>.',
    ]);
  });

  it('overwrites with --force and says so; a dry run writes nothing', () => {
    const edited = (path: string) => (path.endsWith('skill.yaml') ? 'edited' : undefined);
    expect(report(edited, { force: true }).text).toMatch(/Wrote 2 files, overwriting 1\./);
    expect(report(edited, { force: true, dryRun: true }).text).toMatch(
      /Dry run: nothing was written; without --dry-run 2 files would be written\.$/,
    );
  });
});
