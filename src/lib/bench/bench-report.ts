import type { LessonFormat } from './generate-lesson';
import type { BuildPhases } from './parse-build-log';
import type { SearchTransfer } from './search-transfer';

/** Page weights measured on a built site, in bytes. */
export interface SiteWeights {
  /** The median lesson page by HTML size. */
  lessonPage: string;
  lessonHtmlBytes: number;
  lessonHtmlGzip: number;
  /** Scripts the median lesson page runs on load (gzip). */
  eagerJsGzip: number;
  /** What a lesson's quiz loads once it comes into view (gzip): island code on hydration plus what the page imports lazily. */
  islandJsGzip: number;
  /** Stylesheets of the median lesson page (gzip). */
  cssGzip: number;
  /** Whether a lesson page without a quiz loads framework code (React or Astro's island runtime). */
  plainPageLoadsFramework: boolean;
  search?: SearchTransfer;
}

/** One build of one generated site. */
export interface BenchRun {
  lessons: number;
  format: LessonFormat;
  /** Cold: output and caches removed first. Warm: caches kept, one lesson's body changed. */
  build: 'cold' | 'warm';
  ok: boolean;
  /** Why the build failed, when it did (last lines of its output). */
  error?: string;
  seconds: number;
  /** CPU seconds of the build's process tree (steadier than `seconds` on a shared machine). */
  cpuSeconds?: number;
  phases: BuildPhases;
  pages?: number;
  peakRssBytes?: number;
  distBytes?: number;
  distFiles?: number;
  weights?: SiteWeights;
}

/** A whole benchmark: the machine, the settings and every run. */
export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string; loadAverage: number[] };
  seed: number;
  runs: BenchRun[];
}

const MB = 1024 * 1024;
const KB = 1024;

/** Pages per second over the whole build (process start to exit). */
export function pagesPerSecond(run: BenchRun): number | undefined {
  return run.pages && run.seconds > 0 ? run.pages / run.seconds : undefined;
}

/** The report as Markdown: one table row per build, then how to read it. */
export function formatBenchMarkdown(report: BenchReport): string {
  const header = ['lessons', 'format', 'build', 'total s', 'CPU s', 'checks s', 'sync s', 'bundle s', 'render s', 'pagefind s', 'pages', 'pages/s', 'peak RSS MB', 'dist MB', 'lesson HTML KB', 'eager JS KB gz', 'quiz JS KB gz', 'CSS KB gz', 'search KB'];
  const rows = report.runs.map((run) => {
    const w = run.weights;
    const seconds = (ms: number | undefined) => fixed(ms === undefined ? undefined : ms / 1000, 1);
    return [
      String(run.lessons), run.format, run.ok ? run.build : `${run.build} (failed)`, fixed(run.seconds, 1), fixed(run.cpuSeconds, 1),
      seconds(run.phases.checks), seconds(run.phases.sync), seconds(run.phases.bundle), seconds(run.phases.render), seconds(run.phases.pagefind),
      run.pages === undefined ? '—' : String(run.pages), fixed(pagesPerSecond(run), 1),
      fixed(run.peakRssBytes === undefined ? undefined : run.peakRssBytes / MB, 0), fixed(run.distBytes === undefined ? undefined : run.distBytes / MB, 1),
      fixed(w && w.lessonHtmlBytes / KB, 1), fixed(w && w.eagerJsGzip / KB, 2), fixed(w && w.islandJsGzip / KB, 1), fixed(w && w.cssGzip / KB, 1),
      w?.search ? `${fixed(w.search.core / KB, 0)} (${fixed(w.search.total / KB, 0)})` : '—',
    ];
  });
  const m = report.machine;
  return [
    `## Micropath build benchmark, ${report.startedAt}`,
    '',
    table(header, rows),
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${fixed(m.memoryBytes / MB / 1024, 1)} GB, Node ${m.node} on ${m.platform}; load average at start ${m.loadAverage.map((load) => load.toFixed(2)).join(' / ')}. Seed ${report.seed}.`,
    '',
    'Times are wall-clock and noisy on a shared machine (*CPU s*, user + system time of the build\'s process tree, is steadier); bytes are deterministic. *sync* = Astro content layer (Markdown is rendered here),',
    '*bundle* = Vite server and client builds (each MDX lesson is compiled here), *render* = writing the HTML pages, *pagefind* = the search',
    'index, built as `npm run build` does after Astro has exited. Peak RSS sums a step\'s whole process tree (Astro and esbuild, then the',
    'indexer and Pagefind), sampled every 100 ms; the higher of the two steps is shown. Weights are of the median lesson page (gzip); *quiz JS*',
    'is what a lesson\'s quiz loads once it comes into view (its lazily imported script with everything that imports);',
    '*search KB* is what a first one-word search fetches: runtime, wasm, index and one result (in brackets,',
    'everything the search page fetched, filters and a page of results included).',
    '',
  ].join('\n');
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index < 3 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}
