import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { LogLine } from '../bench/parse-build-log';
import { findProcessTree } from '../bench/sum-tree-rss';
import type { BenchWorkspace } from './bench-workspace';
import { canReadProcessTable, readProcessTable } from './process-table';

/** The outcome of one `astro build`. */
export interface BuildRun {
  exitCode: number;
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  /** Peak resident memory of the build's whole process tree in bytes; undefined without /proc. */
  peakRss?: number;
  /**
   * CPU seconds (user + system) of the whole process tree, as last sampled: steadier than wall-clock
   * time on a busy machine. Undefined without /proc.
   */
  cpuSeconds?: number;
  /** Every output line (stdout and stderr) with its arrival time. */
  lines: LogLine[];
}

/** Options for a benchmark build. */
export interface RunBuildOptions {
  /** Extra environment (e.g. NODE_OPTIONS=--max-old-space-size=4096). */
  env?: Record<string, string>;
  /** Node flags for the build process itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
  /** Called for each output line as it arrives. */
  onLine?: (line: LogLine) => void;
  /** Milliseconds between memory samples. */
  sampleEvery?: number;
}

/** Runs `astro build` in the workspace's project copy on its content, sampling the process tree's memory. */
export function runAstroBuild(workspace: BenchWorkspace, options: RunBuildOptions = {}): Promise<BuildRun> {
  const astro = join(workspace.projectDir, 'node_modules', 'astro', 'astro.js');
  const env: NodeJS.ProcessEnv = { ...process.env, MICROPATH_CONTENT: workspace.contentDir, MICROPATH_OUT: workspace.outDir, MICROPATH_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  delete env.MICROPATH_SITE;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), astro, 'build', '--config', relative(workspace.projectDir, workspace.configFile)], { cwd: workspace.projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      resolve({ exitCode: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000, peakRss, cpuSeconds, lines });
    });
  });
}
