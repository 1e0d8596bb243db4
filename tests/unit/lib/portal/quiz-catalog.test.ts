import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/checks/check-content';
import { readContentDir } from '../../../../src/lib/node/read-content-dir';
import { buildPortal } from '../../../../src/lib/portal/build-portal';
import { buildQuizCatalog } from '../../../../src/lib/portal/quiz-catalog';
import { edit, readFixtureFiles, repoRoot, toRawContent } from '../../../helpers/content-files';

const portalOf = (dir: string) => {
  const { content } = checkContent(readContentDir(dir, repoRoot));
  if (!content) throw new Error(`${dir} does not pass the content checks`);
  return buildPortal(content);
};

describe('buildQuizCatalog', () => {
  it('lists every published lesson quiz and every competency check under the quiz ids attempts use', () => {
    const portal = portalOf(join(repoRoot, 'tests/fixtures/content/valid'));
    const catalog = buildQuizCatalog(portal);
    const withQuiz = Object.values(portal.lessons).filter((lesson) => lesson.quiz);
    const checks = Object.values(portal.competencies).filter((competency) => competency.assessment);
    expect(Object.keys(catalog.quizzes).sort()).toEqual(
      [...withQuiz.map((lesson) => `lesson:${lesson.id}`), ...checks.map((competency) => `check:${competency.id}`)].sort(),
    );
    for (const lesson of withQuiz) {
      const entry = catalog.quizzes[`lesson:${lesson.id}`]!;
      expect(entry).toMatchObject({ kind: 'lesson', lesson: lesson.id, competency: lesson.primary, title: lesson.title, passingScore: lesson.quiz!.passingScore });
      expect(entry.questions).toEqual(lesson.quiz!.questions);
    }
    for (const competency of checks) {
      const entry = catalog.quizzes[`check:${competency.id}`]!;
      expect(entry).toMatchObject({ kind: 'check', competency: competency.id, passingScore: competency.threshold });
      expect(entry.questions).toEqual(competency.assessment!.questions);
      expect(entry.lesson).toBeUndefined();
    }
  });

  it('leaves out the quiz of a draft lesson', () => {
    let files = readFixtureFiles();
    files = edit(files, 'lessons/lesson-two.mdx', 'prerequisites: [lesson-one]\n', '');
    files = edit(files, 'lessons/lesson-one.mdx', 'order: 1\n', 'order: 1\ndraft: true\n');
    const { content } = checkContent(toRawContent(files));
    expect(content?.lessons.find((lesson) => lesson.id === 'lesson-one')?.data.draft).toBe(true);
    const catalog = buildQuizCatalog(buildPortal(content!));
    expect(catalog.quizzes['lesson:lesson-one']).toBeUndefined();
    expect(Object.keys(catalog.quizzes)).toEqual(['check:skill-a']);
  });
});
