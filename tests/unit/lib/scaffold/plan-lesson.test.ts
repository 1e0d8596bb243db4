import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/checks/check-content';
import { parseEntry } from '../../../../src/lib/content/parse-entry';
import { buildPortal } from '../../../../src/lib/portal/build-portal';
import { estimateCeCredits } from '../../../../src/lib/scaffold/lesson-template';
import { planLesson, slugify, type LessonAnswers } from '../../../../src/lib/scaffold/plan-lesson';
import { readScaffoldContext } from '../../../../src/lib/scaffold/read-scaffold-context';
import { readFixtureFiles, toRawContent, type ContentFiles } from '../../../helpers/content-files';

const TODAY = '2026-11-20';
const answers: LessonAnswers = {
  title: 'Alt text for charts',
  competency: 'skill-a',
  level: 'foundation',
  format: 'reading',
  minutes: '6',
};

/** Plans a lesson in these files and adds it to them. */
function scaffold(files: ContentFiles, given: LessonAnswers = answers) {
  const result = planLesson(readScaffoldContext(toRawContent(files)), given, TODAY);
  if (!result.plan) throw new Error(result.problems.join('\n'));
  files[result.plan.path] = result.plan.text;
  return result.plan;
}

describe('planLesson', () => {
  it('writes a draft that the content check accepts and the portal does not publish', () => {
    const files = readFixtureFiles();
    const plan = scaffold(files);
    expect(plan.path).toBe('lessons/area-one/alt-text-for-charts.mdx');
    const { problems, content } = checkContent(toRawContent(files));
    expect(problems).toEqual([]);
    expect(content!.lessons.find((lesson) => lesson.id === 'alt-text-for-charts')?.data.draft).toBe(
      true,
    );
    expect(buildPortal(content!).lessons['alt-text-for-charts']).toBeUndefined();
  });

  it('fills every frontmatter field and one question of each common type', () => {
    const plan = scaffold(readFixtureFiles());
    const entry = parseEntry('lessons', `content/${plan.path}`, plan.text);
    expect(entry.data).toMatchObject({
      title: 'Alt text for charts',
      competencies: ['skill-a'],
      duration: 6,
      level: 'foundation',
      format: 'reading',
      order: 3, // lesson-one and lesson-two come first in skill-a's path.
      ceCredits: 0.1,
      updated: TODAY,
      draft: true,
      quiz: { passingScore: 0.8 },
    });
    const data = entry.data as {
      description: string;
      objectives: string[];
      quiz: { questions: { type: string }[] };
    };
    expect(data.description).toMatch(/^TODO: /);
    expect(data.objectives).toHaveLength(2);
    expect(data.quiz.questions.map((question) => question.type)).toEqual([
      'single',
      'multiple',
      'true-false',
      'text',
    ]);
    expect(entry.body).toContain('## TODO: the first idea');
    expect(entry.body).toContain('<Example title="TODO: what the worked example shows">');
  });

  it("passes the check in the real framework too, in the folder of the competency's area", () => {
    const files = readFixtureFiles('content');
    const plan = scaffold(files, {
      ...answers,
      competency: 'text-alternatives',
      level: 'practitioner',
      format: 'scenario',
      minutes: '9',
    });
    expect(plan.path).toBe('lessons/perceivable/alt-text-for-charts.mdx');
    expect(plan.summary).toBe('lesson 4 in the path of 1.1 Text alternatives (text-alternatives)');
    expect(checkContent(toRawContent(files)).problems).toEqual([]);
  }, 30_000);

  it('quotes a title that YAML would misread and escapes the competency title in Markdown', () => {
    const files = readFixtureFiles();
    files['competencies/skill-a.yaml'] = files['competencies/skill-a.yaml']!.replace(
      'title: Skill A',
      'title: "Skill <A> {1}"',
    );
    const plan = scaffold(files, { ...answers, title: 'Charts: a #1 priority' });
    expect(plan.text).toContain('title: "Charts: a #1 priority"');
    expect(plan.text).toContain('[Skill \\<A\\> \\{1\\}](/competencies/skill-a/)');
    expect(checkContent(toRawContent(files)).problems).toEqual([]);
  });

  it('lists every problem with the answers, with the nearest valid values', () => {
    const files = readFixtureFiles();
    const result = planLesson(
      readScaffoldContext(toRawContent(files)),
      {
        title: 'Lesson one',
        competency: 'skil-a',
        level: 'basic',
        format: 'podcast',
        minutes: '20',
      },
      TODAY,
    );
    expect(result.problems).toMatchInlineSnapshot(`
      [
        "a lesson called "lesson-one" already exists (content/lessons/lesson-one.mdx); lesson slugs must be unique. Pass --slug with another name.",
        ""skil-a" is not a competency. Did you mean "skill-a"? Use the file name (without .yaml) of a file in content/competencies/, or leave --competency out to pick from a list.",
        ""basic" is not a level. Use one of: foundation, practitioner, advanced.",
        ""podcast" is not a format. Use one of: reading, video, scenario, interactive.",
        "20 minutes is over the site's limit of 15 (lesson.maxMinutes in site.yaml); plan a shorter lesson, or split it in two.",
      ]
    `);
  });

  it('asks for what is missing, and refuses a slug that is not one', () => {
    const result = planLesson(
      readScaffoldContext(toRawContent(readFixtureFiles())),
      { title: 'Fine', slug: 'Not A Slug', minutes: 'six' },
      TODAY,
    );
    expect(result.problems).toMatchInlineSnapshot(`
      [
        ""Not A Slug" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "write-alt-text".",
        "a competency is needed: pass --competency with an id from content/competencies/, or leave it out to pick one from a list.",
        "a level is needed: pass --level with one of: foundation, practitioner, advanced.",
        "a format is needed: pass --format with one of: reading, video, scenario, interactive.",
        "--minutes "six" is not a whole number of minutes; write e.g. 6.",
      ]
    `);
  });
});

describe('slugify', () => {
  it.each([
    ['Write alt text that does the job', 'write-alt-text-that-does-the-job'],
    ["Don't rely on colour: café menus", 'dont-rely-on-colour-cafe-menus'],
    ['  WCAG 2.2 — what changed?  ', 'wcag-2-2-what-changed'],
    ['!!!', ''],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps slugs to 60 characters, cut between words', () => {
    const slug = slugify(
      'A very long title about writing accessible documents for every member of the association',
    );
    expect(slug).toBe('a-very-long-title-about-writing-accessible-documents-for');
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('estimateCeCredits', () => {
  it('gives 0.1 for 5 to 7 minutes and 0.15 for 8, like the bundled lessons', () => {
    expect([1, 5, 6, 7, 8, 15, 60].map(estimateCeCredits)).toEqual([
      0.05, 0.1, 0.1, 0.1, 0.15, 0.25, 1,
    ]);
  });
});
