// npm run import:case -- <file> [--out content/competencies] [--force] [--dry-run]
// Turns a CASE 1.0/1.1 CFPackage (JSON) into competency files. Exit 1 when nothing could be written.
import { readFileSync } from 'node:fs';
import { caseToCompetencies } from '../src/lib/standards/case-to-competencies';
import { createImportNotes, ImportError } from '../src/lib/standards/import-notes';
import { readCasePackage } from '../src/lib/standards/read-case-package';
import { readImportArgs, writeImport } from '../src/lib/node/write-import';

const USAGE = 'Usage: npm run import:case -- <file.json> [--out content/competencies] [--force] [--dry-run]';

try {
  const options = readImportArgs(process.argv.slice(2), USAGE);
  const notes = createImportNotes();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(options.file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file.' : `not valid JSON (${(error as Error).message}).`);
  }
  const casePackage = readCasePackage(json, notes);
  const { competencies, prerequisites } = caseToCompetencies(casePackage, notes);
  const label = (id: string) => {
    const code = competencies.find((competency) => competency.id === id)?.data.code;
    return code ? `${id} (${code})` : id;
  };
  const report = writeImport(
    {
      read: `${casePackage.items.length} CFItems of "${casePackage.document.title}"`,
      competencies,
      notes: notes.list(),
      sections: [
        {
          heading: 'Suggested prerequisites (from CASE precedes; not written: add them to lessons as prerequisites where they fit):',
          lines: prerequisites.map(({ before, after }) => `${label(before)} → ${label(after)}`),
        },
      ],
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
