/** One row of the process table. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Resident set size in bytes. */
  rss: number;
  /** CPU time used so far (user + system), in seconds. */
  cpu: number;
}

/** The pids of a process and all its descendants (Astro's workers, esbuild, Pagefind's binary). */
export function findProcessTree(table: readonly ProcessInfo[], rootPid: number): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  for (const row of table) {
    const siblings = children.get(row.ppid);
    if (siblings) siblings.push(row);
    else children.set(row.ppid, [row]);
  }
  const root = table.find((row) => row.pid === rootPid);
  const tree: ProcessInfo[] = [];
  const seen = new Set<number>();
  const stack = root ? [root] : [];
  while (stack.length) {
    const row = stack.pop()!;
    if (seen.has(row.pid)) continue;
    seen.add(row.pid);
    tree.push(row);
    stack.push(...(children.get(row.pid) ?? []));
  }
  return tree;
}

/** Resident memory of a process tree: the peak of this sum is what the machine must have free for a build. */
export function sumTreeRss(table: readonly ProcessInfo[], rootPid: number): number {
  return findProcessTree(table, rootPid).reduce((total, row) => total + row.rss, 0);
}

/**
 * Reads `/proc/<pid>/stat`: parent pid, CPU time and resident memory. The command name may hold
 * spaces and parentheses, so fields are counted from the last ")".
 */
export function parseProcStat(text: string, pageSize = 4096, ticksPerSecond = 100): Omit<ProcessInfo, 'pid'> | undefined {
  const fields = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
  // fields[0] is field 3 (state) of proc(5): ppid is 4, utime 14, stime 15, rss 24.
  const number = (field: number) => Number(fields[field - 3]);
  if (fields.length < 22 || Number.isNaN(number(4))) return undefined;
  return { ppid: number(4), cpu: (number(14) + number(15)) / ticksPerSecond, rss: number(24) * pageSize };
}
