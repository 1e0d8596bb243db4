import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveCsvMapping } from '../../../../src/lib/standards/csv-mapping';
import { csvToCompetencies } from '../../../../src/lib/standards/csv-to-competencies';
import { createImportNotes } from '../../../../src/lib/standards/import-notes';
import { parseCsv } from '../../../../src/lib/standards/parse-csv';
import { sharedData } from '../../../helpers/standards';

function importCsv(text: string, flags = {}) {
  const notes = createImportNotes();
  const table = parseCsv(text);
  const { mapping } = resolveCsvMapping(table.header, flags);
  return {
    competencies: csvToCompetencies(table, mapping, 'file.csv', notes),
    notes: notes.list(),
  };
}

describe('csvToCompetencies on the real ESCO transversal skills file', () => {
  const { competencies, notes } = importCsv(
    readFileSync(sharedData('esco-transversal-skills-en.csv'), 'utf8'),
  );
  const byId = Object.fromEntries(competencies.map((competency) => [competency.id, competency]));
  const childrenOf = (id: string) =>
    competencies
      .filter((competency) => competency.data.parent === id)
      .map((competency) => competency.id);

  it('imports all 107 skills, 85 of them areas because their broader concepts are not in the file', () => {
    expect(competencies).toHaveLength(107);
    expect(new Set(competencies.map((competency) => competency.id)).size).toBe(107);
    expect(competencies.filter((competency) => !competency.data.parent)).toHaveLength(85);
  });

  it('builds the tree from broaderConceptUri where the parent is in the file, three levels deep, in file order', () => {
    expect(childrenOf('manage-data-information-and-digital-content')).toEqual([
      'use-databases',
      'store-digital-data-and-systems',
      'manage-digital-documents',
    ]);
    expect(childrenOf('use-databases')).toEqual([
      'use-an-application-specific-interface',
      'use-query-languages',
    ]);
    expect(childrenOf('search-for-information-online')).toEqual([
      'use-yahoo-search',
      'use-google-search',
      'use-bing',
      'use-swoogle',
    ]);
    expect(childrenOf('protect-ict-devices')).toHaveLength(7);
    expect(byId['use-bing']!.data.order).toBe(3);
    const parents = competencies
      .filter((competency) => competency.data.parent)
      .map((competency) => competency.data.parent!);
    expect(parents.every((parent) => byId[parent])).toBe(true);
    // Parents come before their children.
    const position = new Map(competencies.map((competency, index) => [competency.id, index]));
    expect(
      competencies.every(
        (competency) =>
          !competency.data.parent ||
          position.get(competency.data.parent)! < position.get(competency.id)!,
      ),
    ).toBe(true);
  });

  it('keeps the label as title, the description as summary, alternative labels and the ESCO URI', () => {
    expect(byId['give-advice-to-others']!.data).toMatchObject({
      title: 'give advice to others',
      summary: 'Offer suggestions about the best course of action.',
      description: expect.stringMatching(
        /^Also known as: make recommendations to others, provide advisory services, .*give advice\.$/,
      ),
      alignments: [
        {
          framework: 'ESCO',
          url: 'http://data.europa.eu/esco/skill/045f71e6-0699-4169-8a54-9c6b96f3174d',
        },
      ],
    });
    expect(byId['use-swoogle']!.data.summary).toBe(
      'Identify digital information via Swoogle search engines which is a semantic web ontologies search engine.',
    );
    expect(
      competencies.every(({ data }) => data.summary.length <= 300 && data.title.length <= 120),
    ).toBe(true);
  });

  it('lists what it normalised in the real file, counted per kind', () => {
    expect(notes).toEqual([
      { kind: 'cell with stray white space (line breaks, no-break spaces): tidied', count: 2 },
      { kind: 'parent cell with several values ("a | b"): split', count: 107 },
      { kind: 'parent outside the file: ignored', count: 193 },
      { kind: 'row with no parent in the file: became an area', count: 85 },
      { kind: 'id column is not a slug: id made from the title', count: 107 },
      {
        kind: 'summary over 300 characters: shortened, full text kept in the description',
        count: 2,
      },
    ]);
  });
});

describe('csvToCompetencies with a column mapping', () => {
  const csv = [
    'key,name,statement,up,num,link',
    'area,The area,"An area, with a comma.",,1,https://x.example/1',
    'child,A child,"Two\nlines.",area,1.1,not a url',
    'other,Other,,missing,2,',
  ].join('\n');

  it('uses flags for the columns and slugs from the id column when it holds slugs', () => {
    const { competencies, notes } = importCsv(csv, {
      id: 'key',
      title: 'name',
      summary: 'statement',
      parent: 'up',
      code: 'num',
      alignmentUrl: 'link',
      framework: 'Mine',
    });
    expect(competencies.map(({ id, data }) => ({ id, ...data }))).toEqual([
      {
        id: 'area',
        title: 'The area',
        code: '1',
        parent: undefined,
        order: 1,
        summary: 'An area, with a comma.',
        description: undefined,
        alignments: [{ framework: 'Mine', code: '1', url: 'https://x.example/1' }],
      },
      {
        id: 'child',
        title: 'A child',
        code: '1.1',
        parent: 'area',
        order: 1,
        summary: 'Two lines.',
        description: undefined,
        alignments: [],
      },
      {
        id: 'other',
        title: 'Other',
        code: '2',
        parent: undefined,
        order: 2,
        summary: 'Other',
        description: undefined,
        alignments: [],
      },
    ]);
    expect(notes).toEqual([
      { kind: 'cell with stray white space (line breaks, no-break spaces): tidied', count: 1 },
      { kind: 'parent outside the file: ignored', count: 1 },
      { kind: 'row with no parent in the file: became an area', count: 1 },
      { kind: 'alignment URL that is not a web address: left out', count: 1 },
      { kind: 'empty summary: used the title', count: 1 },
    ]);
  });

  it('skips rows without an id or title and rows repeating an id', () => {
    const { competencies, notes } = importCsv('id,title,summary\na,A,S\n,B,S\nc,,S\na,Again,S\n');
    expect(competencies.map((competency) => competency.id)).toEqual(['a']);
    expect(notes).toEqual([
      { kind: 'row without an id: skipped', count: 1 },
      { kind: 'row without a title: skipped', count: 1 },
      { kind: 'row repeating an earlier id: skipped', count: 1 },
    ]);
  });
});
