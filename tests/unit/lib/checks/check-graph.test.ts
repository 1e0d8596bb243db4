import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/checks/check-content';
import { checkFiles, edit, readFixtureFiles, toRawContent } from '../../../helpers/content-files';

// Each test changes the valid fixture (tests/fixtures/content/valid) in one place and asserts
// every problem the check then reports, word for word: the messages are what editors read.

describe('checkGraph', () => {
  it('finds nothing wrong with the valid fixture', () => {
    const result = checkContent(toRawContent(readFixtureFiles()));
    expect(result.problems).toEqual([]);
    expect(result.content?.lessons.map((lesson) => lesson.id)).toEqual([
      'lesson-one',
      'lesson-three',
      'lesson-two',
    ]);
  });

  describe('unknown-competency', () => {
    it('reports a lesson naming an unknown competency and suggests the nearest id', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'competencies: [skill-a]',
        'competencies: [skil-a]',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "competencies[0]",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Use the file name (without .yaml) of a file in content/competencies/.",
            "message": ""skil-a" is not a competency. Did you mean "skill-a"?",
            "rule": "unknown-competency",
            "severity": "error",
          },
        ]
      `);
    });

    it('suggests nothing when no competency id is close', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-two.mdx',
        'competencies: [skill-a, skill-b]',
        'competencies: [skill-a, typography]',
      );
      expect(checkFiles(files).map((problem) => problem.message)).toEqual([
        '"typography" is not a competency.',
      ]);
    });

    it('reports a certification requiring an unknown competency', () => {
      const files = edit(
        readFixtureFiles(),
        'certifications/cert.yaml',
        'competencies: [skill-a, skill-b]',
        'competencies: [skill-a, skil-b]',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "competencies[1]",
            "file": "content/certifications/cert.yaml",
            "fix": "Use the file name (without .yaml) of a file in content/competencies/.",
            "message": ""skil-b" is not a competency. Did you mean "skill-b"?",
            "rule": "unknown-competency",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports an assessment whose file name is not a competency', () => {
      const files = readFixtureFiles();
      files['assessments/skill-aa.yaml'] = files['assessments/skill-a.yaml']!;
      delete files['assessments/skill-a.yaml'];
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "(file name)",
            "file": "content/assessments/skill-aa.yaml",
            "fix": "Name the file after the competency it checks: content/assessments/<competency-id>.yaml.",
            "message": ""skill-aa" is not a competency, so this check belongs to nothing. Did you mean "skill-a"?",
            "rule": "unknown-competency",
            "severity": "error",
          },
        ]
      `);
    });
  });

  it('reports an unknown parent with the nearest id [unknown-parent]', () => {
    const files = edit(
      readFixtureFiles(),
      'competencies/skill-b.yaml',
      'parent: area-one',
      'parent: area-on',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "parent",
          "file": "content/competencies/skill-b.yaml",
          "fix": "Use the file name (without .yaml) of a file in content/competencies/, or remove parent for an area.",
          "message": ""area-on" is not a competency. Did you mean "area-one"?",
          "rule": "unknown-parent",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports an unknown prerequisite with the nearest lesson slug [unknown-prerequisite]', () => {
    const files = edit(
      readFixtureFiles(),
      'lessons/lesson-two.mdx',
      'prerequisites: [lesson-one]',
      'prerequisites: [lesson-on]',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "prerequisites[0]",
          "file": "content/lessons/lesson-two.mdx",
          "fix": "Use the file name (without .mdx) of a lesson in content/lessons/.",
          "message": ""lesson-on" is not a lesson. Did you mean "lesson-one"?",
          "rule": "unknown-prerequisite",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a lesson that names itself as a prerequisite [self-prerequisite]', () => {
    const files = edit(
      readFixtureFiles(),
      'lessons/lesson-two.mdx',
      'prerequisites: [lesson-one]',
      'prerequisites: [lesson-one, lesson-two]',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "prerequisites[1]",
          "file": "content/lessons/lesson-two.mdx",
          "fix": "Remove it.",
          "message": "the lesson names itself as a prerequisite.",
          "rule": "self-prerequisite",
          "severity": "error",
        },
      ]
    `);
  });

  describe('prerequisite-cycle', () => {
    it('prints a cycle through three lessons once, in the order they require each other', () => {
      // lesson-two already requires lesson-one; one → three → two closes the loop.
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'order: 1\n',
        'order: 1\nprerequisites: [lesson-three]\n',
      );
      edit(
        files,
        'lessons/lesson-three.mdx',
        'format: video\n',
        'format: video\nprerequisites: [lesson-two]\n',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "prerequisites",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Remove one prerequisite in the cycle so lessons can be taken in some order.",
            "message": "prerequisites form a cycle: lesson-one → lesson-three → lesson-two → lesson-one.",
            "rule": "prerequisite-cycle",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports two separate cycles as two problems', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'order: 1\n',
        'order: 1\nprerequisites: [lesson-two]\n',
      );
      files['lessons/lesson-four.mdx'] = files['lessons/lesson-three.mdx']!.replace(
        'format: video\n',
        'format: video\nprerequisites: [lesson-three]\n',
      );
      edit(
        files,
        'lessons/lesson-three.mdx',
        'format: video\n',
        'format: video\nprerequisites: [lesson-four]\n',
      );
      expect(checkFiles(files).map((problem) => `${problem.rule}: ${problem.message}`)).toEqual([
        'prerequisite-cycle: prerequisites form a cycle: lesson-four → lesson-three → lesson-four.',
        'prerequisite-cycle: prerequisites form a cycle: lesson-one → lesson-two → lesson-one.',
      ]);
    });
  });

  describe('competency-cycle', () => {
    it('prints a loop in the parent chain once', () => {
      const files = edit(
        readFixtureFiles(),
        'competencies/area-one.yaml',
        'code: "1"\n',
        'code: "1"\nparent: skill-a\n',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "parent",
            "file": "content/competencies/area-one.yaml",
            "fix": "Break the loop: one competency in it must have another parent or none.",
            "message": "the parent chain loops: area-one → skill-a → area-one.",
            "rule": "competency-cycle",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports a competency that is its own parent', () => {
      const files = edit(
        readFixtureFiles(),
        'competencies/skill-b.yaml',
        'parent: area-one',
        'parent: skill-b',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "parent",
            "file": "content/competencies/skill-b.yaml",
            "fix": "Remove parent, or name another competency.",
            "message": "the competency names itself as its parent.",
            "rule": "competency-cycle",
            "severity": "error",
          },
        ]
      `);
    });
  });

  it('reports the same lesson slug in two folders, naming the first file [duplicate-id]', () => {
    const files = readFixtureFiles();
    files['lessons/perceivable/lesson-three.mdx'] = files['lessons/lesson-three.mdx']!;
    files['lessons/robust/lesson-three.mdx'] = files['lessons/lesson-three.mdx']!.replace(
      'title: Lesson three',
      'title: Another lesson three',
    );
    delete files['lessons/lesson-three.mdx'];
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "(file name)",
          "file": "content/lessons/robust/lesson-three.mdx",
          "fix": "Rename one of the files: ids come from file names and must be unique.",
          "message": "lesson slug "lesson-three" is already used by content/lessons/perceivable/lesson-three.mdx.",
          "rule": "duplicate-id",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a competency listed twice by one lesson [duplicate-reference]', () => {
    const files = edit(
      readFixtureFiles(),
      'lessons/lesson-two.mdx',
      'competencies: [skill-a, skill-b]',
      'competencies: [skill-a, skill-b, skill-a]',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "competencies[2]",
          "file": "content/lessons/lesson-two.mdx",
          "fix": "List it once.",
          "message": ""skill-a" is listed twice.",
          "rule": "duplicate-reference",
          "severity": "error",
        },
      ]
    `);
  });

  describe('lesson-too-long', () => {
    it("reports a lesson longer than the site's lesson.maxMinutes", () => {
      // lesson-two takes 12 minutes.
      const files = edit(readFixtureFiles(), 'site.yaml', 'maxMinutes: 15', 'maxMinutes: 10');
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "duration",
            "file": "content/lessons/lesson-two.mdx",
            "fix": "Split the lesson into shorter ones, or raise lesson.maxMinutes in content/site.yaml.",
            "message": "12 minutes is over the site's limit of 10.",
            "rule": "lesson-too-long",
            "severity": "error",
          },
        ]
      `);
    });

    it('accepts a lesson exactly at the limit', () => {
      const files = edit(readFixtureFiles(), 'site.yaml', 'maxMinutes: 15', 'maxMinutes: 12');
      expect(checkFiles(files)).toEqual([]);
    });
  });

  describe('empty-competency', () => {
    it('warns about a competency no lesson builds, but not about its parent area', () => {
      const files = readFixtureFiles();
      files['competencies/skill-c.yaml'] =
        'title: Skill C\nparent: area-one\nsummary: Nobody teaches it yet.\n';
      const result = checkContent(toRawContent(files));
      expect(result.problems).toMatchInlineSnapshot(`
        [
          {
            "field": undefined,
            "file": "content/competencies/skill-c.yaml",
            "fix": "Add a lesson with this id in its competencies, or remove the competency.",
            "message": "no published lesson builds "skill-c".",
            "rule": "empty-competency",
            "severity": "warning",
          },
        ]
      `);
      expect(result.content, 'warnings do not stop the build').toBeDefined();
    });

    it('counts only published lessons', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-three.mdx',
        'format: video\n',
        'format: video\ndraft: true\n',
      );
      edit(
        files,
        'lessons/lesson-two.mdx',
        'competencies: [skill-a, skill-b]',
        'competencies: [skill-a]',
      );
      expect(
        checkFiles(files).map((problem) => `${problem.severity} ${problem.rule} ${problem.file}`),
      ).toEqual(['warning empty-competency content/competencies/skill-b.yaml']);
    });

    it('warns about an area with neither children nor lessons', () => {
      const files = readFixtureFiles();
      files['competencies/area-two.yaml'] = 'title: Area two\nsummary: Not started.\n';
      expect(
        checkFiles(files).map((problem) => `${problem.severity} ${problem.rule} ${problem.file}`),
      ).toEqual(['warning empty-competency content/competencies/area-two.yaml']);
    });
  });
});
