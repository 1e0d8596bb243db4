import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { BASE, expectNoAxeViolations, readPath } from './helpers';

// Lesson progress and the confidence self-rating: plain scripts over the learner store, no
// framework. Ids come from content/ (every sample lesson has a quiz, so the lesson without one is
// the real page with its quiz taken out: see openAsLessonWithoutQuiz).

const KEY = 'micropath:adc-academy';
const SLUG = 'write-alt-text';
const LESSON = `lessons/${SLUG}/`;
const COMPETENCY = 'competencies/text-alternatives/';
const JS_BUDGET_GZIP = 8 * 1024;

// Dates show in the browser's time zone; UTC keeps them exact.
test.use({ timezoneId: 'UTC', locale: 'en-US' });

/** The learner record in localStorage, parsed (null when none is stored). */
async function storedRecord(page: Page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

/** Stores `record` as if from an earlier visit, then opens `path`. */
async function openWithRecord(page: Page, path: string, record: unknown): Promise<void> {
  await page.goto('./');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [KEY, JSON.stringify(record)],
  );
  await page.goto(path);
}

const progress = (page: Page) => page.locator('[data-lesson-progress]');
const status = (page: Page) => progress(page).locator('p[role="status"]');
const rating = (page: Page) => page.locator('[data-confidence-rating]');

const at = (minute: number) => `2025-03-14T09:${String(minute).padStart(2, '0')}:00.000Z`;
const passed = (slug: string, minute: number) => ({
  id: `pass-${slug}`,
  quizId: `lesson:${slug}`,
  startedAt: at(minute),
  finishedAt: at(minute),
  answers: {},
  score: 1,
  passed: true,
});
const record = (extra: Record<string, unknown> = {}) => ({
  version: 1,
  learnerId: 'e2e-learner',
  createdAt: at(0),
  lessons: {},
  attempts: [],
  confidence: [],
  feedback: [],
  ...extra,
});

/**
 * Opens the lesson as a lesson without a quiz renders: the quiz section and its loader script
 * taken out, and the progress section as LessonProgress.astro renders it for
 * `hasQuiz: false`. Every replacement must hit, so a change to the markup fails here loudly.
 */
async function openAsLessonWithoutQuiz(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === `${BASE}${LESSON}`,
    async (route) => {
      const response = await route.fetch();
      let html = await response.text();
      const replace = (pattern: RegExp | string, by: string) => {
        const next = html.replace(pattern, by);
        expect(next, `the lesson page's HTML contains ${pattern}`).not.toBe(html);
        html = next;
      };
      // The quiz section (its noscript preview holds a section of its own) up to its loader script.
      replace(/<section class="quiz quiz-island"[\s\S]*?<script type="module" src="[^"]*QuizForm[^"]*"><\/script>/, '');
      replace('data-has-quiz="true"', 'data-has-quiz="false"');
      replace(
        '<p data-part="todo">Pass the quiz to complete this lesson.</p>',
        '<p data-part="todo"><button type="button" data-part="mark">Mark this lesson complete</button></p>',
      );
      replace('</time>: you passed the quiz.</p>', '</time>.</p>');
      await route.fulfill({ response, body: html });
    },
  );
  await page.goto(LESSON);
}

test('visiting a lesson is recorded, once per page load', async ({ page }) => {
  await page.goto(LESSON);
  await expect(progress(page)).toBeVisible();
  await expect.poll(async () => (await storedRecord(page))?.lessons?.[SLUG]?.visits).toBe(1);
  await page.reload();
  await expect.poll(async () => (await storedRecord(page))?.lessons?.[SLUG]?.visits).toBe(2);
});

test('a lesson with a quiz is completed by passing it, shown as soon as it is passed, even in another tab', async ({
  page,
  context,
}) => {
  await page.goto(LESSON);
  const section = progress(page);
  await expect(section.getByText('Pass the quiz to complete this lesson.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Mark this lesson complete' })).toHaveCount(0);
  await expect.poll(() => storedRecord(page)).not.toBeNull();

  // Another tab records a failed attempt, then a passed one.
  const other = await context.newPage();
  await other.goto('./');
  const addAttempt = (attempt: unknown) =>
    other.evaluate(
      ([key, value]) => {
        const stored = JSON.parse(localStorage.getItem(key)!);
        stored.attempts.push(JSON.parse(value));
        localStorage.setItem(key, JSON.stringify(stored));
      },
      [KEY, JSON.stringify(attempt)],
    );
  await addAttempt({ ...passed(SLUG, 5), id: 'failed', score: 0.2, passed: false });
  await expect
    .poll(async () =>
      (await page.evaluate(() => localStorage.getItem('micropath:adc-academy')))?.includes(
        'failed',
      ),
    )
    .toBe(true);
  await expect(section.getByText('Pass the quiz to complete this lesson.')).toBeVisible();

  await addAttempt(passed(SLUG, 7));
  await expect(
    section.getByText('Completed on March 14, 2025: you passed the quiz.'),
  ).toBeVisible();
  await expect(section.getByText('Pass the quiz to complete this lesson.')).toBeHidden();
  await page.reload();
  await expect(
    section.getByText('Completed on March 14, 2025: you passed the quiz.'),
  ).toBeVisible();
});

test('a lesson without a quiz is marked complete by keyboard; the date shows, focus moves to it, and it survives a reload', async ({
  page,
}) => {
  await openAsLessonWithoutQuiz(page);
  const section = progress(page);
  const mark = section.getByRole('button', { name: 'Mark this lesson complete' });
  await mark.focus();
  await page.keyboard.press('Enter');

  const done = section.getByText(/^Completed on \w+ \d{1,2}, \d{4}\.$/);
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  await expect(mark).toBeHidden();
  await expect(status(page)).toHaveText('Lesson marked complete.');
  const stored = await storedRecord(page);
  expect(stored.lessons[SLUG]).toMatchObject({ visits: 1, firstCompletedAt: expect.any(String) });

  await page.reload();
  await expect(done).toBeVisible();
  await expect(mark).toBeHidden();
});

test('"Was this lesson useful?" is kept with its comment and shown again after a reload', async ({
  page,
}) => {
  await page.goto(LESSON);
  const section = progress(page);
  const yes = section.getByRole('radio', { name: 'Yes' });
  const comment = section.getByLabel('Comment (optional)');
  const send = section.getByRole('button', { name: 'Save' });

  // Sending without an answer says what is missing and goes there.
  await send.click();
  await expect(status(page)).toHaveText('Choose Yes or No, then save.');
  await expect(yes).toBeFocused();

  await page.keyboard.press('Space');
  await expect(yes).toBeChecked();
  await comment.fill('  The examples helped.  ');
  await send.click();
  await expect(status(page)).toHaveText('Thanks: your answer is kept in this browser only.');
  expect((await storedRecord(page)).feedback).toEqual([
    {
      id: expect.any(String),
      lesson: SLUG,
      useful: true,
      comment: 'The examples helped.',
      at: expect.any(String),
    },
  ]);

  await page.reload();
  await expect(yes).toBeChecked();
  await expect(comment).toHaveValue('The examples helped.');
  await expect(
    section.getByText(/^You answered on \w+ \d{1,2}, \d{4}; save again to change your answer\.$/),
  ).toBeVisible();

  // The same answer sent again keeps nothing new; a changed one is kept as the latest.
  await send.click();
  await expect(status(page)).toHaveText('Thanks: your answer is kept in this browser only.');
  expect((await storedRecord(page)).feedback).toHaveLength(1);
  await section.getByRole('radio', { name: 'No' }).check();
  await send.click();
  await expect
    .poll(async () =>
      (await storedRecord(page)).feedback.map((item: { useful: boolean }) => item.useful),
    )
    .toEqual([true, false]);
});

test('the confidence self-rating is saved before the path, and shown again after a reload', async ({
  page,
}) => {
  await page.goto(COMPETENCY);
  const group = page.getByRole('group', { name: 'How confident are you about Text alternatives?' });
  await expect(group).toBeVisible();
  await expect(rating(page).getByText('Before you start:')).toBeVisible();
  await expect(group.getByRole('radio')).toHaveCount(5);

  await rating(page).getByRole('button', { name: 'Save rating' }).click();
  await expect(rating(page).locator('p[role="status"]')).toHaveText(
    'Choose a rating from 1 to 5, then save.',
  );
  await expect(group.getByRole('radio', { name: '1 Not at all' })).toBeFocused();

  await group.getByRole('radio', { name: '2 Slightly' }).check();
  await rating(page).getByRole('button', { name: 'Save rating' }).click();
  await expect(rating(page).locator('p[role="status"]')).toHaveText(
    'Saved: your confidence before the path is 2 of 5, Slightly.',
  );
  expect((await storedRecord(page)).confidence).toEqual([
    { competency: 'text-alternatives', phase: 'before', rating: 2, at: expect.any(String) },
  ]);

  await page.reload();
  await expect(group.getByRole('radio', { name: '2 Slightly' })).toBeChecked();
  await expect(
    rating(page).getByText(
      /^Your rating before the path: 2 of 5, Slightly, saved on \w+ \d{1,2}, \d{4}\.$/,
    ),
  ).toBeVisible();
});

test('once every lesson of the path is complete, the rating asks again after the path, beside the rating from before', async ({
  page,
}) => {
  const path = readPath('text-alternatives').map((lesson) => lesson.slug);
  expect(path.length).toBeGreaterThan(1);
  await openWithRecord(
    page,
    COMPETENCY,
    record({
      attempts: path.map((slug, index) => passed(slug, index + 1)),
      confidence: [{ competency: 'text-alternatives', phase: 'before', rating: 2, at: at(0) }],
    }),
  );
  const group = page.getByRole('group', { name: 'How confident are you about Text alternatives?' });
  await expect(rating(page).getByText('After the path:')).toBeVisible();
  await expect(rating(page).getByText('Before it, you rated 2 of 5, Slightly.')).toBeVisible();
  await expect(group.getByRole('radio', { checked: true })).toHaveCount(0);

  await group.getByRole('radio', { name: '4 Fairly' }).check();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(rating(page).locator('p[role="status"]')).toHaveText(
    'Saved: your confidence after the path is 4 of 5, Fairly.',
  );
  expect(
    (await storedRecord(page)).confidence.map((item: { phase: string; rating: number }) => [
      item.phase,
      item.rating,
    ]),
  ).toEqual([
    ['before', 2],
    ['after', 4],
  ]);
});

test('with storage blocked, the lesson page says so once and its controls still work for this page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON);
  const section = progress(page);
  await expect(section.locator('.storage-notice')).toContainText(
    'not letting the site save your progress',
  );
  // The quiz shares the store and the notice: scrolled into view and running, it adds no second one.
  const quiz = page.locator('[data-quiz]').first();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  await expect(page.locator('.storage-notice:visible')).toHaveCount(1);

  await section.getByRole('radio', { name: 'No' }).check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(status(page)).toHaveText('Thanks: your answer is kept in this browser only.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the progress controls stay hidden: nothing pretends to work', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(progress(page)).toBeHidden();
    await page.goto(COMPETENCY);
    await expect(rating(page)).toBeHidden();
  });
});

test('a lesson page without a quiz loads only the plain progress script: no framework, within the budget', async ({
  page,
}) => {
  const scripts: { url: string; bytes: Buffer }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), bytes: await response.body() });
  });
  await openAsLessonWithoutQuiz(page);
  await expect(progress(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island')).toHaveCount(0);

  const inline = await page.locator('script:not([src])').allTextContents();
  const all = [
    ...scripts.map(({ url, bytes }) => ({
      name: new URL(url).pathname,
      text: bytes.toString('utf8'),
      bytes,
    })),
    ...inline.map((text, index) => ({
      name: `inline script ${index + 1}`,
      text,
      bytes: Buffer.from(text),
    })),
  ];
  const listing = all.map(
    ({ name, bytes }) => `${name}: ${bytes.length} B, ${gzipSync(bytes).length} B gzip`,
  );
  test
    .info()
    .annotations.push({
      type: 'JavaScript on a lesson page without a quiz',
      description: listing.join('; '),
    });

  expect(
    scripts.map(({ url }) => url).filter((url) => /client|react/i.test(url)),
    'framework scripts',
  ).toEqual([]);
  expect(
    all
      .filter(({ text }) => /react|__SECRET_INTERNALS|(?<!document\.)createElement\(|astro-island/i.test(text))
      .map(({ name }) => name),
  ).toEqual([]);
  const total = all.reduce((sum, { bytes }) => sum + gzipSync(bytes).length, 0);
  expect(total, `JavaScript, gzip:\n${listing.join('\n')}`).toBeLessThan(JS_BUDGET_GZIP);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('the lesson progress controls have no axe violations, before and after use', async ({
      page,
    }) => {
      await openAsLessonWithoutQuiz(page);
      const section = progress(page);
      await expect(
        section.getByRole('button', { name: 'Mark this lesson complete' }),
      ).toBeVisible();
      await expectNoAxeViolations(
        page,
        `a lesson without a quiz, not yet complete (${colorScheme})`,
      );

      await section.getByRole('button', { name: 'Mark this lesson complete' }).click();
      await section.getByRole('radio', { name: 'Yes' }).check();
      await section.getByLabel('Comment (optional)').fill('Clear.');
      await section.getByRole('button', { name: 'Save' }).click();
      await expect(status(page)).toHaveText('Thanks: your answer is kept in this browser only.');
      await expect(section.getByText(/^You answered on/)).toBeVisible();
      await expectNoAxeViolations(
        page,
        `a lesson without a quiz, completed, feedback sent (${colorScheme})`,
      );
    });

    test('the confidence rating has no axe violations with a rating saved', async ({ page }) => {
      await page.goto(COMPETENCY);
      await rating(page).getByRole('radio', { name: '3 Somewhat' }).check();
      await rating(page).getByRole('button', { name: 'Save rating' }).click();
      await expect(rating(page).getByText(/^Your rating before the path/)).toBeVisible();
      await expectNoAxeViolations(
        page,
        `a competency page with a confidence rating saved (${colorScheme})`,
      );
    });
  });
}

test('with storage blocked, the lesson page offers a download of what it holds in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON);
  const section = progress(page);
  await section.getByRole('radio', { name: 'Yes' }).check();
  await section.getByRole('button', { name: 'Save' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download my progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^micropath-adc-academy-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(file.format).toBe('micropath-learner-record');
  expect(file.record.lessons[SLUG].visits).toBe(1);
  expect(file.record.feedback).toEqual([expect.objectContaining({ lesson: SLUG, useful: true })]);
});
