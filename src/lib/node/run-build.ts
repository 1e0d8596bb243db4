import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { LogLine } from '../bench/parse-build-log';
import { findProcessTree } from '../bench/sum-tree-rss';
import type { BenchWorkspace } from './bench-workspace';
import { canReadProcessTable, readProcessTable } from './process-table';

/** The outcome of one build (`astro build`, then the search index), as `npm run build` runs it. */
export interface BuildRun {
  exitCode: number;
  /** Wall-clock seconds from the first spawn to the last exit. */
  seconds: number;
  /** Peak resident memory of a step's whole process tree in bytes (the steps run one after the other); undefined without /proc. */
  peakRss?: number;
  /**
   * CPU seconds (user + system) of every process of both steps, as last sampled: steadier than
   * wall-clock time on a busy machine. Undefined without /proc.
   */
  cpuSeconds?: number;
  /** Every output line (stdout and stderr) with its arrival time after the build started. */
  lines: LogLine[];
}

/** Options for a benchmark build. */
export interface RunBuildOptions {
  /** Extra environment (e.g. NODE_OPTIONS=--max-old-space-size=4096). */
  env?: Record<string, string>;
  /** Node flags for the Astro process itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
  /** Called for each output line as it arrives. */
  onLine?: (line: LogLine) => void;
  /** Milliseconds between memory samples. */
  sampleEvery?: number;
}

/**
 * Builds the workspace's project copy on its content the way `npm run build` does: `astro build`,
 * then, when it succeeded, `scripts/index-search.mjs`; samples each step's process tree.
 */
export async function runBuild(workspace: BenchWorkspace, options: RunBuildOptions = {}): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, MICROPATH_CONTENT: workspace.contentDir, MICROPATH_OUT: workspace.outDir, MICROPATH_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  delete env.MICROPATH_SITE;
  const started = performance.now();
  const astro = join(workspace.projectDir, 'node_modules', 'astro', 'astro.js');
  const build = await runStep([...(options.nodeArgs ?? []), astro, 'build', '--config', relative(workspace.projectDir, workspace.configFile)], workspace.projectDir, env, started, options);
  if (build.exitCode !== 0) return { ...build, seconds: (performance.now() - started) / 1000 };
  const index = await runStep([join(workspace.projectDir, 'scripts', 'index-search.mjs')], workspace.projectDir, env, started, options);
  const peaks = [build.peakRss, index.peakRss].filter((peak): peak is number => peak !== undefined);
  return {
    exitCode: index.exitCode,
    seconds: (performance.now() - started) / 1000,
    peakRss: peaks.length ? Math.max(...peaks) : undefined,
    cpuSeconds: build.cpuSeconds === undefined || index.cpuSeconds === undefined ? undefined : build.cpuSeconds + index.cpuSeconds,
    lines: [...build.lines, ...index.lines],
  };
}

type StepRun = Omit<BuildRun, 'seconds'>;

function runStep(args: string[], cwd: string, env: NodeJS.ProcessEnv, started: number, options: RunBuildOptions): Promise<StepRun> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (text) => {
      const line = { at: performance.now() - started, text };
      lines.push(line);
      options.onLine?.(line);
    });
  collect(child.stdout!);
  collect(child.stderr!);

  let peakRss: number | undefined;
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = findProcessTree(readProcessTable(), child.pid);
    if (tree.length === 0) return;
    peakRss = Math.max(peakRss ?? 0, tree.reduce((total, row) => total + row.rss, 0));
    for (const row of tree) cpuByPid.set(row.pid, Math.max(cpuByPid.get(row.pid) ?? 0, row.cpu));
  };
  const timer = canReadProcessTable() ? setInterval(sample, options.sampleEvery ?? 100) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const cpuSeconds = timer ? [...cpuByPid.values()].reduce((total, cpu) => total + cpu, 0) : undefined;
      resolve({ exitCode: code ?? (signal ? 1 : 0), peakRss, cpuSeconds, lines });
    });
  });
}
