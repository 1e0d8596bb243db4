import type { RawContent } from '../content/raw-content';
import type { ValidContent } from '../content/valid-content';
import { lintThroughCache, type LintCache } from './lint-cache';
import { lintLesson } from './lint-lesson';
import { findRepeatedPrompts, lintQuiz, type PromptSource } from './lint-quiz';
import { error, quote, type Problem } from './problem';
import { listSitePages } from './site-pages';

/**
 * The lint over a content folder: every readable lesson body (also when its frontmatter failed,
 * so security problems always show), then the quizzes and checks of the files that validated.
 * `valid` is absent when site.yaml failed: links cannot be resolved then and are skipped.
 * With a `cache`, a lesson whose inputs are unchanged since it was last linted is not parsed again.
 */
export function lintContent(raw: RawContent, valid: Omit<ValidContent, 'site'> & { site?: ValidContent['site'] }, cache?: LintCache): Problem[] {
  const validById = new Map(valid.lessons.map((lesson) => [lesson.file, lesson]));
  const pages = valid.site ? listSitePages({ ...valid, site: valid.site }, raw.lessons.filter((entry) => !validById.has(entry.file)).map((entry) => entry.id)) : undefined;
  // Digested once, not per lesson: every lesson's links are checked against the same pages.
  const pagesKey = cache ? (pages ? cache.digest(JSON.stringify([[...pages.pages].sort(), [...pages.drafts].sort()])) : 'no-site') : '';
  const problems = raw.lessons.flatMap((entry) => {
    if (entry.parseError || entry.body === undefined) return [];
    const input = { id: entry.id, file: entry.file, body: entry.body, bodyLine: entry.bodyLine ?? 1, lesson: validById.get(entry.file)?.data };
    return lintThroughCache(cache, () => cache!.digest(JSON.stringify([pagesKey, input.id, input.file, input.bodyLine, input.lesson ?? null, input.body])), () => lintLesson(input, pages));
  });
  const quizzes: PromptSource[] = valid.lessons.flatMap((lesson) => (lesson.data.quiz ? [{ file: lesson.file, field: 'quiz.questions', questions: lesson.data.quiz.questions }] : []));
  const checks: PromptSource[] = valid.assessments.map((assessment) => ({ file: assessment.file, field: 'questions', questions: assessment.data.questions }));
  for (const lesson of valid.lessons) {
    if (lesson.data.quiz) problems.push(...lintQuiz({ file: lesson.file, field: 'quiz.questions', questions: lesson.data.quiz.questions, shuffled: lesson.data.quiz.shuffle }));
  }
  for (const check of checks) problems.push(...lintQuiz(check));
  for (const competency of valid.competencies) problems.push(...lintDescription(competency.file, competency.data.description));
  return [...problems, ...findRepeatedPrompts([...quizzes, ...checks])];
}

const SAFE_TAGS = new Set(['sup', 'sub', 'em', 'strong', 'b', 'i', 'br', 'code']);

/**
 * A competency's description is rendered as Markdown, so it gets the same protection as a lesson:
 * no raw HTML (which could carry a script) and no link that is not a web address or site path.
 */
export function lintDescription(file: string, description: string): Problem[] {
  const problems: Problem[] = [];
  // Plain inline formatting (real frameworks write fractions with <sup> and <sub>) is safe; any other
  // tag, or any attribute, could carry a script.
  const tag = [...description.matchAll(/<\s*(\/?)\s*([a-zA-Z][\w-]*)?([^>]*)>?/g)].find((match) => !SAFE_TAGS.has((match[2] ?? '').toLowerCase()) || (match[3] ?? '').replace(/\//g, '').trim() !== '');
  if (tag) problems.push(error('html-in-description', file, 'description', `the description contains HTML (${quote(description.slice(tag.index, tag.index + 30))}).`, 'Write it in Markdown: **bold**, lists and [links](https://…) work; of HTML only <sup>, <sub>, <em>, <strong>, <br> without attributes.'));
  for (const link of description.matchAll(/\]\(\s*<?\s*([a-zA-Z][a-zA-Z0-9+.-]*):/g)) {
    if (!/^(https?|mailto)$/i.test(link[1]!)) problems.push(error('unsafe-url', file, 'description', `a link uses the "${link[1]}:" scheme, which could run code when clicked.`, 'Link to a site path such as /lessons/<slug>/ or an https:// address.'));
  }
  return problems;
}
