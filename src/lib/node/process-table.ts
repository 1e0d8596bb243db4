import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseProcStat, type ProcessInfo } from '../bench/sum-tree-rss';

/** True where the process table can be read (Linux). */
export function canReadProcessTable(): boolean {
  try {
    return readdirSync('/proc').some((name) => /^\d+$/.test(name));
  } catch {
    return false;
  }
}

let units: { pageSize: number; ticks: number } | undefined;

function systemUnits() {
  const get = (name: string, fallback: number) => {
    try {
      return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
    } catch {
      return fallback;
    }
  };
  return (units ??= { pageSize: get('PAGESIZE', 4096), ticks: get('CLK_TCK', 100) });
}

/** Every process with its parent, memory and CPU time, from /proc; processes that end mid-read are skipped. */
export function readProcessTable(): ProcessInfo[] {
  const { pageSize, ticks } = systemUnits();
  const rows: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const info = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'), pageSize, ticks);
      if (info) rows.push({ pid: Number(name), ...info });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return rows;
}
