// When the /insights/ page speaks while its worker reads files. The bar and its label
// (describeReadProgress) follow every update; screen readers hear only a few milestones, so a
// long run is not read out file by file.
import { formatCounted } from '../insights/format-count';

/** How many parts a run is split into for announcements: one at each quarter. */
export const ANNOUNCED_STEPS = 4;

/** "Reading 5,000 files…": announced when a run starts. */
export function describeReadStart(total: number): string {
  return `Reading ${formatCounted(total, 'file')}…`;
}

/**
 * The milestone `read` of `total` files has reached: 0 at the start, ANNOUNCED_STEPS when done.
 * The page announces progress only when this number changes.
 */
export function findMilestone(read: number, total: number): number {
  if (total <= 0) return ANNOUNCED_STEPS;
  return Math.floor((Math.min(read, total) / total) * ANNOUNCED_STEPS);
}
