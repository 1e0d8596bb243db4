import { formatCount } from './format-count';

/** "Read 1,200 of 5,000 files…": the progress line while exports are read and counted. */
export function describeReadProgress(done: number, total: number): string {
  return `Read ${formatCount(done)} of ${formatCount(total)} ${total === 1 ? 'file' : 'files'}…`;
}
