import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ImportedCompetency } from '../standards/imported-competency';
import type { ImportNote } from '../standards/import-notes';
import { formatImportReport, type ImportReport } from '../standards/format-import-report';
import { planImport } from '../standards/plan-import';
import { listFiles } from './read-content-dir';

/** The options every import CLI takes. */
export interface ImportOptions {
  /** The file to import. */
  file: string;
  /** Folder of competency files to write to. */
  out: string;
  force: boolean;
  dryRun: boolean;
}

/**
 * Reads an import CLI's arguments: one file, `--out <folder>` (default content/competencies, or
 * competencies/ under MICROPATH_CONTENT), `--force`, `--dry-run`, plus the importer's own string
 * options. Throws with a usage line on anything else.
 */
export function readImportArgs<K extends string>(args: string[], usage: string, extra: readonly K[] = []): ImportOptions & { values: Partial<Record<K, string>> } {
  const options: ParseArgsConfig['options'] = {
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  };
  for (const name of extra) options[name] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(`${(error as Error).message.split('. ')[0]}.\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new Error(usage);
  if (positionals.length !== 1) throw new Error(`${positionals.length === 0 ? 'Name the file to import.' : `Import one file at a time (got ${positionals.join(', ')}).`}\n${usage}`);
  const contentDir = process.env.MICROPATH_CONTENT || 'content';
  return {
    file: positionals[0]!,
    out: typeof values.out === 'string' ? values.out : `${contentDir.replace(/[\\/]+$/, '')}/competencies`,
    force: values.force === true,
    dryRun: values['dry-run'] === true,
    values: Object.fromEntries(extra.map((name) => [name, values[name]]).filter(([, value]) => typeof value === 'string')) as Partial<Record<K, string>>,
  };
}

/** What an importer made of its file. */
export interface ImportResult {
  /** What was read, e.g. "16 CFItems". */
  read: string;
  competencies: ImportedCompetency[];
  notes: ImportNote[];
  sections?: ImportReport['sections'];
}

/**
 * Node adapter: plans the import against the output folder, writes the files unless it is a dry
 * run or an existing file with other content would be overwritten without --force (then nothing
 * is written), and returns the report to print.
 */
export function writeImport(result: ImportResult, options: ImportOptions, cwd = process.cwd()): { text: string; ok: boolean } {
  const outDir = resolve(cwd, options.out);
  const display = (path: string) => {
    const inside = relative(cwd, path);
    return (inside.startsWith('..') || isAbsolute(inside) ? path : inside || '.').split(sep).join('/');
  };
  const plan = planImport(result.competencies, display(outDir), (path) => {
    const absolute = resolve(cwd, path);
    return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  });
  const planned = new Set(plan.files.map((file) => resolve(cwd, file.path)));
  const untouched = listFiles(outDir, /\.ya?ml$/i).filter((path) => !planned.has(path)).length;
  const report = formatImportReport({ source: basename(options.file), read: result.read, plan, notes: result.notes, sections: result.sections, force: options.force, dryRun: options.dryRun, untouched });
  if (report.ok && !options.dryRun) {
    mkdirSync(outDir, { recursive: true });
    for (const file of plan.files) if (file.status === 'new' || (file.status === 'changed' && options.force)) writeFileSync(resolve(cwd, file.path), file.text);
  }
  return report;
}
