import type { ImportNote } from './import-notes';
import type { ImportPlan } from './plan-import';

/** What a finished (or refused) import tells the editor. */
export interface ImportReport {
  /** The file imported, as given. */
  source: string;
  /** What was read, e.g. "16 CFItems". */
  read: string;
  plan: ImportPlan;
  notes: ImportNote[];
  /** Extra sections, e.g. suggested prerequisites: a heading and its lines. */
  sections?: { heading: string; lines: string[] }[];
  force: boolean;
  dryRun: boolean;
  /** Number of competency files in the output folder that the import does not produce. */
  untouched: number;
}

/** The import's outcome in plain lines: counts, normalisations, suggestions, then what happened and what to do. */
export function formatImportReport(report: ImportReport): { text: string; ok: boolean } {
  const { plan, notes } = report;
  const count = (status: string) => plan.files.filter((file) => file.status === status).length;
  const areas = plan.files.filter((file) => !/^parent:/m.test(file.text)).length;
  const lines = [
    `Read ${report.read} from ${report.source}: ${plural(plan.files.length, 'competency', 'competencies')} (${plural(areas, 'area')}), ${count('new')} new, ${count('unchanged')} unchanged, ${count('changed')} changed.`,
  ];
  if (report.untouched > 0) lines.push(`${plural(report.untouched, 'other competency file', 'other competency files')} in the folder ${report.untouched === 1 ? 'is' : 'are'} left as ${report.untouched === 1 ? 'it is' : 'they are'}.`);
  lines.push('', notes.length ? 'Normalised (count × what):' : 'Nothing needed normalising.');
  for (const note of notes) lines.push(`  ${String(note.count).padStart(4)} × ${note.kind}`);
  for (const section of report.sections ?? []) if (section.lines.length) lines.push('', section.heading, ...section.lines.map((line) => `  ${line}`));
  lines.push('');

  if (plan.problems.length) {
    lines.push('Nothing was written: the generated files would not pass the content check:', ...plan.problems.map((problem) => `  ${problem.file} ${problem.field ?? ''}: ${problem.message}`), 'This is a bug in the import: please report it with the file you imported.');
    return { text: lines.join('\n'), ok: false };
  }
  if (plan.conflicts.length && !report.force) {
    lines.push(
      `Nothing was written: ${plural(plan.conflicts.length, 'file already exists', 'files already exist')} with different content:`,
      ...plan.conflicts.map((file) => `  ${file.path}`),
      `Pass --force to overwrite ${plan.conflicts.length === 1 ? 'it (edits made in it are lost)' : 'them (edits made in them are lost)'}, or import into another folder with --out <folder>.`,
    );
    return { text: lines.join('\n'), ok: false };
  }
  const writes = count('new') + (report.force ? count('changed') : 0);
  if (report.dryRun) lines.push(`Dry run: nothing was written; without --dry-run ${plural(writes, 'file')} would be written.`);
  else if (writes === 0) lines.push('Nothing to write: every file is up to date.');
  else lines.push(`Wrote ${plural(writes, 'file')}${report.force && count('changed') ? `, overwriting ${count('changed')}` : ''}. Run npm run check, map lessons to the new competencies, and credit the source in site.yaml (attribution) as its licence asks.`);
  return { text: lines.join('\n'), ok: true };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
