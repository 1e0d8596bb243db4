import { formatCount } from './format-count';

/**
 * "1 copy of a file already read", "7 copies of files already read": files given again (the same
 * contents, whatever their names), in the words of the summary's row "Copies of files already read
 * (counted once)", for the page's status and the report.
 */
export function describeCopies(copies: number): string {
  return `${formatCount(copies)} ${copies === 1 ? 'copy of a file' : 'copies of files'} already read`;
}
