// npm run bench -- --lessons 100,1000 [--format md,mdx] [--keep] [--seed N] [--heap MB] [--no-warm] [--no-browser]
// Generates lessons into a temporary workspace, builds each size cold and warm, measures, and writes
// .micropath/bench/latest.{json,md}. The real content/ and the repository's caches are never touched.
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBenchMarkdown, type BenchReport, type BenchRun } from '../src/lib/bench/bench-report';
import { advanceProgress, describeProgress, START } from '../src/lib/bench/build-progress';
import { DEFAULT_SEED, generateContent, type GeneratedContent } from '../src/lib/bench/generate-content';
import { reviseLesson, type LessonFormat } from '../src/lib/bench/generate-lesson';
import { parseBuildLog } from '../src/lib/bench/parse-build-log';
import { clearBuildCaches, createBenchWorkspace, removeBenchWorkspace, writeContent, writeFile, type BenchWorkspace } from '../src/lib/node/bench-workspace';
import { estimateSearchFromFiles, measureSearchInBrowser } from '../src/lib/node/measure-search';
import { measureSite } from '../src/lib/node/measure-site';
import { measureWeights } from '../src/lib/node/measure-weights';
import { runBuild } from '../src/lib/node/run-build';
import { findChromium } from './find-chromium.mjs';

const USAGE = 'Usage: npm run bench -- [--lessons 100,1000] [--format mdx|md|md,mdx] [--keep] [--seed N] [--heap MB] [--no-warm] [--no-browser] [--search-word WORD]';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  lessons: number[];
  formats: LessonFormat[];
  keep: boolean;
  seed: number;
  heap?: number;
  warm: boolean;
  browser: boolean;
  word: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { lessons: [100, 1000], formats: ['mdx'], keep: false, seed: DEFAULT_SEED, warm: true, browser: true, word: 'captions' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s);
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value.`);
    if (flag === '--lessons') options.lessons = value().split(',').map((text) => (/^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : fail(`--lessons takes positive whole numbers separated by commas, got "${text}".`)));
    else if (flag === '--format') options.formats = value().split(',').map((text) => (text === 'md' || text === 'mdx' ? text : fail(`--format takes md, mdx or md,mdx, got "${text}".`)));
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--heap') options.heap = Number(value());
    else if (flag === '--search-word') options.word = value();
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--no-warm') options.warm = false;
    else if (flag === '--no-browser') options.browser = false;
    else fail(`Unknown option ${argv[i]}.\n${USAGE}`);
  }
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** A progress line: rewritten in place on a terminal; otherwise a line per phase, and one every 10 s within a phase. */
function createProgress() {
  let last = '';
  let printedAt = 0;
  const phaseOf = (text: string) => text.replace(/ \d+\/\d+ pages/, '').replace(/ · \d+ s$/, '');
  return {
    show(text: string) {
      if (process.stdout.isTTY) process.stdout.write(`\r\u001b[K${text}`);
      else if (phaseOf(text) !== phaseOf(last) || performance.now() - printedAt > 10_000) {
        console.log(text);
        printedAt = performance.now();
      }
      last = text;
    },
    done() {
      if (process.stdout.isTTY && last) process.stdout.write('\r\u001b[K');
      last = '';
    },
  };
}

async function build(workspace: BenchWorkspace, label: string, expectedPages: number, options: Options, progress: ReturnType<typeof createProgress>) {
  let state = START;
  const started = performance.now();
  const tick = () => progress.show(`${label}: ${describeProgress(state, expectedPages, (performance.now() - started) / 1000)}`);
  const timer = setInterval(tick, 1000);
  try {
    return await runBuild(workspace, {
      env: options.heap ? { NODE_OPTIONS: `--max-old-space-size=${options.heap}` } : {},
      onLine: (line) => {
        const next = advanceProgress(state, line.text);
        if (next.phase !== state.phase) {
          state = next;
          tick();
        } else state = next;
      },
    });
  } finally {
    clearInterval(timer);
  }
}

function toRun(base: Omit<BenchRun, 'ok' | 'seconds' | 'phases'>, result: Awaited<ReturnType<typeof runBuild>>): BenchRun {
  const phases = parseBuildLog(result.lines);
  const ok = result.exitCode === 0;
  return {
    ...base,
    ok,
    ...(ok ? {} : { error: result.lines.slice(-15).map((line) => line.text).join('\n') }),
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    phases,
    pages: phases.pages,
    peakRssBytes: result.peakRss,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const progress = createProgress();
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version, platform: platform(), loadAverage: loadavg() },
    seed: options.seed,
    runs: [],
  };
  let executablePath: string | undefined;
  if (options.browser) {
    try {
      executablePath = (await findChromium()).path;
    } catch {
      console.log('No Chromium found: search bytes are estimated from the Pagefind files instead.');
    }
  }
  const plan = options.lessons.flatMap((lessons) => options.formats.map((format) => ({ lessons, format })));
  const steps = plan.length * (options.warm ? 2 : 1);
  let step = 0;
  for (const { lessons, format } of plan) {
    const workspace = createBenchWorkspace(repoRoot);
    // Ctrl-C also stops the build (same process group); leave no 10,000-file folder behind.
    const cleanUp = () => {
      if (!options.keep) removeBenchWorkspace(workspace);
    };
    const interrupted = () => process.exit(130);
    process.once('exit', cleanUp);
    process.once('SIGINT', interrupted);
    try {
      const content: GeneratedContent = generateContent({ lessons, format, seed: options.seed });
      writeContent(workspace, content.files);
      const expectedPages = lessons + content.competencies + 7;
      const label = (build: string) => `[${++step}/${steps}] ${lessons} lessons, ${format}, ${build}`;

      clearBuildCaches(workspace);
      const cold = toRun({ lessons, format, build: 'cold' }, await build(workspace, label('cold'), expectedPages, options, progress));
      if (cold.ok) {
        progress.show(`[${step}/${steps}] ${lessons} lessons, ${format}: measuring pages and search`);
        const totals = measureSite(workspace.outDir, '/');
        const { weights } = measureWeights(workspace.outDir, '/', totals, {
          quizLesson: content.lessons.find((lesson) => lesson.hasQuiz)?.slug,
          plainLesson: content.lessons.find((lesson) => !lesson.hasQuiz)?.slug,
        });
        weights.search = executablePath
          ? await measureSearchInBrowser(workspace.outDir, options.word, executablePath).catch((error: Error) => {
              console.log(`\nSearch in the browser failed (${error.message.split('\n')[0]}); estimating from files.`);
              return estimateSearchFromFiles(workspace.outDir);
            })
          : estimateSearchFromFiles(workspace.outDir);
        Object.assign(cold, { distBytes: totals.bytes, distFiles: totals.files, weights });
      }
      report.runs.push(cold);
      progress.done();
      console.log(summarise(cold));

      if (options.warm && cold.ok) {
        const changed = content.lessons[Math.floor(lessons / 2)]!;
        const file = join(workspace.contentDir, changed.path);
        writeFile(file, reviseLesson(readFileSync(file, 'utf8'), 1));
        const warm = toRun({ lessons, format, build: 'warm' }, await build(workspace, label('warm'), expectedPages, options, progress));
        if (warm.ok) {
          const totals = measureSite(workspace.outDir, '/');
          Object.assign(warm, { distBytes: totals.bytes, distFiles: totals.files });
          const page = readFileSync(join(workspace.outDir, 'lessons', changed.slug, 'index.html'), 'utf8');
          if (!page.includes('revision 1')) Object.assign(warm, { ok: false, error: `the warm build did not pick up the change to ${changed.path}` });
        }
        report.runs.push(warm);
        progress.done();
        console.log(summarise(warm));
      } else if (options.warm) step++;
    } finally {
      process.off('SIGINT', interrupted);
      process.off('exit', cleanUp);
      if (options.keep) console.log(`Kept ${workspace.root}`);
      else removeBenchWorkspace(workspace);
    }
  }

  const outDir = join(repoRoot, '.micropath', 'bench');
  const markdown = formatBenchMarkdown(report);
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  for (const name of [`bench-${stamp}`, 'latest']) {
    writeFile(join(outDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFile(join(outDir, `${name}.md`), markdown);
  }
  console.log(`\n${markdown}\nWritten to ${join('.micropath', 'bench', 'latest.md')} and latest.json (free memory now ${Math.round(freemem() / 1024 / 1024)} MB).`);
  const failed = report.runs.filter((run) => !run.ok);
  for (const run of failed) console.error(`\n${run.lessons} lessons, ${run.format}, ${run.build} failed:\n${run.error}`);
  process.exitCode = failed.length ? 1 : 0;
}

function summarise(run: BenchRun): string {
  const mb = run.peakRssBytes === undefined ? '?' : Math.round(run.peakRssBytes / 1024 / 1024);
  return `${run.lessons} lessons, ${run.format}, ${run.build}: ${run.ok ? `${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} s), ${run.pages} pages, peak ${mb} MB` : 'FAILED'}`;
}

await main();
