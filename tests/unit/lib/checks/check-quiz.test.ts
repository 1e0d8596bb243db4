import { describe, expect, it } from 'vitest';
import { checkFiles, edit, readFixtureFiles } from '../../../helpers/content-files';

const QUIZ = /quiz:\n[\s\S]*?\n---\n/;

/** The problems found once lesson-one's quiz is replaced by these YAML lines (indented under `quiz:`). */
function checkQuiz(...lines: string[]) {
  const files = readFixtureFiles();
  const lesson = files['lessons/lesson-one.mdx']!;
  if (!QUIZ.test(lesson)) throw new Error('lesson-one.mdx has no quiz to replace');
  files['lessons/lesson-one.mdx'] = lesson.replace(
    QUIZ,
    `quiz:\n${lines.map((line) => `  ${line}`).join('\n')}\n---\n`,
  );
  return checkFiles(files);
}

const right = '{ text: Right, correct: true, feedback: Yes. }';
const wrong = '{ text: Wrong, feedback: No. }';
const wrongToo = '{ text: Also wrong, feedback: No. }';
const rightToo = '{ text: Also right, correct: true, feedback: Yes. }';
// Each question gets its own prompt, so the lint's duplicate-prompt rule stays out of these tests.
let asked = 0;
const question = (id: string, type: string, rest: string) =>
  `  - { id: ${id}, type: ${type}, prompt: Question ${++asked}?, explanation: E., ${rest} }`;

describe('quiz checks', () => {
  it('accepts one well-formed question of each of the seven types', () => {
    expect(
      checkQuiz(
        'questions:',
        question('a', 'single', `choices: [${right}, ${wrong}]`),
        question('b', 'multiple', `choices: [${right}, ${rightToo}, ${wrong}]`),
        question('c', 'true-false', 'answer: false'),
        question('d', 'text', 'accept: [colour, color], pattern: "^colou?r$"'),
        question('e', 'numeric', 'answer: 4.5, tolerance: 0.1, unit: ":1"'),
        question('f', 'order', 'items: [First, Second, Third]'),
        question('g', 'match', 'pairs: [{ left: A, right: "1" }, { left: B, right: "2" }]'),
      ),
    ).toEqual([]);
  });

  describe('single-needs-one-correct', () => {
    it('reports a single-choice question with no correct choice', () => {
      expect(checkQuiz('questions:', question('q', 'single', `choices: [${wrong}, ${wrongToo}]`)))
        .toMatchInlineSnapshot(`
          [
            {
              "field": "quiz.questions[0].choices",
              "file": "content/lessons/lesson-one.mdx",
              "fix": "Mark the right choice with correct: true.",
              "message": "a "single" question needs exactly one choice with correct: true, this one has none.",
              "rule": "single-needs-one-correct",
              "severity": "error",
            },
          ]
        `);
    });

    it('reports a single-choice question with two correct choices and suggests "multiple"', () => {
      expect(
        checkQuiz(
          'questions:',
          question('q', 'single', `choices: [${right}, ${rightToo}, ${wrong}]`),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].choices",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Keep one correct choice, or change the type to "multiple".",
            "message": "a "single" question needs exactly one choice with correct: true, this one has 2.",
            "rule": "single-needs-one-correct",
            "severity": "error",
          },
        ]
      `);
    });
  });

  it('reports a multiple-choice question with no correct choice [multiple-needs-correct]', () => {
    expect(checkQuiz('questions:', question('q', 'multiple', `choices: [${wrong}, ${wrongToo}]`)))
      .toMatchInlineSnapshot(`
      [
        {
          "field": "quiz.questions[0].choices",
          "file": "content/lessons/lesson-one.mdx",
          "fix": "Mark every right choice with correct: true.",
          "message": "a "multiple" question needs at least one choice with correct: true, this one has none.",
          "rule": "multiple-needs-correct",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a question id used twice, pointing at the first use [duplicate-question-id]', () => {
    expect(
      checkQuiz(
        'questions:',
        question('same', 'true-false', 'answer: true'),
        question('other', 'true-false', 'answer: true'),
        question('same', 'true-false', 'answer: false'),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "quiz.questions[2].id",
          "file": "content/lessons/lesson-one.mdx",
          "fix": "Give each question its own id.",
          "message": "question id "same" is used twice (also by quiz.questions[0]).",
          "rule": "duplicate-question-id",
          "severity": "error",
        },
      ]
    `);
  });

  it('reports a text question whose pattern is not a regular expression [invalid-pattern]', () => {
    expect(checkQuiz('questions:', question('q', 'text', 'accept: [colour], pattern: "colou?r("')))
      .toMatchInlineSnapshot(`
      [
        {
          "field": "quiz.questions[0].pattern",
          "file": "content/lessons/lesson-one.mdx",
          "fix": "Fix the expression, or list the answers in accept instead.",
          "message": ""colou?r(" is not a valid regular expression.",
          "rule": "invalid-pattern",
          "severity": "error",
        },
      ]
    `);
  });

  describe('duplicate-option', () => {
    it('reports two choices that read the same, ignoring case and spaces', () => {
      expect(
        checkQuiz(
          'questions:',
          question(
            'q',
            'single',
            `choices: [${right}, ${wrong}, { text: " wrong", feedback: No. }]`,
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].choices",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Make every option different.",
            "message": "" wrong" appears twice, so two answers look the same.",
            "rule": "duplicate-option",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports repeated order items and match partners', () => {
      const problems = checkQuiz(
        'questions:',
        question('o', 'order', 'items: [First, Second, First]'),
        question('m', 'match', 'pairs: [{ left: A, right: "1" }, { left: B, right: "1" }]'),
      );
      expect(
        problems.map((problem) => `${problem.rule} ${problem.field}: ${problem.message}`),
      ).toEqual([
        'duplicate-option quiz.questions[0].items: "First" appears twice, so two answers look the same.',
        'duplicate-option quiz.questions[1].pairs (right): "1" appears twice, so two answers look the same.',
      ]);
    });
  });

  describe('passing-score-range', () => {
    it('reports a passing score written as a percentage and suggests the share', () => {
      expect(
        checkQuiz('passingScore: 80', 'questions:', question('q', 'true-false', 'answer: true')),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.passingScore",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Write it as a share: 0.8.",
            "message": "80 is outside 0–1.",
            "rule": "passing-score-range",
            "severity": "error",
          },
        ]
      `);
    });

    it('asks for a share between 0 and 1 when the score is not a percentage', () => {
      const files = edit(
        readFixtureFiles(),
        'assessments/skill-a.yaml',
        'passingScore: 0.5',
        'passingScore: -1',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "passingScore",
            "file": "content/assessments/skill-a.yaml",
            "fix": "Use a share between 0 and 1, e.g. 0.8.",
            "message": "-1 is outside 0–1.",
            "rule": "passing-score-range",
            "severity": "error",
          },
        ]
      `);
    });
  });

  it('reports an assessment drawing more questions than its pool holds [draw-exceeds-pool]', () => {
    const files = edit(
      readFixtureFiles(),
      'assessments/skill-a.yaml',
      'passingScore: 0.5',
      'passingScore: 0.5\ndraw: 3',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "draw",
          "file": "content/assessments/skill-a.yaml",
          "fix": "Lower draw to 1 or add questions.",
          "message": "draws 3 questions but the pool has 1.",
          "rule": "draw-exceeds-pool",
          "severity": "error",
        },
      ]
    `);
  });

  it('checks assessment questions by the same rules as lesson quizzes', () => {
    const files = edit(
      readFixtureFiles(),
      'assessments/skill-a.yaml',
      'questions:\n',
      `questions:\n${question('c-one', 'multiple', `choices: [${wrong}, ${wrongToo}]`)}\n`,
    );
    expect(
      checkFiles(files).map((problem) => `${problem.rule} ${problem.file} ${problem.field}`),
    ).toEqual([
      'multiple-needs-correct content/assessments/skill-a.yaml questions[0].choices',
      'duplicate-question-id content/assessments/skill-a.yaml questions[1].id',
    ]);
  });
});
