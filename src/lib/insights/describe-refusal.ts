import type { ImportErrorCode } from '../record/parse-import';

/** What staff can do about each kind of refused file (the learner's import says what the learner can do). */
const STAFF_ADVICE: Record<ImportErrorCode, string> = {
  'too-large': 'Ask the member for a new export from the progress page: a real one is far smaller.',
  empty: 'Ask the member to export again from the progress page and send the new file.',
  utf16: 'It was saved again as UTF-16: ask the member for the file as exported, or save it as UTF-8.',
  'not-utf8': 'Ask the member for the file as exported from the progress page; an edited copy may have been saved in another encoding.',
  'not-json': 'Ask the member for the export from the progress page (named like micropath-<site>-<date>.json).',
  'not-micropath': 'Ask the member for the export from the progress page (named like micropath-<site>-<date>.json).',
  'newer-version': 'Update this site (or the copy that runs npm run insights) to the Micropath version that made it, then read the file again.',
  'wrong-shape': 'It may have been edited or damaged: ask the member to export again from the progress page.',
};

/**
 * A refused file's reason for association staff: the import's diagnosis (its first sentence) and
 * what staff can do, instead of the learner's "choose the file you exported" or "reload the page".
 */
export function describeRefusal(code: ImportErrorCode, importMessage: string): string {
  const diagnosis = importMessage.split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? importMessage;
  return `${diagnosis} ${STAFF_ADVICE[code]}`;
}
