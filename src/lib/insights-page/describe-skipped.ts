import { formatCount } from '../insights/format-count';

const CHOOSE = 'Choose the export files members sent you (named like micropath-<site>-<date>.json), or a folder holding them.';

/**
 * What the page says about chosen files whose names do not end in `.json`: nothing when there are
 * none, a note beside the outcome when others were read, and a refusal (what, why, what to do)
 * when not a single file could be read.
 */
export function describeSkipped(skipped: number, exports: number): string | undefined {
  if (skipped === 0) return undefined;
  if (exports === 0) {
    const what = skipped === 1 ? 'the file chosen does not end in .json, so it cannot be' : `none of the ${formatCount(skipped)} files chosen ends in .json, so none can be`;
    return `No file was read: ${what} a Micropath export. ${CHOOSE}`;
  }
  return skipped === 1
    ? '1 file was left out because its name does not end in .json.'
    : `${formatCount(skipped)} files were left out because their names do not end in .json.`;
}
