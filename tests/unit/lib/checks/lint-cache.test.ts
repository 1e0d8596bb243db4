import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/checks/check-content';
import type { LintCache } from '../../../../src/lib/checks/lint-cache';
import type { Problem } from '../../../../src/lib/checks/problem';
import { checkFiles, edit, readFixtureFiles, toRawContent, type ContentFiles } from '../../../helpers/content-files';

/** An in-memory cache that counts what the lint had to compute. */
function memoryCache(): LintCache & { computed: number } {
  const results = new Map<string, Problem[]>();
  return {
    computed: 0,
    digest: (text) => text,
    get: (key) => results.get(key),
    set(key, problems) {
      this.computed++;
      results.set(key, problems);
    },
  };
}

const check = (files: ContentFiles, cache: LintCache) => checkContent(toRawContent(files), cache).problems;
const withLinkToLessonThree = () => edit(readFixtureFiles(), 'lessons/lesson-two.mdx', 'Lesson two talks about kingfishers.', 'Lesson two talks about kingfishers, see [lesson three](/lessons/lesson-three/).');

describe('the lint cache', () => {
  it('lints only the lesson whose body changed, and reports what an uncached check reports', () => {
    const cache = memoryCache();
    check(readFixtureFiles(), cache);
    expect(cache.computed).toBe(3);
    const changed = edit(readFixtureFiles(), 'lessons/lesson-two.mdx', 'Lesson two talks about kingfishers.', '# Kingfishers\n\nLesson two talks about kingfishers.');
    const problems = check(changed, cache);
    expect(cache.computed).toBe(4);
    expect(problems).toEqual(checkFiles(changed));
    expect(problems.map((problem) => problem.rule)).toContain('h1-in-body');
  });

  it('lints every lesson again when the pages its links lead to change', () => {
    const cache = memoryCache();
    expect(check(withLinkToLessonThree(), cache).filter((problem) => problem.rule === 'broken-link')).toEqual([]);
    const removed = withLinkToLessonThree();
    delete removed['lessons/lesson-three.mdx'];
    const problems = check(removed, cache);
    expect(problems).toEqual(checkFiles(removed));
    expect(problems.filter((problem) => problem.rule === 'broken-link').map((problem) => problem.file)).toEqual(['content/lessons/lesson-two.mdx']);
  });

  it('lints a lesson again when only its frontmatter changed', () => {
    const cache = memoryCache();
    check(readFixtureFiles(), cache);
    const longer = edit(readFixtureFiles(), 'lessons/lesson-two.mdx', 'duration: 12', 'duration: 90');
    expect(check(longer, cache)).toEqual(checkFiles(longer));
    expect(cache.computed).toBe(4);
  });
});
