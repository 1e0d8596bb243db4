import { describe, expect, it } from 'vitest';
import { lintQuiz } from '../../../../src/lib/checks/lint-quiz';
import type { Question } from '../../../../src/schemas/question';
import {
  checkFiles,
  edit,
  readFixtureFiles,
  type ContentFiles,
} from '../../../helpers/content-files';

const QUIZ = /quiz:\n[\s\S]*?\n---\n/;

/** The fixture with lesson-one's quiz replaced by these YAML lines (indented under `quiz:`). */
function withQuiz(
  lines: string[],
  files: ContentFiles = readFixtureFiles(),
  lesson = 'lessons/lesson-one.mdx',
): ContentFiles {
  const text = files[lesson]!;
  const quiz = `quiz:\n${lines.map((line) => `  ${line}`).join('\n')}\n---\n`;
  files[lesson] = QUIZ.test(text) ? text.replace(QUIZ, quiz) : text.replace(/\n---\n/, `\n${quiz}`);
  return files;
}

/** Every problem found once lesson-one's quiz is these lines. */
function checkQuiz(...lines: string[]) {
  return checkFiles(withQuiz(lines));
}

function summarise(problems: ReturnType<typeof checkFiles>, withFile = false): string[] {
  return problems.map(
    (problem) =>
      `${withFile ? `${problem.file} ` : ''}${problem.severity} ${problem.rule} ${problem.field}: ${problem.message} ${problem.fix}`,
  );
}

// JSON strings are valid YAML, so texts can hold quotes and colons.
const choice = (text: string, feedback: string, correct = false) =>
  `{ text: ${JSON.stringify(text)}, ${correct ? 'correct: true, ' : ''}feedback: ${JSON.stringify(feedback)} }`;
const single = (id: string, prompt: string, ...choices: string[]) =>
  `  - { id: ${id}, type: single, prompt: ${JSON.stringify(prompt)}, explanation: Because., choices: [${choices.join(', ')}] }`;
const multiple = (id: string, prompt: string, ...choices: string[]) =>
  `  - { id: ${id}, type: multiple, prompt: ${JSON.stringify(prompt)}, explanation: Because., choices: [${choices.join(', ')}] }`;

describe('quiz lint', () => {
  it('accepts a well-written quiz', () => {
    expect(
      checkQuiz(
        'questions:',
        single(
          'a',
          'Which alt text suits a purely decorative divider?',
          choice('alt=""', 'Screen readers skip it.', true),
          choice('alt="divider"', 'That is read aloud and adds noise.'),
          choice('No alt attribute', 'Some screen readers then read the file name.'),
        ),
        multiple(
          'b',
          'Which habits help? Select all that apply.',
          choice('Front-load the point', 'Listeners can move on.', true),
          choice('Repeat the caption', 'They hear it twice.'),
          choice('Start with "image of"', 'Screen readers already say so.'),
        ),
        '  - { id: c, type: text, prompt: "Which two-word phrase should alt text not start with?", explanation: Noise., accept: [image of] }',
      ),
    ).toEqual([]);
  });

  describe('all-or-none-of-the-above', () => {
    it('warns about "All of the above" and "None of the above"', () => {
      expect(
        summarise(
          checkQuiz(
            'questions:',
            multiple(
              'a',
              'Which need alt text?',
              choice('Charts', 'They carry data.', true),
              choice('Photos in news', 'They carry meaning.', true),
              choice('All of the above', 'Both do.', true),
            ),
            single(
              'b',
              'Which colour pair passes?',
              choice('Grey on white', 'Too pale.'),
              choice('Yellow on white', 'Far too pale.'),
              choice('None of the above.', 'Neither passes.', true),
            ),
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          "warning all-or-none-of-the-above quiz.questions[0].choices[2].text: the choice "All of the above" lets learners answer by spotting two right choices, without knowing the rest. Make it a "multiple" question with each right choice marked, or replace it with a plausible wrong answer.",
          "warning all-or-none-of-the-above quiz.questions[1].choices[2].text: the choice "None of the above." only tests whether learners can rule answers out, not whether they know the right one. Make it a "multiple" question with each right choice marked, or replace it with a plausible wrong answer.",
          "warning longest-answer-correct quiz.questions: the longest choice is a correct one in 2 of 2 choice questions ([0], [1]); learners who guess the longest answer will pass. Make wrong choices as specific and as long as the right ones, or shorten the right ones.",
        ]
      `);
    });

    it('is an error when the quiz shuffles its choices', () => {
      expect(
        checkQuiz(
          'shuffle: true',
          'questions:',
          single(
            'a',
            'Which need alt text?',
            choice('Charts', 'They carry data.'),
            choice('Photos', 'They carry meaning.'),
            choice('All of the above', 'Both do.', true),
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].choices[2].text",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Make it a "multiple" question with each right choice marked, or replace it with a plausible wrong answer.",
            "message": "the choice "All of the above" lets learners answer by spotting two right choices, without knowing the rest; this quiz also shuffles its choices, so "above" points at nothing.",
            "rule": "all-or-none-of-the-above",
            "severity": "error",
          },
        ]
      `);
    });
  });

  it('warns when the longest choice is right in most choice questions [longest-answer-correct]', () => {
    expect(
      checkQuiz(
        'questions:',
        single(
          'a',
          'First?',
          choice('A long, careful and specific answer', 'Yes.', true),
          choice('Short', 'No.'),
          choice('Brief', 'Not that.'),
        ),
        single(
          'b',
          'Second?',
          choice('Another long and specific answer', 'Yes.', true),
          choice('Short', 'No.'),
          choice('Brief', 'Not that.'),
        ),
        single(
          'c',
          'Third?',
          choice('Right', 'Yes.', true),
          choice('A long, careful and specific wrong answer', 'No.'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "quiz.questions",
          "file": "content/lessons/lesson-one.mdx",
          "fix": "Make wrong choices as specific and as long as the right ones, or shorten the right ones.",
          "message": "the longest choice is a correct one in 2 of 3 choice questions ([0], [1]); learners who guess the longest answer will pass.",
          "rule": "longest-answer-correct",
          "severity": "warning",
        },
      ]
    `);
  });

  it('does not count a right answer only a little longer than the wrong ones', () => {
    const problems = checkQuiz(
      'questions:',
      single(
        'a',
        'First?',
        choice('Twenty-one characters', 'Yes.', true),
        choice('Twenty characters ok', 'No.'),
      ),
      single(
        'b',
        'Second?',
        choice('Twenty-one characters', 'Yes.', true),
        choice('Twenty characters ok', 'No.'),
      ),
    );
    expect(problems).toEqual([]);
  });

  describe('feedback', () => {
    it('refuses placeholder feedback [empty-feedback]', () => {
      expect(
        checkQuiz(
          'questions:',
          single('a', 'Which?', choice('Right', 'Yes.', true), choice('Wrong', 'TODO')),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].choices[1].feedback",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Say why "Wrong" is wrong.",
            "message": "the feedback of "Wrong" is "TODO", which tells the learner nothing.",
            "rule": "empty-feedback",
            "severity": "error",
          },
        ]
      `);
    });

    it("refuses a wrong choice with the right choice's feedback [feedback-same-as-correct]", () => {
      expect(
        checkQuiz(
          'questions:',
          single(
            'a',
            'Which?',
            choice('Right', 'See the lesson.', true),
            choice('Wrong', 'See the lesson'),
            choice('Other', 'Not this one.'),
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].choices[1].feedback",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Say why "Wrong" is wrong.",
            "message": "the wrong choice "Wrong" has the same feedback as the correct choice "Right": "See the lesson".",
            "rule": "feedback-same-as-correct",
            "severity": "error",
          },
        ]
      `);
    });

    it('warns when wrong choices share one feedback [repeated-feedback]', () => {
      expect(
        checkQuiz(
          'questions:',
          single(
            'a',
            'Which?',
            choice('Right', 'Yes.', true),
            choice('Wrong', 'No.'),
            choice('Other', 'No.'),
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].choices[2].feedback",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Give each wrong choice feedback that says why that choice is wrong.",
            "message": "the wrong choices "Wrong" and "Other" have the same feedback, "No.".",
            "rule": "repeated-feedback",
            "severity": "warning",
          },
        ]
      `);
    });

    it('leaves questions with shape errors to the quiz checks', () => {
      expect(
        summarise(
          checkQuiz(
            'questions:',
            single('a', 'Which?', choice('Wrong', 'No.'), choice('Other', 'No.')),
          ),
        ),
      ).toEqual([
        'error single-needs-one-correct quiz.questions[0].choices: a "single" question needs exactly one choice with correct: true, this one has none. Mark the right choice with correct: true.',
      ]);
    });
  });

  describe('duplicate prompts', () => {
    it('refuses a prompt asked twice in one quiz [duplicate-prompt]', () => {
      expect(
        checkQuiz(
          'questions:',
          '  - { id: a, type: true-false, prompt: Alt text is optional., answer: false, explanation: It is not. }',
          '  - { id: b, type: true-false, prompt: "alt text is  optional", answer: false, explanation: Still not. }',
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[1].prompt",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Ask something different, or remove one of the two questions.",
            "message": "the prompt "alt text is  optional" is also the prompt of quiz.questions[0].",
            "rule": "duplicate-prompt",
            "severity": "error",
          },
        ]
      `);
    });

    it('warns about a prompt asked again in another lesson or a competency check [repeated-prompt]', () => {
      const files = withQuiz([
        'questions:',
        '  - { id: a, type: true-false, prompt: One is first., answer: true, explanation: It is. }',
      ]);
      withQuiz(
        [
          'questions:',
          '  - { id: b, type: true-false, prompt: Which is first?, answer: true, explanation: Yes. }',
        ],
        files,
        'lessons/lesson-two.mdx',
      );
      edit(
        files,
        'lessons/lesson-one.mdx',
        'questions:\n',
        'questions:\n    - { id: c, type: true-false, prompt: Which is first?, answer: true, explanation: Yes. }\n',
      );
      expect(summarise(checkFiles(files), true)).toMatchInlineSnapshot(`
        [
          "content/lessons/lesson-two.mdx warning repeated-prompt quiz.questions[0].prompt: the prompt "Which is first?" is also asked in content/lessons/lesson-one.mdx (quiz.questions[0]). Reword or replace one of them, so a learner who meets both is not answering from memory.",
          "content/assessments/skill-a.yaml warning repeated-prompt questions[0].prompt: the prompt "One is first." is also asked in content/lessons/lesson-one.mdx (quiz.questions[1]). Reword or replace one of them, so a learner who meets both is not answering from memory.",
        ]
      `);
    });
  });

  describe('answer-in-prompt', () => {
    it('refuses a prompt that contains its correct choice', () => {
      expect(
        checkQuiz(
          'questions:',
          single(
            'a',
            'Screen readers skip an image with empty alt text. Which alt text makes them skip an image?',
            choice('Empty alt text', 'Right.', true),
            choice('No alt attribute', 'Some then read the file name.'),
            choice('A single space', 'Some read it as "space".'),
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "quiz.questions[0].prompt",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Reword the prompt so it does not contain the answer.",
            "message": "the correct choice "Empty alt text" appears word for word in the prompt, so the question answers itself.",
            "rule": "answer-in-prompt",
            "severity": "error",
          },
        ]
      `);
    });

    it('refuses a prompt that contains an accepted text answer', () => {
      expect(
        summarise(
          checkQuiz(
            'questions:',
            '  - { id: a, type: text, prompt: "Leave off image of: which phrase should alt text not start with?", accept: [Image of], explanation: Noise. }',
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          "error answer-in-prompt quiz.questions[0].prompt: the accepted answer "Image of" appears word for word in the prompt, so the question answers itself. Reword the prompt so it does not contain the answer.",
        ]
      `);
    });

    it('accepts a prompt that names every option, and short answers that occur by chance', () => {
      const problems = checkQuiz(
        'questions:',
        single(
          'a',
          'Should a chart have alt text or a long description?',
          choice('A long description', 'Yes.', true),
          choice('Alt text', 'Too short for the data.'),
        ),
        single(
          'b',
          'Is there no limit on alt text length?',
          choice('No', 'Right: WCAG sets none.', true),
          choice('Yes', 'WCAG sets none.'),
        ),
      );
      expect(problems).toEqual([]);
    });
  });
});

describe('lintQuiz', () => {
  it('reads the questions of a competency check under their own field', () => {
    const questions = [
      { id: 'a', type: 'true-false', prompt: 'Same?', answer: true, explanation: 'E.' },
      { id: 'b', type: 'true-false', prompt: 'Same?', answer: true, explanation: 'E.' },
    ] as Question[];
    expect(
      lintQuiz({ file: 'content/assessments/x.yaml', field: 'questions', questions }).map(
        (problem) => `${problem.rule} ${problem.field}`,
      ),
    ).toEqual(['duplicate-prompt questions[1].prompt']);
  });
});
