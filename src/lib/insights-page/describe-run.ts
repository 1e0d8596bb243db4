import { describeCopies } from '../insights/describe-copies';
import { formatCount, formatCounted } from '../insights/format-count';
import type { Insights } from '../insights/insights';

/** How a run of the worker ended. */
export interface RunEnd {
  read: number;
  total: number;
  /** Stopped (cancelled, or a file could not be read) before every file was read. */
  cancelled: boolean;
}

/**
 * The announcement when a run ends: what this run read, then what is loaded in all, since files
 * add up across runs: the files given and the copies among them (the summary's first two rows,
 * said when they are more than this run's files), members, accepted files, duplicates counted
 * once, refused files.
 */
export function describeRun(run: RunEnd, insights: Insights): string {
  const count = formatCounted;
  const { files, members } = insights;
  const first = run.cancelled
    ? `Stopped after reading ${formatCount(run.read)} of ${count(run.total, 'file')}: the figures cover the files read so far. Add the others again to include them (a member's file counts once however often it is added).`
    : `Read ${count(run.total, 'file')}.`;
  const parts: string[] = [];
  if (files.copies > 0 || files.given !== run.read) parts.push(`${count(files.given, 'file')} given`);
  if (files.copies > 0) parts.push(`${describeCopies(files.copies)} (counted once)`);
  parts.push(`${count(members, 'member')} counted from ${count(files.accepted, 'accepted file')}`);
  if (files.duplicates > 0) parts.push(`${count(files.duplicates, 'older export')} of the same members left out`);
  if (files.refused.length > 0) parts.push(`${count(files.refused.length, 'file')} refused, listed below`);
  return `${first} In all: ${parts.join('; ')}.`;
}
