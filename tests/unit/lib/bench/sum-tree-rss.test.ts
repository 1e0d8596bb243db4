import { describe, expect, it } from 'vitest';
import { findProcessTree, parseProcStat, sumTreeRss, type ProcessInfo } from '../../../../src/lib/bench/sum-tree-rss';

const TABLE: ProcessInfo[] = [
  { pid: 1, ppid: 0, rss: 1000, cpu: 1 },
  { pid: 10, ppid: 1, rss: 500, cpu: 2 },
  { pid: 11, ppid: 10, rss: 200, cpu: 3 },
  { pid: 12, ppid: 11, rss: 100, cpu: 4 },
  { pid: 20, ppid: 1, rss: 999, cpu: 5 },
];

describe('sumTreeRss', () => {
  it('sums a process and all its descendants, not its siblings or parent', () => {
    expect(sumTreeRss(TABLE, 10)).toBe(800);
    expect(findProcessTree(TABLE, 10).map((row) => row.pid).sort()).toEqual([10, 11, 12]);
  });

  it('gives 0 for a process that has ended', () => {
    expect(sumTreeRss(TABLE, 99)).toBe(0);
  });
});

describe('parseProcStat', () => {
  it('reads parent, CPU time and memory, even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (astro) x) S 4200 4242 4200 0 -1 4194304 102 0 0 0 250 50 7 3 20 0 11 0 173273 3133440 411 18446744073709551615 0';
    expect(parseProcStat(stat, 4096, 100)).toEqual({ ppid: 4200, cpu: 3, rss: 411 * 4096 });
  });

  it('gives undefined for text that is not a stat line', () => {
    expect(parseProcStat('nonsense')).toBeUndefined();
  });
});
