import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatFrontmatterReference,
  replaceBetweenMarkers,
} from '../../../src/lib/docs/format-frontmatter-reference';
import { readSchemaDocs } from '../../../src/lib/docs/read-schema-docs';
import { readSchemaSources } from '../../../src/lib/node/read-schema-sources';
import { repoRoot } from '../../helpers/content-files';

// The frontmatter reference in CONTRIBUTING.md is generated from src/schemas/ (npm run docs),
// so editors can trust it: this fails as soon as a schema changes and the file does not.
describe('the frontmatter reference in CONTRIBUTING.md', () => {
  const { schemas, undocumented } = readSchemaDocs(
    readSchemaSources(join(repoRoot, 'src/schemas'), repoRoot),
  );

  it('is up to date with the schemas', () => {
    const current = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const expected = replaceBetweenMarkers(current, formatFrontmatterReference(schemas));
    expect(
      current,
      'CONTRIBUTING.md is out of date with src/schemas: run npm run docs and commit the result.',
    ).toBe(expected);
  });

  it('documents every field, because every schema field has a doc comment', () => {
    expect(
      undocumented,
      'Add a /** … */ comment above these fields in src/schemas/, then run npm run docs.',
    ).toEqual([]);
  });

  it('covers every kind of content file', () => {
    const documented = schemas
      .filter((schema) => schema.kind !== 'value' && schema.doc.includes('`content/'))
      .map((schema) => schema.name);
    expect(documented).toEqual([
      'LessonSchema',
      'CompetencySchema',
      'AssessmentSchema',
      'CertificationSchema',
      'SiteSchema',
    ]);
  });
});
