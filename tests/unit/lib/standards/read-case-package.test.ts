import { describe, expect, it } from 'vitest';
import { createImportNotes } from '../../../../src/lib/standards/import-notes';
import { readCasePackage } from '../../../../src/lib/standards/read-case-package';

const DOC = {
  identifier: 'd0000000-0000-4000-8000-000000000000',
  uri: 'https://case.example/d',
  title: 'Doc',
  creator: 'C',
  lastChangeDateTime: '2024-01-01T00:00:00+00:00',
  caseVersion: '1.1',
};
const item = (n: number, extra: Record<string, unknown> = {}) => ({
  identifier: `i${n}`,
  uri: `https://case.example/i${n}`,
  fullStatement: `Statement ${n}.`,
  lastChangeDateTime: '2024-01-01T00:00:00Z',
  ...extra,
});
const link = (identifier: string, title = 'Node') => ({
  identifier,
  uri: `https://case.example/${identifier}`,
  title,
});

describe('readCasePackage', () => {
  it('reads a clean CASE 1.1 package without notes', () => {
    const notes = createImportNotes();
    const result = readCasePackage(
      {
        CFDocument: DOC,
        CFItems: [
          item(1, { humanCodingScheme: 'A.1', listEnumeration: '1', abbreviatedStatement: 'One' }),
        ],
        CFAssociations: [
          {
            identifier: 'a1',
            uri: 'https://case.example/a1',
            associationType: 'isChildOf',
            sequenceNumber: 1,
            originNodeURI: link('i1'),
            destinationNodeURI: link(DOC.identifier),
            lastChangeDateTime: '2024-01-01T00:00:00Z',
          },
        ],
      },
      notes,
    );
    expect(result).toEqual({
      document: { identifier: DOC.identifier, uri: DOC.uri, title: 'Doc' },
      items: [
        {
          identifier: 'i1',
          uri: 'https://case.example/i1',
          fullStatement: 'Statement 1.',
          abbreviatedStatement: 'One',
          humanCodingScheme: 'A.1',
          listEnumeration: '1',
          notes: undefined,
        },
      ],
      associations: [
        {
          associationType: 'isChildOf',
          origin: { identifier: 'i1', uri: 'https://case.example/i1' },
          destination: {
            identifier: DOC.identifier,
            uri: 'https://case.example/' + DOC.identifier,
          },
          sequenceNumber: 1,
        },
      ],
    });
    expect(notes.list()).toEqual([]);
  });

  it('unwraps {CFPackage: …}, reads CASE 1.0 quirks and notes each repair with its count', () => {
    const notes = createImportNotes();
    const { document, items, associations } = readCasePackage(
      {
        CFPackage: {
          CFDocument: {
            ...DOC,
            caseVersion: undefined,
            lastChangeDateTime: '2017-05-25T18:05:33',
            CFPackageURI: 'https://case.example/p',
          },
          CFItems: [
            item(1, {
              lastChangeDateTime: '2017-05-25T18:05:29',
              educationalLevel: '06',
              humanCodingScheme: 1.1,
            }),
            item(2, { description: null }),
            { fullStatement: 'no identifier' },
          ],
          CFAssociations: [
            {
              associationType: 'isChildOf',
              sequenceNumber: '2',
              originNodeURI: link('i1', 'Origin'),
              destinationNodeURI: link(DOC.identifier, 'Destination'),
              CFDocumentURI: 'x',
            },
            {
              associationType: 'precedes',
              originNodeURI: 'https://case.example/i1',
              destinationNodeURI: link('i2'),
            },
            { associationType: 'isChildOf', originNodeURI: link('i2') },
          ],
        },
      },
      notes,
    );
    expect(document.title).toBe('Doc');
    expect(items.map((entry) => [entry.identifier, entry.humanCodingScheme])).toEqual([
      ['i1', '1.1'],
      ['i2', undefined],
    ]);
    expect(
      associations.map((entry) => [
        entry.associationType,
        entry.origin.identifier,
        entry.sequenceNumber,
      ]),
    ).toEqual([
      ['isChildOf', 'i1', 2],
      ['precedes', 'i1', undefined],
    ]);
    expect(notes.list()).toEqual([
      { kind: '{"CFPackage": …} wrapper around the package: unwrapped', count: 1 },
      { kind: 'property outside the CASE 1.1 package schema: CFPackageURI (ignored)', count: 1 },
      { kind: 'no caseVersion (CASE 1.0): read as CASE 1.1', count: 1 },
      {
        kind: 'property outside the CASE 1.1 package schema: educationalLevel (ignored)',
        count: 1,
      },
      { kind: 'property set to null: ignored', count: 1 },
      { kind: 'CFItem without an identifier or any statement: skipped', count: 1 },
      {
        kind: 'node link with a placeholder title ("Origin", "Destination"): title ignored',
        count: 2,
      },
      { kind: 'property outside the CASE 1.1 package schema: CFDocumentURI (ignored)', count: 1 },
      { kind: 'sequenceNumber written as text: read as a number', count: 1 },
      { kind: 'node link given as a bare URI: read as a link', count: 1 },
      { kind: 'CFAssociation without a type, origin or destination: skipped', count: 1 },
      { kind: 'date-time without a time zone: read as UTC', count: 2 },
    ]);
  });

  it('refuses what is not a package, saying what a CASE file holds', () => {
    const notes = createImportNotes();
    expect(() => readCasePackage([], notes)).toThrow('the file is not a JSON object');
    expect(() => readCasePackage({ items: [] }, notes)).toThrow(
      'the file has no CFDocument and no CFItems: it does not look like a CASE package.',
    );
    expect(() => readCasePackage({ CFDocument: DOC, CFItems: [] }, notes)).toThrow(
      'the package has no CFItems, so there is nothing to import.',
    );
    expect(() =>
      readCasePackage({ CFDocument: { title: 'x' }, CFItems: [item(1)] }, notes),
    ).toThrow('the CFDocument has no identifier.');
  });
});
