import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/checks/check-content';
import { formatReport } from '../../../../src/lib/checks/format-report';
import { readContentDir } from '../../../../src/lib/node/read-content-dir';
import {
  checkFiles,
  edit,
  readFixtureFiles,
  repoRoot,
  toRawContent,
} from '../../../helpers/content-files';

describe('checkContent', () => {
  it('passes the valid fixture and returns its validated content', () => {
    const result = checkContent(
      readContentDir(`${repoRoot}/tests/fixtures/content/valid`, repoRoot),
    );
    expect(result.problems).toEqual([]);
    expect(result.content?.site.id).toBe('fixture-portal');
    expect(result.content?.competencies.find((entry) => entry.id === 'skill-a')?.data.code).toBe(
      '1.10',
    );
  });

  describe('unreadable-file', () => {
    it('reports a YAML syntax error in a lesson with its line in the file', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-three.mdx',
        'description: The lesson of skill B.',
        'description: Skill B: the lesson',
      );
      expect(formatReport(checkFiles(files))).toMatchInlineSnapshot(`
        "content/lessons/lesson-three.mdx
          ✖ error line 3: the YAML cannot be read: Nested mappings are not allowed in compact mappings. Fix the syntax; put quotes around values that contain ": " or start with a special character. [unreadable-file]

        1 error and 0 warnings in 1 file. Fix the errors above, then run npm run check again."
      `);
    });

    it('reports a YAML syntax error in a competency with its line', () => {
      const files = edit(
        readFixtureFiles(),
        'competencies/skill-b.yaml',
        'order: 2',
        'order: 2\n  code: 3',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": undefined,
            "file": "content/competencies/skill-b.yaml",
            "fix": "Fix the syntax; put quotes around values that contain ": " or start with a special character.",
            "line": 4,
            "message": "the YAML cannot be read: Nested mappings are not allowed in compact mappings.",
            "rule": "unreadable-file",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports a lesson with no frontmatter', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-three.mdx',
        '---\ntitle: Lesson three',
        'title: Lesson three',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": undefined,
            "file": "content/lessons/lesson-three.mdx",
            "fix": undefined,
            "line": 1,
            "message": "the file has no frontmatter: start it with a line of three dashes (---), the lesson fields, and another --- line",
            "rule": "unreadable-file",
            "severity": "error",
          },
        ]
      `);
    });
  });

  it('reports a content folder without site.yaml [missing-site]', () => {
    const files = readFixtureFiles();
    delete files['site.yaml'];
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": undefined,
          "file": "content/site.yaml",
          "fix": "Create it with at least id and title.",
          "message": "the content folder has no site.yaml.",
          "rule": "missing-site",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a content folder without lessons [no-lessons]', () => {
    const files = readFixtureFiles();
    for (const path of Object.keys(files)) if (path.startsWith('lessons/')) delete files[path];
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": undefined,
          "file": "content/lessons",
          "fix": "Add at least one .mdx file under content/lessons/.",
          "message": "there are no lessons.",
          "rule": "no-lessons",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports every schema problem of every file in one run', () => {
    const files = edit(
      readFixtureFiles(),
      'lessons/lesson-one.mdx',
      'level: foundation',
      'level: expert',
    );
    edit(files, 'lessons/lesson-one.mdx', 'duration: 5', 'duration: five');
    edit(files, 'competencies/skill-b.yaml', 'summary: A skill with one lesson.\n', '');
    edit(files, 'site.yaml', 'id: fixture-portal', 'id: Fixture Portal');
    expect(
      checkFiles(files).map((problem) => `${problem.file} ${problem.field} [${problem.rule}]`),
    ).toEqual([
      'content/site.yaml id [invalid-value]',
      'content/competencies/skill-b.yaml summary [missing-field]',
      'content/lessons/lesson-one.mdx duration [wrong-type]',
      'content/lessons/lesson-one.mdx level [invalid-option]',
    ]);
  });

  it('reports three errors in two files at once, grouped by file, errors before warnings, with a count', () => {
    const files = edit(
      readFixtureFiles(),
      'lessons/lesson-one.mdx',
      'competencies: [skill-a]',
      'competencies: [skil-a]',
    );
    edit(files, 'lessons/lesson-one.mdx', 'order: 1\n', 'order: 1\nprerequisites: [lesson-tree]\n');
    files['competencies/skill-c.yaml'] =
      'title: Skill C\nparent: area-on\nsummary: Not taught yet.\n';
    expect(formatReport(checkFiles(files))).toMatchInlineSnapshot(`
      "content/competencies/skill-c.yaml
        ✖ error parent: "area-on" is not a competency. Did you mean "area-one"? Use the file name (without .yaml) of a file in content/competencies/, or remove parent for an area. [unknown-parent]
        ▲ warning: no published lesson builds "skill-c". Add a lesson with this id in its competencies, or remove the competency. [empty-competency]

      content/lessons/lesson-one.mdx
        ✖ error competencies[0]: "skil-a" is not a competency. Did you mean "skill-a"? Use the file name (without .yaml) of a file in content/competencies/. [unknown-competency]
        ✖ error prerequisites[0]: "lesson-tree" is not a lesson. Did you mean "lesson-three"? Use the file name (without .mdx) of a lesson in content/lessons/. [unknown-prerequisite]

      3 errors and 1 warning in 2 files. Fix the errors above, then run npm run check again."
    `);
  });

  it('reads the same problems from disk as from memory', () => {
    const fromDisk = checkContent(
      readContentDir(`${repoRoot}/tests/fixtures/content/invalid/prerequisite-cycle`, repoRoot),
    ).problems;
    const inMemory = checkContent(
      toRawContent(
        readFixtureFiles('tests/fixtures/content/invalid/prerequisite-cycle'),
        'tests/fixtures/content/invalid/prerequisite-cycle',
      ),
    ).problems;
    expect(fromDisk).toEqual(inMemory);
  });

  describe('the invalid fixtures', () => {
    // Each is a copy of the valid fixture with one change, named by intent; the CLI test uses them too.
    const checkFixture = (name: string) =>
      checkContent(readContentDir(`${repoRoot}/tests/fixtures/content/invalid/${name}`, repoRoot))
        .problems;

    it('unknown-competency/ names a competency that does not exist', () => {
      expect(formatReport(checkFixture('unknown-competency'))).toMatchInlineSnapshot(`
        "tests/fixtures/content/invalid/unknown-competency/lessons/lesson-one.mdx
          ✖ error competencies[0]: "skil-a" is not a competency. Did you mean "skill-a"? Use the file name (without .yaml) of a file in content/competencies/. [unknown-competency]

        1 error and 0 warnings in 1 file. Fix the errors above, then run npm run check again."
      `);
    });

    it('misspelled-key/ writes prerequisite for prerequisites', () => {
      expect(formatReport(checkFixture('misspelled-key'))).toMatchInlineSnapshot(`
        "tests/fixtures/content/invalid/misspelled-key/lessons/lesson-two.mdx
          ✖ error prerequisite: "prerequisite" is not a field here. Did you mean "prerequisites"? Remove it or rename it; valid fields: title, description, competencies, objectives, duration, level, format, order, prerequisites, ceCredits, updated, draft, quiz. [unknown-field]

        1 error and 0 warnings in 1 file. Fix the errors above, then run npm run check again."
      `);
    });

    it('prerequisite-cycle/ makes two lessons require each other', () => {
      expect(formatReport(checkFixture('prerequisite-cycle'))).toMatchInlineSnapshot(`
        "tests/fixtures/content/invalid/prerequisite-cycle/lessons/lesson-one.mdx
          ✖ error prerequisites: prerequisites form a cycle: lesson-one → lesson-two → lesson-one. Remove one prerequisite in the cycle so lessons can be taken in some order. [prerequisite-cycle]

        1 error and 0 warnings in 1 file. Fix the errors above, then run npm run check again."
      `);
    });
  });
});

describe('checkContent across schema and graph problems', () => {
  it('reports a schema error in one file and an unknown reference in another in the same run', () => {
    const files = edit(readFixtureFiles(), 'lessons/lesson-one.mdx', 'duration: 5', 'duration: five');
    edit(files, 'lessons/lesson-three.mdx', 'competencies: [skill-b]', 'competencies: [skill-c]');
    const rules = checkFiles(files).map((problem) => `${problem.file} ${problem.rule}`);
    expect(rules).toEqual(['content/lessons/lesson-one.mdx wrong-type', 'content/lessons/lesson-three.mdx unknown-competency']);
  });

  it('does not call a lesson unknown when only its schema failed', () => {
    const files = edit(readFixtureFiles(), 'lessons/lesson-one.mdx', 'duration: 5', 'duration: five');
    const rules = checkFiles(files).map((problem) => problem.rule);
    expect(rules).not.toContain('unknown-prerequisite');
  });

  it('refuses a published lesson whose prerequisite is a draft [draft-prerequisite]', () => {
    const files = edit(readFixtureFiles(), 'lessons/lesson-one.mdx', 'format: reading', 'format: reading\ndraft: true');
    const problems = checkFiles(files).filter((problem) => problem.rule === 'draft-prerequisite');
    expect(problems.map(({ file, field, message }) => ({ file, field, message }))).toEqual([
      { file: 'content/lessons/lesson-two.mdx', field: 'prerequisites[0]', message: '"lesson-one" is a draft, so it is not published and learners could not take it first.' },
    ]);
  });

  it('reports a prerequisite and a certification competency listed twice [duplicate-reference]', () => {
    const files = edit(readFixtureFiles(), 'lessons/lesson-two.mdx', 'prerequisites: [lesson-one]', 'prerequisites: [lesson-one, lesson-one]');
    edit(files, 'certifications/cert.yaml', 'competencies: [skill-a, skill-b]', 'competencies: [skill-a, skill-b, skill-a]');
    const problems = checkFiles(files).filter((problem) => problem.rule === 'duplicate-reference');
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      'content/lessons/lesson-two.mdx prerequisites[1]',
      'content/certifications/cert.yaml competencies[2]',
    ]);
  });

  it('says a field left empty is empty, not null', () => {
    const files = edit(readFixtureFiles(), 'competencies/skill-b.yaml', 'title: Skill B', 'title:');
    const [problem] = checkFiles(files);
    expect(problem).toMatchObject({ rule: 'missing-field', field: 'title', message: 'title is empty.' });
  });
});
