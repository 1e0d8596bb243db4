import { describe, expect, it } from 'vitest';
import { checkFiles, edit, readFixtureFiles } from '../../../helpers/content-files';

// Schema problems, as the content check reports them for files that YAML could read.

describe('formatZodIssues', () => {
  describe('unknown-field', () => {
    it('reports a misspelled key and lists the valid fields', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'level: foundation\n',
        'level: foundation\ndificulty: easy\n',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "dificulty",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Remove it or rename it; valid fields: title, description, competencies, objectives, duration, level, format, order, prerequisites, ceCredits, updated, draft, quiz.",
            "message": ""dificulty" is not a field here.",
            "rule": "unknown-field",
            "severity": "error",
          },
        ]
      `);
    });

    it('suggests the nearest field when the key is a near miss', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-two.mdx',
        'prerequisites:',
        'prerequisite:',
      );
      expect(checkFiles(files).map((problem) => problem.message)).toEqual([
        '"prerequisite" is not a field here. Did you mean "prerequisites"?',
      ]);
    });

    it('lists the fields of the nested object the key sits in, following the question type', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        '{ text: One, correct: true,',
        '{ text: One, corect: true,',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].choices[0].corect",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Remove it or rename it; valid fields: text, correct, feedback.",
            "message": ""corect" is not a field here. Did you mean "correct"?",
            "rule": "unknown-field",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports an unknown key in site.yaml with its full path', () => {
      const files = edit(readFixtureFiles(), 'site.yaml', 'maxMinutes: 15', 'maxMinute: 15');
      expect(
        checkFiles(files).map(
          (problem) => `${problem.file} ${problem.field}: ${problem.message} ${problem.fix}`,
        ),
      ).toEqual([
        'content/site.yaml lesson.maxMinute: "maxMinute" is not a field here. Did you mean "maxMinutes"? Remove it or rename it; valid fields: maxMinutes.',
      ]);
    });
  });

  describe('missing-field', () => {
    it('reports a required field that is missing and says what to add', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-three.mdx',
        'title: Lesson three\n',
        '',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "title",
            "file": "content/lessons/lesson-three.mdx",
            "fix": "Add a line "title: …" with text.",
            "message": "title is required but missing.",
            "rule": "missing-field",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports a choice without feedback', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        '{ text: Two, feedback: No. }',
        '{ text: Two }',
      );
      expect(checkFiles(files).map((problem) => `${problem.rule} ${problem.field}`)).toEqual([
        'missing-field quiz.questions[0].choices[1].feedback',
      ]);
    });
  });

  describe('invalid-option', () => {
    it('reports a level that is not one of the three and lists them', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'level: foundation',
        'level: expert',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "level",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Use one of: foundation, practitioner, advanced.",
            "message": ""expert" is not allowed.",
            "rule": "invalid-option",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports a question type that does not exist and lists the seven types', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'type: single',
        'type: essay',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].type",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Use one of: single, multiple, true-false, text, numeric, order, match.",
            "message": ""essay" is not a valid type.",
            "rule": "invalid-option",
            "severity": "error",
          },
        ]
      `);
    });

    it('suggests the nearest option for a near miss', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'format: reading',
        'format: readings',
      );
      expect(checkFiles(files).map((problem) => problem.message)).toEqual([
        '"readings" is not allowed. Did you mean "reading"?',
      ]);
    });
  });

  describe('wrong-type', () => {
    it('reports quoted text where a number belongs and says to drop the quotes', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-one.mdx',
        'duration: 5',
        'duration: "5"',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "duration",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Write the number without quotes.",
            "message": "expected a number, received "5" (string).",
            "rule": "wrong-type",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports a single value where a list belongs and shows the list form', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-three.mdx',
        'competencies: [skill-b]',
        'competencies: skill-b',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "competencies",
            "file": "content/lessons/lesson-three.mdx",
            "fix": "Write a list: [skill-b].",
            "message": "expected a list, received "skill-b" (string).",
            "rule": "wrong-type",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports a number where text belongs and says to quote it', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-three.mdx',
        'title: Lesson three',
        'title: 1984',
      );
      expect(
        checkFiles(files).map((problem) => `${problem.rule}: ${problem.message} ${problem.fix}`),
      ).toEqual(['wrong-type: expected text, received 1984 (number). Quote it: "1984".']);
    });
  });

  it('reports a list with too few items [too-small]', () => {
    const files = edit(
      readFixtureFiles(),
      'lessons/lesson-three.mdx',
      'objectives: [Read the third lesson]',
      'objectives: []',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "objectives",
          "file": "content/lessons/lesson-three.mdx",
          "fix": undefined,
          "message": "needs at least 1 item, has 0.",
          "rule": "too-small",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a calendar day that does not exist [invalid-value]', () => {
    const files = edit(
      readFixtureFiles(),
      'lessons/lesson-one.mdx',
      'updated: 2026-11-20',
      'updated: 2026-02-30',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "updated",
          "file": "content/lessons/lesson-one.mdx",
          "fix": "Write a calendar date as YYYY-MM-DD, e.g. 2026-11-20.",
          "message": ""2026-02-30" is not valid.",
          "rule": "invalid-value",
          "severity": "error",
        },
      ]
    `);
  });
});
