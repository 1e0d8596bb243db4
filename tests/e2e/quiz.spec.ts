import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import {
  answerAll,
  openQuiz,
  percent,
  quizSection,
  readLessonQuizzes,
  recordAnnouncements,
  startAtMain,
  tabTo,
  type LessonQuiz,
  type QuestionType,
} from './answer-quiz';
import { expectNoAxeViolations } from './helpers';

// The lesson quiz: every question type by keyboard alone, failed then passed; one announcement per
// check; focus on the result; progress kept across reloads; axe in both themes; the JavaScript budget.

// Answering by keyboard alone takes many key presses; axe runs three times in some tests.
test.describe.configure({ timeout: 90_000 });

const TYPES: QuestionType[] = [
  'single',
  'multiple',
  'true-false',
  'text',
  'numeric',
  'order',
  'match',
];
const quizzes = readLessonQuizzes();
const STORAGE_KEY = 'micropath:adc-academy';
const HEADING = 'Check your understanding';
const JS_BUDGET_GZIP = 80 * 1024;

/** The first lesson (by file) whose quiz has a question of `type`. */
function lessonWith(type: QuestionType): LessonQuiz {
  const found = quizzes.find((quiz) => quiz.questions.some((question) => question.type === type));
  if (!found) throw new Error(`No lesson quiz in content/ has a ${type} question.`);
  return found;
}

async function openLessonQuiz(page: Page, slug: string) {
  await page.goto(`lessons/${slug}/`);
  const quiz = quizSection(page, HEADING);
  await openQuiz(quiz);
  return quiz;
}

for (const type of TYPES) {
  test(`a quiz with a ${type} question is failed, then passed, by keyboard alone`, async ({
    page,
  }) => {
    const lesson = lessonWith(type);
    test
      .info()
      .annotations.push({
        type: 'lesson',
        description: `${lesson.slug}: ${lesson.questions.map((question) => question.type).join(', ')}`,
      });
    const quiz = await openLessonQuiz(page, lesson.slug);
    const total = lesson.questions.length;
    const summary = quiz.getByRole('heading', { level: 3 });

    // Failed: every question answered wrongly except the last, left unanswered (an order question
    // always has an arrangement, so it counts as answered).
    await startAtMain(page);
    const last = lesson.questions.at(-1)!;
    const unanswered = last.type === 'order' ? undefined : last;
    await answerAll(page, quiz, lesson.questions, 'wrong', (question) => question === unanswered);
    await expect(summary).toHaveText('Your result: Not passed yet');
    await expect(summary).toBeFocused();
    await expect(quiz).toContainText(
      `You answered 0 of ${total} correctly (0 %). The pass mark is ${percent(lesson.passingScore)}.`,
    );
    const verdicts = quiz.locator('fieldset .quiz-verdict');
    await expect(verdicts).toHaveCount(total);
    for (const [index, question] of lesson.questions.entries()) {
      const field = quiz.locator('fieldset.quiz-question').nth(index);
      await expect(field.locator('.quiz-verdict')).toContainText(
        question === unanswered ? 'Not answered.' : 'Not quite.',
      );
      await expect(field.locator('.quiz-feedback')).toContainText(question.explanation);
      if (question.type === 'single' && question !== unanswered) {
        const chosen = question.choices.find((choice) => !choice.correct)!;
        await expect(field.locator('.quiz-chosen')).toContainText(
          `You chose “${chosen.text}” (not a right answer): ${chosen.feedback}`,
        );
      }
    }

    // Try again: answers cleared, focus on the first question.
    await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
    await page.keyboard.press('Enter');
    await expect(quiz.locator('.quiz-feedback')).toHaveCount(0);
    expect(
      await quiz
        .locator('fieldset.quiz-question')
        .first()
        .evaluate((field) => field.contains(document.activeElement)),
    ).toBe(true);
    await expect(quiz.locator('input:checked')).toHaveCount(0);

    // Passed, keyboard all the way.
    await answerAll(page, quiz, lesson.questions, 'right');
    await expect(summary).toHaveText('Your result: Passed');
    await expect(summary).toBeFocused();
    await expect(quiz).toContainText(
      `You answered ${total} of ${total} correctly (100 %). The pass mark is ${percent(lesson.passingScore)}.`,
    );
    await expect(quiz).toContainText('This lesson is now complete.');
    await expect(quiz.locator('fieldset .quiz-verdict')).toHaveText(
      lesson.questions.map(() => 'Correct.'),
    );
  });
}

test('checking answers announces the result once through the live region and moves focus to the result', async ({
  page,
}) => {
  const lesson = lessonWith('order');
  const quiz = await openLessonQuiz(page, lesson.slug);
  const announcements = await recordAnnouncements(quiz);
  await startAtMain(page);

  await answerAll(page, quiz, lesson.questions, 'wrong');
  const failed = `Not passed yet. You answered 0 of ${lesson.questions.length} correctly (0 %). The pass mark is ${percent(lesson.passingScore)}. Read the feedback, then try again.`;
  await expect(quiz.locator('[role="status"].quiz-status')).toHaveText(failed);
  await expect(quiz.getByRole('heading', { name: 'Your result: Not passed yet' })).toBeFocused();
  await page.waitForTimeout(500);
  expect(await announcements()).toEqual([failed]);

  await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  await expect(quiz.locator('[role="status"].quiz-status')).toHaveText('');

  await answerAll(page, quiz, lesson.questions, 'right');
  const passed = `Passed. You answered ${lesson.questions.length} of ${lesson.questions.length} correctly (100 %). The pass mark is ${percent(lesson.passingScore)}. This lesson is now complete.`;
  await expect(quiz.locator('[role="status"].quiz-status')).toHaveText(passed);
  await page.waitForTimeout(500);
  expect(await announcements()).toEqual([failed, passed]);
});

test('a passed quiz is still passed after a reload, and the lesson is complete in the stored record', async ({
  page,
}) => {
  const lesson = lessonWith('single');
  let quiz = await openLessonQuiz(page, lesson.slug);
  await expect(quiz.locator('.quiz-history')).toHaveText('You have not taken this quiz yet.');
  await startAtMain(page);
  await answerAll(page, quiz, lesson.questions, 'right');
  await expect(quiz.getByRole('heading', { name: 'Your result: Passed' })).toBeVisible();

  await page.reload();
  quiz = quizSection(page, HEADING);
  await openQuiz(quiz);
  await expect(quiz.locator('.quiz-history')).toHaveText(
    /^Passed on \S.*\d{4}\. Your best score: 100 % \(1 attempt\)\.$/,
  );

  const record = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
    STORAGE_KEY,
  );
  expect(record.attempts).toHaveLength(1);
  expect(record.attempts[0]).toMatchObject({
    quizId: `lesson:${lesson.slug}`,
    score: 1,
    passed: true,
  });
  expect(Object.keys(record.attempts[0].answers).sort()).toEqual(
    lesson.questions.map((question) => question.id).sort(),
  );
  expect(record.lessons[lesson.slug].firstCompletedAt).toEqual(expect.any(String));
});

test('before its JavaScript runs the quiz says it is loading and nothing can be answered', async ({
  page,
}) => {
  const lesson = lessonWith('single');
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(`lessons/${lesson.slug}/`);
  const quiz = quizSection(page, HEADING);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Loading the quiz…' })).toBeDisabled();
  await expect(quiz.locator('fieldset.quiz-question:not([disabled])')).toHaveCount(0);
  // Without JavaScript, the page offers the questions with their answers instead.
  await expect(quiz.locator('noscript')).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a quiz unanswered, answered wrongly and answered rightly has no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    const lesson = lessonWith('match');
    await page.emulateMedia({ colorScheme });
    const quiz = await openLessonQuiz(page, lesson.slug);
    await expectNoAxeViolations(page, `an unanswered quiz (${colorScheme})`);

    await startAtMain(page);
    await answerAll(page, quiz, lesson.questions, 'wrong');
    await expect(quiz.getByRole('heading', { name: 'Your result: Not passed yet' })).toBeFocused();
    await expectNoAxeViolations(page, `a quiz answered wrongly (${colorScheme})`);

    await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
    await page.keyboard.press('Enter');
    await answerAll(page, quiz, lesson.questions, 'right');
    await expect(quiz.getByRole('heading', { name: 'Your result: Passed' })).toBeFocused();
    await expectNoAxeViolations(page, `a quiz answered rightly (${colorScheme})`);
  });
}

test('a lesson page with a quiz loads at most 80 KB of JavaScript (gzip) once the quiz is in view', async ({
  page,
}) => {
  const lesson = lessonWith('single');
  const scripts = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script')
      scripts.set(response.url(), await response.body());
  });
  await openLessonQuiz(page, lesson.slug);
  await page.waitForLoadState('networkidle');
  // The quiz's questions in a JSON <script> are data, not JavaScript.
  const inline = await page
    .locator('script:not([src]):not([type="application/json"])')
    .allTextContents();
  const files = [
    ...[...scripts].map(([url, bytes]) => ({
      name: new URL(url).pathname,
      gzip: gzipSync(bytes).length,
    })),
    ...inline.map((text, index) => ({
      name: `inline script ${index + 1}`,
      gzip: gzipSync(text).length,
    })),
  ].sort((a, b) => b.gzip - a.gzip);
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  const listing = files.map((file) => `${file.name}: ${file.gzip} B`).join('\n');
  test
    .info()
    .annotations.push({
      type: 'JavaScript on a lesson page with a quiz (gzip)',
      description: `${total} B in all\n${listing}`,
    });
  expect(total, `JavaScript on a lesson page with a quiz, gzip:\n${listing}`).toBeLessThanOrEqual(
    JS_BUDGET_GZIP,
  );
});
