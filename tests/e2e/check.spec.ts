import { expect, test, type Page } from '@playwright/test';
import {
  answerAll,
  openQuiz,
  percent,
  quizSection,
  readAssessment,
  shownPrompts,
  startAtMain,
  tabTo,
} from './answer-quiz';
import { expectNoAxeViolations, readCompetency, readPath } from './helpers';

// The competency check on a competency page: a random draw from the pool per attempt, and a
// test-out that marks the competency mastered before any lesson is taken.

// Answering by keyboard alone takes many key presses; axe runs three times in some tests.
test.describe.configure({ timeout: 90_000 });

const COMPETENCY = 'text-alternatives';
const assessment = readAssessment(COMPETENCY);
const competency = readCompetency(COMPETENCY);
const heading = assessment.title ?? `${competency.title} check`;
const drawn = Math.min(assessment.draw ?? assessment.questions.length, assessment.questions.length);
const pool = assessment.questions.map((question) => question.prompt);

async function openCheck(page: Page) {
  await page.goto(`competencies/${COMPETENCY}/`);
  const check = quizSection(page, heading);
  await openQuiz(check);
  return check;
}

async function tryAgain(page: Page, check: ReturnType<typeof quizSection>) {
  await tabTo(page, check.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  await expect(check.getByRole('button', { name: 'Check answers' })).toBeVisible();
}

test('the check draws the configured number of questions from its pool on every attempt', async ({
  page,
}) => {
  test.skip(assessment.draw === undefined, `${COMPETENCY} draws every question`);
  const check = await openCheck(page);
  await expect(check).toContainText(
    `${drawn} questions, drawn at random from ${pool.length} · pass mark`,
  );

  const draws: string[][] = [];
  await startAtMain(page);
  for (let attempt = 0; attempt < 6; attempt++) {
    const prompts = await shownPrompts(check);
    expect(prompts).toHaveLength(drawn);
    expect(new Set(prompts).size).toBe(drawn);
    for (const prompt of prompts) expect(pool).toContain(prompt);
    draws.push(prompts);
    if (new Set(draws.map((prompts) => prompts.join('|'))).size > 1) break;
    // Check unanswered, then try again for a new draw.
    await tabTo(page, check.getByRole('button', { name: 'Check answers' }));
    await page.keyboard.press('Enter');
    await expect(check.getByRole('heading', { name: 'Your result: Not passed yet' })).toBeFocused();
    await expect(check).toContainText(`You answered 0 of ${drawn} correctly (0 %).`);
    await tryAgain(page, check);
  }
  // 21 ways to draw 5 of 7: six identical draws in a row would mean the draw is not random.
  expect(
    new Set(draws.map((prompts) => prompts.join('|'))).size,
    'different draws across attempts',
  ).toBeGreaterThan(1);
});

test('passing the check before the lessons marks the competency mastered, tested out, and it stays so', async ({
  page,
}) => {
  expect(readPath(COMPETENCY).length, 'the test-out needs a learning path').toBeGreaterThan(0);
  const check = await openCheck(page);
  await expect(check).toContainText(
    'Already confident? Take the check now: passing it marks this competency mastered (tested out).',
  );
  await expect(check.locator('.quiz-history')).toHaveText('You have not taken this check yet.');
  const passMark = percent(assessment.passingScore ?? 0.8);

  // Failed first, by keyboard.
  await startAtMain(page);
  await answerAll(page, check, assessment.questions, 'wrong');
  await expect(check.getByRole('heading', { name: 'Your result: Not passed yet' })).toBeFocused();
  await expect(check).toContainText(
    `You answered 0 of ${drawn} correctly (0 %). The pass mark is ${passMark}.`,
  );
  await expect(check.locator('.quiz-history')).toHaveText(
    /^Not passed yet\. Your best score: 0 % \(1 attempt\)\.$/,
  );

  // Then passed: a test-out, since no lesson of the path is complete.
  await tryAgain(page, check);
  await answerAll(page, check, assessment.questions, 'right');
  await expect(check.getByRole('heading', { name: 'Your result: Passed' })).toBeFocused();
  await expect(check).toContainText(
    `You answered ${drawn} of ${drawn} correctly (100 %). The pass mark is ${passMark}.`,
  );
  await expect(check.locator('.quiz-summary')).toContainText('Mastered (tested out)');
  await expect(check.locator('[role="status"].quiz-status')).toContainText('Passed. ');
  await expect(check.locator('[role="status"].quiz-status')).toContainText('Mastered (tested out)');
  await expect(check.locator('.quiz-history')).toHaveText(
    /^Mastered \(tested out\) on \S.*\d{4}\. Your best score on this check: 100 %\.$/,
  );

  await page.reload();
  const again = quizSection(page, heading);
  await openQuiz(again);
  await expect(again.locator('.quiz-history')).toHaveText(/^Mastered \(tested out\) on /);
  const record = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('micropath:adc-academy') ?? 'null'),
  );
  expect(
    record.attempts.map((attempt: { quizId: string; passed: boolean }) => [
      attempt.quizId,
      attempt.passed,
    ]),
  ).toEqual([
    [`check:${COMPETENCY}`, false],
    [`check:${COMPETENCY}`, true],
  ]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the check unanswered, answered wrongly and answered rightly has no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const check = await openCheck(page);
    await expectNoAxeViolations(page, `an unanswered check (${colorScheme})`);
    await startAtMain(page);
    await answerAll(page, check, assessment.questions, 'wrong');
    await expectNoAxeViolations(page, `a check answered wrongly (${colorScheme})`);
    await tryAgain(page, check);
    await answerAll(page, check, assessment.questions, 'right');
    await expect(check.getByRole('heading', { name: 'Your result: Passed' })).toBeFocused();
    await expectNoAxeViolations(page, `a check answered rightly (${colorScheme})`);
  });
}
