import type { RawContent } from '../content/raw-content';
import type { ValidContent } from '../content/valid-content';
import { lintLesson } from './lint-lesson';
import { findRepeatedPrompts, lintQuiz, type PromptSource } from './lint-quiz';
import type { Problem } from './problem';
import { listSitePages } from './site-pages';

/**
 * The lint over a content folder: every readable lesson body (also when its frontmatter failed,
 * so security problems always show), then the quizzes and checks of the files that validated.
 * `valid` is absent when site.yaml failed: links cannot be resolved then and are skipped.
 */
export function lintContent(raw: RawContent, valid: Omit<ValidContent, 'site'> & { site?: ValidContent['site'] }): Problem[] {
  const validById = new Map(valid.lessons.map((lesson) => [lesson.file, lesson]));
  const pages = valid.site ? listSitePages({ ...valid, site: valid.site }, raw.lessons.filter((entry) => !validById.has(entry.file)).map((entry) => entry.id)) : undefined;
  const problems = raw.lessons.flatMap((entry) =>
    entry.parseError || entry.body === undefined ? [] : lintLesson({ id: entry.id, file: entry.file, body: entry.body, bodyLine: entry.bodyLine ?? 1, lesson: validById.get(entry.file)?.data }, pages),
  );
  const quizzes: PromptSource[] = valid.lessons.flatMap((lesson) => (lesson.data.quiz ? [{ file: lesson.file, field: 'quiz.questions', questions: lesson.data.quiz.questions }] : []));
  const checks: PromptSource[] = valid.assessments.map((assessment) => ({ file: assessment.file, field: 'questions', questions: assessment.data.questions }));
  for (const lesson of valid.lessons) {
    if (lesson.data.quiz) problems.push(...lintQuiz({ file: lesson.file, field: 'quiz.questions', questions: lesson.data.quiz.questions, shuffled: lesson.data.quiz.shuffle }));
  }
  for (const check of checks) problems.push(...lintQuiz(check));
  return [...problems, ...findRepeatedPrompts([...quizzes, ...checks])];
}
