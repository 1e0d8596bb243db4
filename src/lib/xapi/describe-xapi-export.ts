import type { QuizCatalog } from '../portal/quiz-catalog';
import type { XapiExport } from './build-xapi-statements';

/**
 * The published quiz catalog (`data/quizzes.json`) if `json` has its shape: every entry with an
 * id, a kind and a list of questions. Anything else is undefined, never a half-read catalog.
 */
export function readQuizCatalog(json: unknown): QuizCatalog | undefined {
  if (typeof json !== 'object' || json === null || !('quizzes' in json)) return undefined;
  const { quizzes } = json as { quizzes: unknown };
  if (typeof quizzes !== 'object' || quizzes === null || Array.isArray(quizzes)) return undefined;
  const fits = Object.values(quizzes).every(
    (entry: unknown) => typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' && ['lesson', 'check'].includes((entry as { kind?: unknown }).kind as string) && Array.isArray((entry as { questions?: unknown }).questions),
  );
  return fits ? (json as QuizCatalog) : undefined;
}

/** What the page announces after an xAPI export: the file, how many statements, and what was left out. */
export function describeXapiExport(fileName: string, { statements, leftOut }: XapiExport): string {
  const count = `${statements.length} xAPI statement${statements.length === 1 ? '' : 's'}`;
  const parts = [
    statements.length
      ? `Your progress was exported as ${count} in ${fileName}. A learning record store (LRS) that accepts xAPI 1.0.3 can import the file.`
      : `${fileName} holds no statements yet: nothing is recorded in this browser. Visit a lesson or take a quiz first.`,
  ];
  const missing = [
    leftOut.attempts ? `${leftOut.attempts} attempt${leftOut.attempts === 1 ? '' : 's'} at quizzes no longer published` : '',
    leftOut.answers ? `${leftOut.answers} answer${leftOut.answers === 1 ? '' : 's'} to questions that have since changed` : '',
  ].filter(Boolean);
  if (missing.length) parts.push(`Left out: ${missing.join(' and ')}, which xAPI could not describe. Your progress itself still holds them.`);
  return parts.join(' ');
}

/** Why the export could not be made, and what to do: the quiz catalog or the page's script did not load, or the saved record is a newer version's. */
export function describeXapiFailure(reason: 'offline' | 'status' | 'invalid' | 'script' | 'newer', status?: number): string {
  const after = 'Your progress is unchanged, and "Export your progress" still works.';
  if (reason === 'newer') return 'The xAPI statements were not made: your saved progress was written by a newer version of this site, which this page cannot read. Reload the page to get the newer version, then export. Your progress is unchanged.';
  if (reason === 'script') return `The xAPI statements could not be made: part of this page's script did not load. Reload the page and try again. ${after}`;
  const what = 'The xAPI statements could not be made: the page needs the list of quiz questions (data/quizzes.json) to describe your answers';
  const fix = {
    offline: 'and it did not load. Check your connection and try again.',
    status: `and the site answered with status ${status ?? 'unknown'}. Try again later; if it keeps happening, tell the site's editors.`,
    invalid: "and the file it got is not that list. Reload the page and try again; if it keeps happening, tell the site's editors.",
  }[reason];
  return `${what}, ${fix} ${after}`;
}
