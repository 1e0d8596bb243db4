// npm run docs: regenerates the frontmatter reference in CONTRIBUTING.md from the doc comments of
// src/schemas/*.ts. `--check` changes nothing and exits 1 when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  formatFrontmatterReference,
  replaceBetweenMarkers,
} from '../src/lib/docs/format-frontmatter-reference';
import { readSchemaDocs } from '../src/lib/docs/read-schema-docs';
import { readSchemaSources } from '../src/lib/node/read-schema-sources';

const file = 'CONTRIBUTING.md';
const checkOnly = process.argv.includes('--check');
const { schemas, undocumented } = readSchemaDocs(readSchemaSources('src/schemas'));
for (const field of undocumented)
  console.warn(
    `▲ warning ${field} has no doc comment: add /** … */ above it in src/schemas/, then run npm run docs again.`,
  );

const current = readFileSync(file, 'utf8');
const updated = replaceBetweenMarkers(current, formatFrontmatterReference(schemas));
if (updated === current) console.log(`${file}: the frontmatter reference is up to date.`);
else if (checkOnly) {
  console.error(
    `${file}: the frontmatter reference is out of date with src/schemas. Run npm run docs and commit the result.`,
  );
  process.exitCode = 1;
} else {
  writeFileSync(file, updated);
  console.log(`${file}: the frontmatter reference was rewritten from src/schemas.`);
}
