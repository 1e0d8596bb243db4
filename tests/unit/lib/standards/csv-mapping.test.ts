import { describe, expect, it } from 'vitest';
import { resolveCsvMapping } from '../../../../src/lib/standards/csv-mapping';

const ESCO_HEADER = [
  'conceptType',
  'conceptUri',
  'skillType',
  'reuseLevel',
  'preferredLabel',
  'altLabels',
  'description',
  'broaderConceptUri',
  'broaderConceptPT',
];

describe('resolveCsvMapping', () => {
  it('reads an ESCO export without flags', () => {
    expect(resolveCsvMapping(ESCO_HEADER, {})).toEqual({
      preset: 'ESCO',
      mapping: {
        id: 'conceptUri',
        title: 'preferredLabel',
        summary: 'description',
        description: 'description',
        parent: 'broaderConceptUri',
        alignmentUrl: 'conceptUri',
        alsoKnownAs: 'altLabels',
        framework: 'ESCO',
        separator: ' | ',
      },
    });
  });

  it('lets flags override the defaults', () => {
    expect(
      resolveCsvMapping(ESCO_HEADER, {
        framework: 'ESCO v1.2',
        alsoKnownAs: undefined,
        title: 'altLabels',
      }).mapping,
    ).toMatchObject({ framework: 'ESCO v1.2', title: 'altLabels', alsoKnownAs: 'altLabels' });
  });

  it('finds columns with the usual names in any case', () => {
    expect(
      resolveCsvMapping(['ID', 'Title', 'Summary', 'Parent', 'Code', 'URL'], {}).mapping,
    ).toEqual({
      id: 'ID',
      title: 'Title',
      summary: 'Summary',
      parent: 'Parent',
      code: 'Code',
      alignmentUrl: 'URL',
      framework: 'Imported framework',
      separator: ' | ',
    });
  });

  it('names the missing mapping flags and the columns the file has', () => {
    expect(() => resolveCsvMapping(['key', 'heading'], {})).toThrow(
      "no column for id, title, summary: name it with --id <column> --title <column> --summary <column>. The file's columns are: key, heading.",
    );
  });

  it('refuses a flag naming a column the file does not have', () => {
    expect(() => resolveCsvMapping(['id', 'title', 'summary'], { alignmentUrl: 'link' })).toThrow(
      '--alignment-url "link": no such column. The file\'s columns are: id, title, summary.',
    );
  });
});
