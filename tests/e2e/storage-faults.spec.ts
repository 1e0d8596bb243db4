import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { buildExport } from '../../src/lib/record/export-record';
import type { LearnerRecord } from '../../src/lib/record/learner-record';
import {
  headline,
  openProgress,
  RECORD_KEY,
  SEEDED,
  seededRecord,
  seedRecord,
  seedStoredText,
  storedRecord,
  withTimeBasedMediaMastered,
} from './progress-fixtures';

// DESIGN §7: blocked, full, corrupt, changed in another tab, evicted, back/forward cache. Each
// keeps the page working, tells the learner once, and loses nothing that is still in memory.

const notice = (page: Page) => page.locator('.storage-notice');
const fileInput = (page: Page) =>
  page.getByLabel('Choose an exported progress file (.json), or drop it here');

/** Fails the test on any uncaught error in the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** An export of the seeded record for this site, written where the test can pick it. */
function seededExport(testInfo: TestInfo): string {
  const file = testInfo.outputPath('micropath-adc-academy-2025-03-14.json');
  const exported = buildExport(seededRecord as LearnerRecord, {
    siteId: 'adc-academy',
    siteUrl: 'https://example.org/my-portal/',
    contentVersion: '2025-03-01',
    now: '2025-03-14T10:00:00.000Z',
  });
  writeFileSync(file, JSON.stringify(exported));
  return file;
}

async function importFile(page: Page, file: string): Promise<void> {
  await fileInput(page).setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.data-status')).toContainText('Imported.');
}

async function exportedRecord(page: Page): Promise<unknown> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export your progress' }).click(),
  ]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')).record;
}

test('blocked storage (the localStorage getter throws): the page works, says so once, and offers Export of what is in memory', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openProgress(page);
  await expect(notice(page)).toHaveCount(1);
  await expect(notice(page)).toContainText(
    'This browser is not letting the site save your progress',
  );
  await expect(page.locator('#export')).toHaveClass(/emphasis/);
  await expect(page.locator('#export')).toContainText(
    'This browser is not saving your progress right now.',
  );

  // Import and export still work, in memory.
  await importFile(page, seededExport(testInfo));
  await expect(headline(page)).toHaveText(SEEDED.mastered);
  // Merged into the record this page started in memory, which keeps its own learner id.
  expect(await exportedRecord(page)).toEqual({
    ...seededRecord,
    learnerId: expect.any(String),
    createdAt: expect.any(String),
  });

  // The notice's link leads to Export, and the learner was told once.
  await notice(page).getByRole('link', { name: 'Go to your progress' }).click();
  await expect(page).toHaveURL(/#export$/);
  await expect(notice(page)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('full storage (setItem throws QuotaExceededError): changes stay in memory, the learner is told once and can export', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await seedRecord(page);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.localStorage)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openProgress(page);
  await expect(headline(page)).toHaveText(SEEDED.mastered);
  await expect(notice(page)).toHaveCount(0);
  const stored = await storedRecord(page);

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.locator('.data-status')).toHaveText('Progress reset.');
  await expect(notice(page)).toHaveCount(1);
  await expect(notice(page)).toContainText("This browser's storage for the site is full");
  await expect(page.locator('#export')).toHaveClass(/emphasis/);
  expect(await storedRecord(page), 'the failed write left storage as it was').toBe(stored);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(headline(page)).toHaveText(SEEDED.mastered);
  await expect(notice(page)).toHaveCount(1);
  expect(await exportedRecord(page)).toEqual(seededRecord);
  expect(errors).toEqual([]);
});

test('a corrupt stored value is kept aside under micropath:adc-academy:corrupt:…, and the learner is told once', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const corrupt = '{"version": 1, "lessons": {"write-alt-text": ';
  await seedStoredText(page, corrupt);
  await openProgress(page);
  await expect(notice(page)).toHaveCount(1);
  await expect(notice(page)).toContainText(
    'Your saved progress could not be read, so a fresh record was started.',
  );
  await expect(page.getByText('Nothing is recorded yet', { exact: false })).toBeVisible();

  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.filter((key) => key.startsWith(`${'micropath:adc-academy'}:corrupt:`));
  expect(aside).toHaveLength(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), aside[0]!)).toBe(corrupt);
  expect(JSON.parse((await storedRecord(page))!)).toMatchObject({ version: 1, attempts: [] });

  // Told once: the fresh record reads fine after a reload.
  await openProgress(page);
  await expect(notice(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('another tab: progress made there shows here, and a clear() there loses nothing here', async ({
  context,
}) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await seedRecord(page);
  await openProgress(page);
  await expect(headline(page)).toHaveText(SEEDED.mastered);

  const other = await context.newPage();
  await openProgress(other);
  await expect(headline(other)).toHaveText(SEEDED.mastered);

  // The other tab passes the Time-based media check.
  await other.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [RECORD_KEY, JSON.stringify(withTimeBasedMediaMastered())],
  );
  await expect(headline(page)).toHaveText('3 of 13 competencies mastered');
  await expect(page.locator('.certification-progress li').first()).toHaveText(
    'Accessible Communicator Certificate: 2 of 6 competencies mastered',
  );

  // Unrelated keys change nothing; a clear() there is answered by writing this tab's record back.
  await other.evaluate(() => localStorage.setItem('unrelated', 'value'));
  await other.evaluate(() => localStorage.clear());
  await expect
    .poll(async () => JSON.parse((await storedRecord(other)) ?? '{"attempts":[]}').attempts.length)
    .toBe(6);
  await expect(headline(page)).toHaveText('3 of 13 competencies mastered');
  // The tabs converge: the other tab's page now shows the same figures.
  await expect(headline(other)).toHaveText('3 of 13 competencies mastered');

  await openProgress(page);
  await expect(headline(page)).toHaveText('3 of 13 competencies mastered');
  await expect(notice(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('back from the back/forward cache, the progress page shows the record as it is now', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  // Playwright turns the back/forward cache off by default; this test needs it on.
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.addInitScript(() => {
      addEventListener('pageshow', (event) => {
        if (event.persisted) document.documentElement.dataset.restoredFromCache = 'yes';
      });
    });
    await seedRecord(page);
    await openProgress(page);
    await expect(headline(page)).toHaveText(SEEDED.mastered);
    await page.goto('competencies/');

    const other = await context.newPage();
    await other.goto('this-page-does-not-exist/');
    await other.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [RECORD_KEY, JSON.stringify(withTimeBasedMediaMastered())],
    );
    await other.close();

    await page.goBack({ waitUntil: 'commit' }); // A page restored from the cache fires no load event.
    await expect(page.locator('html')).toHaveAttribute('data-restored-from-cache', 'yes');
    await expect(headline(page)).toHaveText('3 of 13 competencies mastered');
  } finally {
    await browser.close();
  }
});

test('storage the browser evicted looks like a first visit, with a hint to import a backup', async ({
  page,
}, testInfo) => {
  await seedRecord(page);
  await openProgress(page);
  await expect(headline(page)).toHaveText(SEEDED.mastered);
  await page.evaluate(() => localStorage.clear()); // What eviction leaves behind.

  await openProgress(page);
  await expect(
    page.getByText(
      'No progress is saved in this browser yet. If you saved a backup, import it below.',
    ),
  ).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  await importFile(page, seededExport(testInfo));
  await expect(headline(page)).toHaveText(SEEDED.mastered);
});
