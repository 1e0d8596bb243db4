import { describe, expect, it } from 'vitest';
import { generateContent, type GeneratedContent } from '../../../../src/lib/bench/generate-content';
import { reviseLesson } from '../../../../src/lib/bench/generate-lesson';
import { countProseWords } from '../../../../src/lib/bench/generate-prose';
import { checkContent } from '../../../../src/lib/checks/check-content';
import { formatReport } from '../../../../src/lib/checks/format-report';
import { parseEntry } from '../../../../src/lib/content/parse-entry';
import type { ContentKind, RawContent } from '../../../../src/lib/content/raw-content';
import { QUESTION_TYPES } from '../../../../src/schemas';

/** The generated files as the content checks read them from disk. */
function toRaw(content: GeneratedContent): RawContent {
  const raw: RawContent = { root: 'content', competencies: [], lessons: [], assessments: [], certifications: [] };
  for (const file of content.files) {
    const kind = (file.path === 'site.yaml' ? 'site' : file.path.split('/')[0]) as ContentKind;
    const entry = parseEntry(kind, `content/${file.path}`, file.text);
    if (kind === 'site') raw.site = entry;
    else raw[kind].push(entry);
  }
  return raw;
}

describe('generateContent', () => {
  it.each([
    [1, 'mdx'],
    [9, 'md'],
    [240, 'mdx'],
    [240, 'md'],
  ] as const)('writes %i %s lessons that pass every content check', (lessons, format) => {
    const content = generateContent({ lessons, format });
    const { problems } = checkContent(toRaw(content));
    expect(formatReport(problems)).toBe(formatReport([]));
    expect(content.lessons).toHaveLength(lessons);
    expect(content.lessons.every((lesson) => lesson.path.endsWith(`.${format}`))).toBe(true);
  });

  it('is deterministic for a seed and different for another', () => {
    const text = (seed?: number) => generateContent({ lessons: 20, format: 'mdx', seed }).files.map((file) => file.text).join('\n');
    expect(text()).toBe(text());
    expect(text(1)).not.toBe(text());
  });

  it('writes lessons of 300 to 600 words with headings, lists, a code block and links to other lessons', () => {
    const { files, lessons } = generateContent({ lessons: 60, format: 'mdx' });
    const bodies = lessons.map((lesson) => files.find((file) => file.path === lesson.path)!.text.split(/^---$/m)[2]!);
    for (const body of bodies) {
      expect(countProseWords(body)).toBeGreaterThanOrEqual(300);
      expect(countProseWords(body)).toBeLessThanOrEqual(600);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
      expect(body).toMatch(/^1\. /m);
      expect(body).toMatch(/^```\w+$/m);
      expect(body).toMatch(/\]\(\/lessons\/[a-z0-9-]+\/\)/);
    }
  });

  it('uses every question type and leaves some lessons without a quiz', () => {
    const content = generateContent({ lessons: 40, format: 'md' });
    const text = content.files.map((file) => file.text).join('\n');
    for (const type of QUESTION_TYPES) expect(text).toContain(`type: ${type}\n`);
    expect(content.lessons.some((lesson) => !lesson.hasQuiz)).toBe(true);
    expect(content.lessons.some((lesson) => lesson.hasQuiz)).toBe(true);
  });

  it('writes the tip as a component in MDX and as a quote in Markdown', () => {
    const lesson = (format: 'md' | 'mdx') => generateContent({ lessons: 3, format }).files.find((file) => file.path.startsWith('lessons/'))!.text;
    expect(lesson('mdx')).toContain('<Callout kind="tip">');
    expect(lesson('md')).not.toMatch(/<[A-Z]/);
    expect(lesson('md')).toContain('> **Tip:**');
  });

  it('gives a lesson the same title and slug whatever the number of lessons', () => {
    expect(generateContent({ lessons: 20, format: 'md' }).lessons[7]!.slug).toBe(generateContent({ lessons: 300, format: 'md' }).lessons[7]!.slug);
  });

  it('builds a framework of about √n/2 competencies per area, codes in order', () => {
    const content = generateContent({ lessons: 400, format: 'md' });
    expect(content.competencies).toBe(8 + 8 * 10);
    const codes = content.files.filter((file) => file.path.startsWith('competencies/')).map((file) => /code: "([\d.]+)"/.exec(file.text)?.[1]);
    expect(codes).toContain('1');
    expect(codes).toContain('8.10');
  });

  it('refuses a lesson count that is not a positive whole number', () => {
    expect(() => generateContent({ lessons: 0, format: 'md' })).toThrow(RangeError);
  });
});

describe('reviseLesson', () => {
  it('changes the body and keeps the frontmatter', () => {
    const text = '---\ntitle: A\n---\n\nBody.\n';
    const revised = reviseLesson(text, 2);
    expect(revised.startsWith(text.trimEnd())).toBe(true);
    expect(revised).toContain('revision 2');
  });
});

describe('generateContent with a large framework', () => {
  it('builds as many competencies per area as asked, with unique ids, and still passes the checks', () => {
    const content = generateContent({ lessons: 1000, format: 'md', competenciesPerArea: 100 });
    expect(content.competencies).toBe(8 + 800);
    const ids = content.files.filter((file) => file.path.startsWith('competencies/')).map((file) => file.path);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkContent(toRaw(content)).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // 1,000 lessons are generated and checked: seconds on a busy 2-core machine, not a speed claim.
  }, 60_000);
});
