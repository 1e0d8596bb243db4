import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseToCompetencies } from '../../../../src/lib/standards/case-to-competencies';
import { createImportNotes } from '../../../../src/lib/standards/import-notes';
import { readCasePackage } from '../../../../src/lib/standards/read-case-package';
import { sharedData } from '../../../helpers/standards';

// The real OpenSALT export (CCSS statements: a test fixture only, never content).
function importSample() {
  const notes = createImportNotes();
  const json = JSON.parse(readFileSync(sharedData('case-opensalt-sample.json'), 'utf8'));
  const result = caseToCompetencies(readCasePackage(json, notes), notes);
  return { ...result, notes: notes.list() };
}

const { competencies, prerequisites, notes } = importSample();
const byId = Object.fromEntries(competencies.map((competency) => [competency.id, competency]));

describe('caseToCompetencies on the OpenSALT sample', () => {
  it('imports all 16 items with ids from their humanCodingScheme', () => {
    expect(competencies).toHaveLength(16);
    expect(Object.keys(byId)).toHaveLength(16);
    expect(byId['ccss-math-content-6-rp-a-3a']?.data.code).toBe('6.RP.A.3a');
  });

  it('builds the tree from isChildOf: two clusters under the document, standards and components below', () => {
    const tree = competencies.map(
      ({ id, data }) => `${data.parent ?? '(area)'} > ${id} #${data.order}`,
    );
    expect(tree).toEqual([
      '(area) > ccss-math-content-6-rp-a #1',
      'ccss-math-content-6-rp-a > ccss-math-content-6-rp-a-1 #1',
      'ccss-math-content-6-rp-a > ccss-math-content-6-rp-a-2 #2',
      'ccss-math-content-6-rp-a > ccss-math-content-6-rp-a-3 #3',
      'ccss-math-content-6-rp-a-3 > ccss-math-content-6-rp-a-3a #1',
      'ccss-math-content-6-rp-a-3 > ccss-math-content-6-rp-a-3b #2',
      'ccss-math-content-6-rp-a-3 > ccss-math-content-6-rp-a-3c #3',
      'ccss-math-content-6-rp-a-3 > ccss-math-content-6-rp-a-3d #4',
      '(area) > ccss-math-content-7-rp-a #2',
      'ccss-math-content-7-rp-a > ccss-math-content-7-rp-a-1 #1',
      'ccss-math-content-7-rp-a > ccss-math-content-7-rp-a-2 #2',
      'ccss-math-content-7-rp-a-2 > ccss-math-content-7-rp-a-2a #1',
      'ccss-math-content-7-rp-a-2 > ccss-math-content-7-rp-a-2b #2',
      'ccss-math-content-7-rp-a-2 > ccss-math-content-7-rp-a-2c #3',
      'ccss-math-content-7-rp-a-2 > ccss-math-content-7-rp-a-2d #4',
      'ccss-math-content-7-rp-a > ccss-math-content-7-rp-a-3 #3',
    ]);
  });

  it('keeps the statement as summary, the notes as description, and the item and its exact match as alignments', () => {
    expect(byId['ccss-math-content-6-rp-a-2']!.data).toMatchObject({
      summary:
        'Understand the concept of a unit rate a/b associated with a ratio a:b with b ≠ 0, and use rate language in the context of a ratio relationship.',
      description:
        'Expectations for unit rates in this grade are limited to non-complex fractions.',
      alignments: [
        {
          framework: 'What Standards Could Be',
          code: '6.RP.A.2',
          url: 'http://opensalt-staging.opened.com/uri/eceec0fb-e4de-4ef3-a48f-0987b366c9ae',
        },
        {
          framework: 'Exact match at opensalt-staging.opened.com',
          url: 'http://opensalt-staging.opened.com/uri/5c302a03-a424-59df-8199-368b89b92402',
        },
      ],
    });
    expect(
      competencies.every(({ data }) => data.title.length <= 120 && data.summary.length <= 300),
    ).toBe(true);
  });

  it('reports precedes as suggested prerequisites, matching an outside target through exactMatchOf', () => {
    expect(prerequisites).toEqual([
      { before: 'ccss-math-content-6-rp-a-2', after: 'ccss-math-content-7-rp-a-1' },
      { before: 'ccss-math-content-6-rp-a-1', after: 'ccss-math-content-6-rp-a-2' },
      { before: 'ccss-math-content-6-rp-a-3', after: 'ccss-math-content-7-rp-a-3' },
    ]);
  });

  it('lists what it normalised in the real export, counted per kind', () => {
    expect(notes).toMatchInlineSnapshot(`
      [
        {
          "count": 1,
          "kind": "property outside the CASE 1.1 package schema: CFPackageURI (ignored)",
        },
        {
          "count": 1,
          "kind": "no caseVersion (CASE 1.0): read as CASE 1.1",
        },
        {
          "count": 55,
          "kind": "property outside the CASE 1.1 package schema: CFDocumentURI (ignored)",
        },
        {
          "count": 16,
          "kind": "property outside the CASE 1.1 package schema: educationalLevel (ignored)",
        },
        {
          "count": 16,
          "kind": "property outside the CASE 1.1 package schema: CFItemAssociationURI (ignored)",
        },
        {
          "count": 60,
          "kind": "node link with a placeholder title ("Origin", "Destination"): title ignored",
        },
        {
          "count": 2,
          "kind": "sequenceNumber written as text: read as a number",
        },
        {
          "count": 56,
          "kind": "date-time without a time zone: read as UTC",
        },
        {
          "count": 2,
          "kind": "association type not imported: exemplar",
        },
        {
          "count": 2,
          "kind": "association type not imported: isRelatedTo",
        },
        {
          "count": 14,
          "kind": "isChildOf without a sequenceNumber: siblings ordered by listEnumeration, then code",
        },
        {
          "count": 16,
          "kind": "exactMatchOf to an item outside the package: kept as an alignment",
        },
        {
          "count": 16,
          "kind": "no abbreviatedStatement: title taken from the fullStatement",
        },
        {
          "count": 9,
          "kind": "title over 120 characters: shortened",
        },
        {
          "count": 16,
          "kind": "code over 20 characters: dropped the prefix "CCSS.Math.Content." that every code shares",
        },
        {
          "count": 1,
          "kind": "precedes to an item outside the package: matched to an item in it through exactMatchOf",
        },
      ]
    `);
  });

  it('gives the same ids and files on every run', () => {
    expect(importSample().competencies).toEqual(competencies);
  });
});
