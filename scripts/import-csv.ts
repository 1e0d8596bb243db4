// npm run import:csv -- <file.csv> [--id <col>] [--title <col>] [--summary <col>] [--parent <col>] [--code <col>]
//   [--description <col>] [--alignment-url <col>] [--also-known-as <col>] [--framework <name>] [--separator " | "]
//   [--out content/competencies] [--force] [--dry-run]
// Turns a CSV of competencies into competency files; ESCO exports need no column flags.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { resolveCsvMapping, type CsvMapping } from '../src/lib/standards/csv-mapping';
import { csvToCompetencies } from '../src/lib/standards/csv-to-competencies';
import { createImportNotes, ImportError } from '../src/lib/standards/import-notes';
import { parseCsv } from '../src/lib/standards/parse-csv';
import { readImportArgs, writeImport } from '../src/lib/node/write-import';

const USAGE = [
  'Usage: npm run import:csv -- <file.csv> [--id <column>] [--title <column>] [--summary <column>] [--parent <column>]',
  '  [--code <column>] [--description <column>] [--alignment-url <column>] [--also-known-as <column>]',
  '  [--framework <name>] [--separator " | "] [--out content/competencies] [--force] [--dry-run]',
  'ESCO skills exports are read without column flags (conceptUri, preferredLabel, description, broaderConceptUri, altLabels).',
].join('\n');
const FLAGS = ['id', 'title', 'summary', 'description', 'parent', 'code', 'alignment-url', 'also-known-as', 'framework', 'separator'] as const;

try {
  const options = readImportArgs(process.argv.slice(2), USAGE, FLAGS);
  const notes = createImportNotes();
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    throw new ImportError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file.' : (error as Error).message);
  }
  const table = parseCsv(text);
  const { 'alignment-url': alignmentUrl, 'also-known-as': alsoKnownAs, ...rest } = options.values;
  const { mapping, preset } = resolveCsvMapping(table.header, { ...rest, alignmentUrl, alsoKnownAs } as Partial<CsvMapping>);
  const competencies = csvToCompetencies(table, mapping, basename(options.file), notes);
  const flag = (field: string) => `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  const columns = Object.entries(mapping).filter(([field]) => !['framework', 'separator'].includes(field)).map(([field, column]) => `${flag(field)} ${column}`);
  const report = writeImport(
    {
      read: `${table.rows.length} rows`,
      competencies,
      notes: notes.list(),
      sections: [{ heading: `Columns (${preset === 'ESCO' ? 'ESCO defaults' : 'flags and usual names'}; framework "${mapping.framework}", multi-values split on "${mapping.separator}"):`, lines: columns }],
    },
    options,
  );
  console.log(report.text);
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  console.error(error instanceof ImportError ? `${file}: ${error.message} Nothing was written.` : (error as Error).message);
  process.exitCode = 1;
}
