import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../record/parse-import';
import { join, resolve } from 'node:path';
import { createAggregator } from '../insights/aggregate-exports';
import { visibleName } from '../insights/visible-name';
import { formatCount, formatCounted } from '../insights/format-count';
import type { Insights } from '../insights/insights';
import { buildInsightsTables, describeFiles, formatInsightsMarkdown } from '../insights/insights-tables';
import { listExportFiles } from './list-export-files';
import { loadInsightsModel } from './load-insights-model';

/** The exit codes of `npm run insights`, permanent so scripts can rely on them. */
export const INSIGHTS_EXIT = { ok: 0, badContent: 1, usage: 2, noFolder: 3, emptyFolder: 4, noValidFile: 5, cannotWrite: 6 } as const;

/** What to aggregate and where to write it. */
export interface InsightsRunOptions {
  /** The folder of export files (searched at any depth). */
  folder: string;
  /** Where insights.json and insights.md go. */
  outDir: string;
  /** The content folder; MICROPATH_CONTENT or `content` when absent. */
  contentDir?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** The aggregation's date (ISO date-time); the current time when absent. */
  now?: string;
}

/** Where the run talks: the report (stdout), messages (stderr) and the progress line. */
export interface InsightsRunIo {
  out(text: string): void;
  err(text: string): void;
  /** Called after each file and once more with `last` true; the caller decides how often to show it. */
  progress(done: number, total: number, last: boolean): void;
}

/** The run's outcome: its exit code, the insights when made, and how long reading and counting took. */
export interface InsightsRunResult {
  code: number;
  insights?: Insights;
  /** Milliseconds to read, validate and count every file, and to compute the insights from the counts. */
  timings?: { aggregateMs: number; resultMs: number };
}

/** `npm run insights`: reads a folder of exports, aggregates them against the content, writes JSON and Markdown. */
export function runInsights(options: InsightsRunOptions, io: InsightsRunIo): InsightsRunResult {
  const cwd = options.cwd ?? process.cwd();
  const folder = resolve(cwd, options.folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    const what = existsSync(folder) ? 'is a file, not a folder' : 'does not exist';
    io.err(`${folder} ${what}. Give the folder that holds the export files learners sent you: npm run insights -- <folder>.`);
    return { code: INSIGHTS_EXIT.noFolder };
  }
  const outDir = resolve(cwd, options.outDir);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    io.err(`${outDir} is a file, so insights.json and insights.md cannot be written into it. Give --out a folder (it is made when missing), then run npm run insights again.`);
    return { code: INSIGHTS_EXIT.cannotWrite };
  }
  const { files: names, skipped } = listExportFiles(folder);
  const unread = skipped.map((entry) => `- ${visibleName(entry.name)} ${entry.reason}`);
  if (names.length === 0) {
    if (unread.length) io.err(`Not read:\n${unread.join('\n')}\n`);
    io.err(`No .json file was found in ${folder} or its subfolders. Put the export files learners sent you (named like micropath-<site>-<date>.json) in it, then run npm run insights again.`);
    return { code: INSIGHTS_EXIT.emptyFolder };
  }

  const loaded = loadInsightsModel({ contentDir: options.contentDir, env: options.env, cwd });
  if (!loaded.ok) {
    io.err(`${loaded.report}\n\nThe insights need content that passes the check, because exports are read against its lessons and questions: fix the errors above (or name the right folder with --content), then run npm run insights again.`);
    return { code: INSIGHTS_EXIT.badContent };
  }
  const now = options.now ?? new Date().toISOString();
  const { model } = loaded;
  const started = performance.now();
  const aggregator = createAggregator(model, { now });
  names.forEach((name, index) => {
    const read = readExport(join(folder, name));
    if ('bytes' in read) aggregator.add({ name, ...read });
    else unread.push(`- ${visibleName(name)} could not be read (${read.problem}): give yourself read access to it, or move it out of the folder.`);
    io.progress(index + 1, names.length, false);
  });
  io.progress(names.length, names.length, true);
  const counted = performance.now();
  const insights = aggregator.result();
  const timings = { aggregateMs: counted - started, resultMs: performance.now() - counted };

  const refused = insights.files.refused.map((file) => `- ${file.name} (${file.code}): ${file.message}`);
  if (unread.length) io.err(`Not read (${formatCount(unread.length)}):\n${unread.join('\n')}`);
  if (insights.files.accepted === 0) {
    io.err(`${refused.join('\n')}\n\nNone of the ${formatCounted(names.length, 'file')} in ${folder} is a Micropath learner export that could be read, so there is nothing to count and nothing was written. The reasons are above.`);
    return { code: INSIGHTS_EXIT.noValidFile, insights, timings };
  }

  const tables = buildInsightsTables(insights);
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'insights.json'), `${JSON.stringify(insights, null, 2)}\n`);
    writeFileSync(join(outDir, 'insights.md'), formatInsightsMarkdown(insights, tables));
  } catch (error) {
    io.err(`The insights could not be written to ${outDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Give --out a folder you can write to, then run npm run insights again.`);
    return { code: INSIGHTS_EXIT.cannotWrite, insights, timings };
  }

  const report = [insights.headline, describeFiles(insights)];
  if (refused.length) report.push(`Refused ${formatCounted(refused.length, 'file')}:\n${refused.join('\n')}`);
  const { warnings } = insights.files;
  if (warnings.length) {
    const shown = warnings.slice(0, 10).map((warning) => `- ${warning.name}: ${warning.message}`);
    const more = warnings.length > shown.length ? `\n- and ${formatCount(warnings.length - shown.length)} more (listed in insights.json)` : '';
    report.push(`Counted with a warning (${formatCount(warnings.length)}):\n${shown.join('\n')}${more}`);
  }
  io.out(report.join('\n\n'));
  io.err(`Insights written to ${join(outDir, 'insights.json')} and ${join(outDir, 'insights.md')}.`);
  return { code: INSIGHTS_EXIT.ok, insights, timings };
}

/**
 * A file's bytes, or why it could not be read. A file over the import cap is not read: zero bytes
 * of its length stand in, so parseImportFile refuses it as too large, naming its real size.
 */
function readExport(path: string): { bytes: Uint8Array; size: number } | { problem: string } {
  try {
    const { size } = statSync(path);
    // An oversized file is not read (a sparse file can claim 50 GB): it is refused by its size.
    if (size > MAX_IMPORT_BYTES) return { bytes: new Uint8Array(0), size };
    const bytes = readFileSync(path);
    return { bytes, size: bytes.length };
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}
