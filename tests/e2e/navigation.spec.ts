import { expect, test } from '@playwright/test';
import { readAssessment, readLessonQuizzes } from './answer-quiz';
import { BASE, readCompetency, readLessons, readPath } from './helpers';

// How a learner moves through the portal: home → competency → its learning path → lessons → back.

const COMPETENCY = 'text-alternatives';
const LESSON = 'write-alt-text';

test('a learner goes from the home page through a learning path in order and back by the breadcrumbs', async ({
  page,
}) => {
  const competency = readCompetency(COMPETENCY);
  const path = readPath(COMPETENCY);
  expect(path.length, `${COMPETENCY} needs two lessons for this test`).toBeGreaterThanOrEqual(2);
  const [first, second] = path as [(typeof path)[0], (typeof path)[0]];

  await page.goto('./');
  await page.getByRole('main').getByRole('link', { name: competency.title, exact: true }).click();
  await expect(page).toHaveURL(`${BASE}competencies/${COMPETENCY}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(competency.title);

  // The path lists the lessons whose first competency this is, in their `order`.
  const learningPath = page.getByRole('region', { name: 'Learning path' });
  const steps = learningPath.locator('ol.path > li h3 a');
  await expect(steps).toHaveText(path.map((lesson) => lesson.data.title));

  await steps.first().click();
  await expect(page).toHaveURL(`${BASE}lessons/${first.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.data.title);
  await expect(page.getByText(`Lesson 1 of ${path.length} in`)).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'Lessons in this path' });
  await expect(pager.getByRole('link', { name: /Previous lesson/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page).toHaveURL(`${BASE}lessons/${second.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.data.title);
  await expect(page.getByText(`Lesson 2 of ${path.length} in`)).toBeVisible();
  await expect(pager.getByRole('link', { name: /Previous lesson/ })).toHaveAttribute(
    'href',
    `${BASE}lessons/${first.slug}/`,
  );

  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumbs.locator('[aria-current="page"]')).toHaveText(second.data.title);
  await breadcrumbs.getByRole('link', { name: competency.title, exact: true }).click();
  await expect(page).toHaveURL(`${BASE}competencies/${COMPETENCY}/`);

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Home' })
    .click();
  await expect(page).toHaveURL(BASE);
});

test('the last lesson of a path leads back to its competency instead of a next lesson', async ({
  page,
}) => {
  const path = readPath(COMPETENCY);
  const last = path.at(-1)!;
  await page.goto(`lessons/${last.slug}/`);
  const pager = page.getByRole('navigation', { name: 'Lessons in this path' });
  await expect(pager.getByRole('link', { name: /Next lesson/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /End of the path/ }).click();
  await expect(page).toHaveURL(`${BASE}competencies/${COMPETENCY}/`);
});

test('a lesson page shows its objectives, minutes, level, competencies and an edit link', async ({
  page,
}) => {
  const lesson = readLessons().find((candidate) => candidate.slug === LESSON)!;
  await page.goto(`lessons/${LESSON}/`);

  const objectives = page
    .locator('.summary-box')
    .filter({ has: page.getByRole('heading', { name: 'In this lesson you will' }) })
    .getByRole('listitem');
  await expect(objectives).toHaveText(lesson.data.objectives);

  const meta = page.locator('main ul.meta').first().getByRole('listitem');
  await expect(meta.filter({ hasText: new RegExp(`^${lesson.data.duration} min$`) })).toHaveCount(1);
  await expect(meta.filter({ hasText: new RegExp(`^${lesson.data.level}$`, 'i') })).toHaveCount(1);

  const chips = page.getByRole('list', { name: 'Competencies this lesson builds' });
  for (const id of lesson.data.competencies) {
    const link = chips.getByRole('link', { name: readCompetency(id).title });
    await expect(link).toHaveAttribute('href', `${BASE}competencies/${id}/`);
  }

  const edit = page.getByRole('link', { name: 'Edit this page' });
  await expect(edit).toBeVisible();
  await expect(edit).toHaveAttribute('href', new RegExp(`lessons/.*${LESSON}\\.mdx$`));
});

test('quiz answers stay hidden until the learner checks them with the keyboard', async ({
  page,
}) => {
  const [first] = readLessonQuizzes().find((quiz) => quiz.slug === LESSON)!.questions;
  await page.goto(`lessons/${LESSON}/`);
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await quiz.scrollIntoViewIfNeeded();
  const check = quiz.getByRole('button', { name: 'Check answers' });
  await expect(check).toBeEnabled();

  // No verdict, feedback or explanation before the learner asks for them.
  await expect(quiz.locator('.quiz-feedback')).toHaveCount(0);
  await expect(quiz.locator('form')).not.toContainText(first!.explanation);

  await check.focus();
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');
  const feedback = quiz.locator('fieldset.quiz-question').first().locator('.quiz-feedback');
  await expect(feedback).toBeVisible();
  await expect(feedback).toContainText('Not answered.');
  await expect(feedback).toContainText(first!.explanation);
});

test('the competency check on a competency page shows no answers before it is taken', async ({
  page,
}) => {
  await page.goto(`competencies/${COMPETENCY}/`);
  const check = page.locator('section.quiz-island');
  test.skip((await check.count()) === 0, `${COMPETENCY} has no competency check`);
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  await expect(check.locator('.quiz-feedback')).toHaveCount(0);
  for (const question of readAssessment(COMPETENCY).questions) {
    await expect(check.locator('form')).not.toContainText(question.explanation);
  }
});
