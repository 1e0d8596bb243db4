// What the /insights/ page says while its worker reads files. The bar and its label follow every
// update; screen readers hear only a few milestones, so a long run is not read out file by file.

/** How many parts a run is split into for announcements: one at each quarter. */
export const ANNOUNCED_STEPS = 4;

/** "Read 1,200 of 5,000 files", with the numbers in the site's locale. */
export function describeReadProgress(read: number, total: number, locale: string): string {
  const format = new Intl.NumberFormat(locale);
  return `Read ${format.format(read)} of ${format.format(total)} ${total === 1 ? 'file' : 'files'}`;
}

/** "Reading 5,000 files…": announced when a run starts. */
export function describeReadStart(total: number, locale: string): string {
  return `Reading ${new Intl.NumberFormat(locale).format(total)} ${total === 1 ? 'file' : 'files'}…`;
}

/**
 * The milestone `read` of `total` files has reached: 0 at the start, ANNOUNCED_STEPS when done.
 * The page announces progress only when this number changes.
 */
export function findMilestone(read: number, total: number): number {
  if (total <= 0) return ANNOUNCED_STEPS;
  return Math.floor((Math.min(read, total) / total) * ANNOUNCED_STEPS);
}
