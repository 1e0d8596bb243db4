import type { Root } from 'mdast';
import type { Lesson } from '../../schemas';
import { walkTree } from './parse-lesson-body';
import { PLACEHOLDER } from './placeholder';
import { error, quote, warning, type Problem } from './problem';

// Rules that hold the frontmatter against the body: a duration the text can fill, and no
// scaffold placeholders once the lesson is published.

/** Reading speeds (words a minute) of a slow and a fast reader, and the time one quiz question takes. */
export const READING_PACE = { slowWordsPerMinute: 120, fastWordsPerMinute: 300, minutesPerQuestion: 0.5 } as const;
/** Below this many words a body is a stub (a video page, a draft) and says nothing about the time needed. */
export const MIN_WORDS_TO_JUDGE = 150;

/** Words a learner reads in the body: text and code, not markup or addresses. */
export function countWords(tree: Root): number {
  let words = 0;
  walkTree(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') words += node.value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  });
  return words;
}

/** A duration far from what the body's words and the quiz take (a warning; see READING_PACE). */
export function lintDuration(tree: Root, file: string, lesson: Lesson): Problem[] {
  if (lesson.format === 'video') return []; // Watching time is not in the text.
  const words = countWords(tree);
  const questions = lesson.quiz?.questions.length ?? 0;
  const quizMinutes = questions * READING_PACE.minutesPerQuestion;
  const fastest = words / READING_PACE.fastWordsPerMinute + quizMinutes;
  const slowest = words / READING_PACE.slowWordsPerMinute + quizMinutes;
  const low = Math.max(1, Math.floor(fastest));
  const high = Math.max(low, Math.ceil(slowest));
  const facts = `${words} words and ${questions} quiz question${questions === 1 ? '' : 's'}: at 120–300 words a minute plus half a minute a question, the lesson takes about ${low}–${high} minutes.`;
  const minutes = `${lesson.duration} minute${lesson.duration === 1 ? '' : 's'}`;
  // Tolerant on purpose: only twice as fast as a fast reader, or half as long again as a slow one, is flagged.
  if (lesson.duration < fastest / 2) {
    return [warning('implausible-duration', file, 'duration', `${minutes} is too short for ${facts}`, `Set duration to about ${Math.round((fastest + slowest) / 2)}, or split the lesson into shorter ones.`)];
  }
  if (lesson.format === 'reading' && words >= MIN_WORDS_TO_JUDGE && lesson.duration > Math.ceil(slowest * 1.5)) {
    return [warning('implausible-duration', file, 'duration', `${minutes} is long for ${facts}`, `Set duration to about ${high}; if an activity or media take the extra time, set format to scenario, interactive or video.`)];
  }
  return [];
}

/** `TODO:` placeholders from the scaffold in a lesson that is no longer a draft: one problem, naming the first. */
export function lintPlaceholders(file: string, body: string, bodyLine: number, lesson: Lesson): Problem[] {
  if (lesson.draft) return [];
  const found: { field: string; text: string; line?: number }[] = [];
  const collect = (value: unknown, field: string): void => {
    if (typeof value === 'string' && value.includes(PLACEHOLDER)) found.push({ field, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => collect(item, `${field}[${index}]`));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) collect(item, field ? `${field}.${key}` : key);
  };
  collect(lesson, '');
  body.split('\n').forEach((text, index) => {
    if (text.includes(PLACEHOLDER)) found.push({ field: 'body', text: text.trim(), line: bodyLine + index });
  });
  const [first] = found;
  if (!first) return [];
  const count = found.length === 1 ? 'a placeholder' : `${found.length} placeholders`;
  return [{ ...error('placeholder-text', file, first.field, `the lesson is published (it has no draft: true) but still has ${count} from npm run new:lesson, the first ${quote(first.text)}.`, `Replace every "${PLACEHOLDER}" with the lesson's own text, or put draft: true back until it is ready.`), ...(first.line === undefined ? {} : { line: first.line }) }];
}
