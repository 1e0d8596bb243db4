import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/check-content';
import { formatReport } from '../../src/lib/checks/format-report';
import type { ValidContent } from '../../src/lib/content/valid-content';
import { readContentDir } from '../../src/lib/node/read-content-dir';
import { QUESTION_TYPES } from '../../src/schemas';
import { repoRoot } from '../helpers/content-files';

// The bundled portal in content/: it must pass the checks editors face, and meet the contract
// of the example portal (enough lessons, of the right size, covering the whole framework).

const result = checkContent(readContentDir(join(repoRoot, 'content'), repoRoot));

/** The validated content; throws with the report when the checks failed, so each test says why. */
function content(): ValidContent {
  if (!result.content)
    throw new Error(
      `content/ does not pass the content checks:\n\n${formatReport(result.problems)}`,
    );
  return result.content;
}

const published = () => content().lessons.filter((lesson) => !lesson.data.draft);

/** Words a learner reads in a lesson body: no code blocks, MDX tags, comments, link targets or markup. */
function countWords(body: string): number {
  const prose = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][\w.]*(?:\s[^<>]*?)?\/?>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

describe('countWords', () => {
  it('counts prose and skips code fences, MDX tags, comments and link targets', () => {
    const body = [
      '## Two words',
      '',
      'Read [the guide](https://www.w3.org/WAI/tips/) first.',
      '',
      '```html',
      '<img src="a.png" alt="">',
      '```',
      '',
      '<Example title="Not counted">',
      'Inside counts.',
      '</Example>',
      '<Callout kind="tip" />',
      '{/* an MDX comment */}',
      '- one — two',
    ].join('\n');
    expect(countWords(body)).toBe(2 + 4 + 2 + 2);
  });
});

describe('content/', () => {
  it('passes every content check with no errors', () => {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(
      errors.length,
      `the content check found errors:\n\n${formatReport(result.problems)}\n`,
    ).toBe(0);
  });

  it('publishes at least 30 lessons', () => {
    expect(published().length).toBeGreaterThanOrEqual(30);
  });

  it('keeps every lesson body between 300 and 900 words', () => {
    const outside = published()
      .map((lesson) => ({ file: lesson.file, words: countWords(lesson.body ?? '') }))
      .filter(({ words }) => words < 300 || words > 900);
    expect(outside).toEqual([]);
  });

  it('gives every lesson a 3 to 10 minute duration, CE credits and a quiz of at least 3 questions', () => {
    const offenders = published().flatMap(({ file, data }) => [
      ...(data.duration >= 3 && data.duration <= 10 ? [] : [`${file}: duration ${data.duration}`]),
      ...(data.ceCredits === undefined ? [`${file}: no ceCredits`] : []),
      ...((data.quiz?.questions.length ?? 0) >= 3
        ? []
        : [`${file}: ${data.quiz?.questions.length ?? 0} quiz questions`]),
    ]);
    expect(offenders).toEqual([]);
  });

  it('uses all seven question types across the lesson quizzes', () => {
    const used = new Set(
      published().flatMap(
        (lesson) => lesson.data.quiz?.questions.map((question) => question.type) ?? [],
      ),
    );
    expect(QUESTION_TYPES.filter((type) => !used.has(type))).toEqual([]);
    expect(QUESTION_TYPES).toHaveLength(7);
  });

  it('has a worked <Example> in every lesson and no import or export lines', () => {
    const offenders = published().flatMap(({ file, body = '' }) => [
      ...(/<Example[\s>]/.test(body) ? [] : [`${file}: no <Example>`]),
      ...body
        .split('\n')
        .flatMap((line, index) =>
          /^\s*(import|export)\s/.test(line)
            ? [`${file}: body line ${index + 1}: ${line.trim()}`]
            : [],
        ),
    ]);
    expect(offenders).toEqual([]);
  });

  it('has 4 areas and at least 12 child competencies, each with a code, a summary and a W3C alignment', () => {
    const { competencies } = content();
    const areas = competencies.filter((entry) => entry.data.parent === undefined);
    const children = competencies.filter((entry) => entry.data.parent !== undefined);
    expect(areas.map((entry) => entry.id)).toHaveLength(4);
    expect(children.length).toBeGreaterThanOrEqual(12);
    const offenders = children.flatMap(({ file, data }) => [
      ...(data.code ? [] : [`${file}: no code`]),
      ...(data.summary.trim() ? [] : [`${file}: no summary`]),
      ...(data.alignments.some((alignment) => alignment.url.startsWith('https://www.w3.org/'))
        ? []
        : [`${file}: no alignment URL under https://www.w3.org/`]),
    ]);
    expect(offenders).toEqual([]);
  });

  it('maps at least 2 published lessons to every child competency', () => {
    const lessons = published();
    const thin = content()
      .competencies.filter((entry) => entry.data.parent !== undefined)
      .map((entry) => ({
        id: entry.id,
        lessons: lessons.filter((lesson) => lesson.data.competencies.includes(entry.id)).length,
      }))
      .filter((entry) => entry.lessons < 2);
    expect(thin).toEqual([]);
  });

  it('has at least 6 competency checks', () => {
    expect(content().assessments.length).toBeGreaterThanOrEqual(6);
  });

  it('has a certification that requires at least 6 competencies', () => {
    const sizes = content().certifications.map((entry) => entry.data.competencies.length);
    expect(Math.max(0, ...sizes)).toBeGreaterThanOrEqual(6);
  });
});

describe('content/ lessons in the content layer', () => {
  it('renders every lesson, none refused by the safety rules', async () => {
    const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
    const { remarkLessonComponents, remarkMdxSyntax, remarkRefuseUnsafe } = await import('../../src/lib/markdown/remark-lesson-components');
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkMdxSyntax, remarkRefuseUnsafe, remarkLessonComponents], syntaxHighlight: false });
    const raw = readContentDir(join(repoRoot, 'content'), repoRoot);
    const lessons = raw.lessons.filter((file) => file.file.endsWith('.mdx'));
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) {
      const { code } = await processor.render(lesson.body ?? '');
      expect(code, lesson.file).not.toContain('This lesson is not shown.');
      expect(code, lesson.file).toContain('<p>');
    }
  });
});
