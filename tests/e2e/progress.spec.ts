import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseImportFile } from '../../src/lib/record/parse-import';
import { expectNoAxeViolations, repoRoot } from './helpers';
import {
  headline,
  openProgress,
  RECORD_KEY,
  SEEDED,
  seededRecord,
  seedRecord,
  storedRecord,
} from './progress-fixtures';

// The learner's /progress/ page: figures, chart and table, badges, history, and the data controls.

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/records', name);
const fileInput = (page: Page) =>
  page.getByLabel('Choose an exported progress file (.json), or drop it here');
const refusal = (page: Page) => page.locator('#import-refusal');
const dataStatus = (page: Page) => page.locator('.data-status');

async function expectSeededFigures(page: Page): Promise<void> {
  await expect(headline(page)).toHaveText(SEEDED.mastered);
  await expect(page.getByText(SEEDED.lessons)).toBeVisible();
  await expect(page.getByText(SEEDED.credits)).toBeVisible();
  await expect(page.locator('.certification-progress li')).toHaveText([
    SEEDED.communicator,
    SEEDED.forms,
  ]);
}

test('the server sends headings and a neutral placeholder, never a false 0 %', async ({
  request,
}) => {
  const html = await (await request.get('progress/')).text();
  expect(html).toContain('Your progress');
  expect(html).toContain('Reading your progress from this browser…');
  expect(html).not.toMatch(/\b0 %|0 of \d+ competencies|competencies mastered/);
  expect(html).toMatch(/<a href="\/my-portal\/progress\/" aria-current="page">Progress<\/a>/);
});

test('the progress page shows the mastered count, certification progress, CE credits, badges and history of the record', async ({
  page,
}) => {
  await seedRecord(page);
  await openProgress(page);
  await expectSeededFigures(page);

  // The chart and the table beside it carry the same figures; the table names every status.
  const chart = page.getByRole('img', {
    name: /Bar chart of the lessons completed per competency/,
  });
  await expect(chart).toBeVisible();
  const table = page.getByRole('table', { name: 'Progress and status per competency' });
  await expect(table.locator('tbody tr')).toHaveCount(13);
  const cells = (name: RegExp) => table.getByRole('row', { name }).getByRole('cell');
  await expect(cells(/1\.1 Text alternatives/)).toHaveText([
    '0 of 3',
    '100 %',
    'Mastered (tested out)',
    'Passed (best score 90 %)',
  ]);
  await expect(cells(/1\.2 Time-based media/)).toHaveText([
    '1 of 3',
    '33 %',
    'In progress',
    'Not taken yet',
  ]);
  await expect(cells(/3\.2 Predictable/)).toHaveText([
    '2 of 2',
    '100 %',
    'Mastered',
    'None for this competency',
  ]);

  // A badge per mastered competency, with an accessible name.
  await expect(page.locator('.badge-list li')).toHaveCount(2);
  await expect(page.getByRole('img', { name: 'Badge: Text alternatives' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Badge: Predictable' })).toBeVisible();

  // History: attempts newest first, confidence before/after, feedback.
  const attempts = page.getByRole('table', { name: /Every quiz and competency check/ });
  await expect(attempts.locator('tbody tr')).toHaveCount(5);
  await expect(attempts.locator('tbody tr').first().locator('th, td')).toHaveText([
    /2025/,
    'Quiz: Transcripts for podcasts, webinars and video',
    '40 %',
    'Not passed',
  ]);
  await expect(
    page
      .getByRole('table', { name: /confidence rating/ })
      .getByRole('row', { name: /Text alternatives/ })
      .getByRole('cell'),
  ).toHaveText(['2 of 5', '4 of 5']);
  await expect(
    page
      .getByRole('table', { name: /Was this lesson useful/ })
      .locator('tbody tr')
      .first()
      .locator('th, td'),
  ).toHaveText(['Captions that work', 'Yes', 'Clear examples.', /2025/]);
});

test('a browser with nothing stored gets a first-visit hint to import a backup, and no chart of zeros', async ({
  page,
}) => {
  await openProgress(page);
  await expect(
    page.getByText(
      'No progress is saved in this browser yet. If you saved a backup, import it below.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mastery per competency' })).toHaveCount(0);
  await expect(page.locator('canvas')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Choose a competency to start with' })).toBeVisible();
  await expect(fileInput(page)).toBeEnabled();
});

test('export downloads micropath-<site id>-<date>.json holding the record', async ({ page }) => {
  await seedRecord(page);
  await openProgress(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export your progress' }).click(),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toBe(`micropath-adc-academy-${today}.json`);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({
    format: 'micropath-learner-record',
    version: 1,
    site: { id: 'adc-academy', url: 'https://example.org/my-portal/' },
  });
  expect(file.contentVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Date.parse(file.exportedAt)).not.toBeNaN();
  expect(file.record).toEqual(seededRecord);
  await expect(dataStatus(page)).toContainText(
    `Your progress was exported as micropath-adc-academy-${today}.json.`,
  );
});

test('export, clear storage, then import the file gives the same mastery figures', async ({
  page,
}, testInfo) => {
  await seedRecord(page);
  await openProgress(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export your progress' }).click(),
  ]);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);

  await page.evaluate(() => localStorage.clear());
  await openProgress(page);
  await expect(
    page.getByText('No progress is saved in this browser yet.', { exact: false }),
  ).toBeVisible();

  await fileInput(page).setInputFiles(saved);
  const review = page.getByRole('region', {
    name: /Check before importing micropath-adc-academy-/,
  });
  await expect(review).toBeVisible();
  await expect(page.getByRole('heading', { name: /Check before importing/ })).toBeFocused();
  await expect(review).toContainText(
    'This file adds 1 lesson opened, 5 quiz attempts, 3 confidence ratings and 1 lesson feedback note, and 2 competencies become mastered.',
  );
  expect(await storedRecord(page), 'nothing changes before Import').toBeNull();

  await review.getByRole('button', { name: 'Import' }).click();
  await expect(dataStatus(page)).toContainText('Imported.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expectSeededFigures(page);
  expect(JSON.parse((await storedRecord(page))!).attempts).toHaveLength(5);

  // And it is stored: a reload shows the same figures.
  await openProgress(page);
  await expectSeededFigures(page);
});

const badFiles = [
  'empty.json',
  'utf16.json',
  'not-json.txt',
  'newer-version.json',
  'wrong-shape.json',
  'proto-pollution.json',
];
for (const name of badFiles) {
  test(`importing invalid/${name} shows its message and leaves the stored record byte for byte`, async ({
    page,
  }) => {
    const file = fixture(`invalid/${name}`);
    const expected = parseImportFile(new Uint8Array(readFileSync(file)), { siteId: 'adc-academy' });
    if (expected.ok) throw new Error(`${name} should be refused`);
    await seedRecord(page);
    await openProgress(page);
    const before = await storedRecord(page);

    await fileInput(page).setInputFiles(file);
    await expect(refusal(page)).toHaveText(expected.message);
    await expect(page.getByRole('alert')).toContainText(expected.message);
    await expect(page.getByRole('region', { name: /Check before importing/ })).toHaveCount(0);
    expect(await storedRecord(page)).toBe(before);
    await expectSeededFigures(page);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });
}

test('a 50 MB file is refused at once, without being read', async ({ page }, testInfo) => {
  const huge = testInfo.outputPath('huge.json');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await seedRecord(page);
  await openProgress(page);
  const before = await storedRecord(page);

  await fileInput(page).setInputFiles(huge);
  await expect(refusal(page)).toHaveText(
    /^This file is 50 MB, more than the 5 MB a learner record export can be, so it was not read\./,
    { timeout: 2_000 },
  );
  expect(await storedRecord(page)).toBe(before);
});

test("another site's file is warned about before anything happens; Cancel changes nothing, Import merges", async ({
  page,
}) => {
  await seedRecord(page);
  await openProgress(page);
  const before = await storedRecord(page);

  await fileInput(page).setInputFiles(fixture('valid/other-site.json'));
  const review = page.getByRole('region', { name: /Check before importing other-site.json/ });
  await expect(review).toContainText('Warning: another site’s file');
  await expect(review).toContainText(
    'This file comes from the site "design-academy", not this one ("adc-academy").',
  );
  expect(await storedRecord(page)).toBe(before);

  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toHaveCount(0);
  await expect(dataStatus(page)).toHaveText('Import cancelled. Nothing changed.');
  await expect(fileInput(page)).toBeFocused();
  expect(await storedRecord(page)).toBe(before);

  await fileInput(page).setInputFiles(fixture('valid/other-site.json'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dataStatus(page)).toContainText('Imported.');
  const after = JSON.parse((await storedRecord(page))!);
  expect(after.attempts.map((attempt: { id: string }) => attempt.id)).toContain('a1');
});

test('a file dropped on the drop zone is read like a chosen one', async ({ page }) => {
  await seedRecord(page);
  await openProgress(page);
  const text = readFileSync(fixture('valid/other-site.json'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer });
  await expect(page.locator('.drop-zone')).toHaveClass(/dragging/);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(
    page.getByRole('region', { name: 'Check before importing dropped.json' }),
  ).toBeVisible();
  await expect(page.locator('.drop-zone')).not.toHaveClass(/dragging/);
});

test('import then Undo puts the record back as it was', async ({ page }) => {
  await seedRecord(page);
  await openProgress(page);
  const before = await storedRecord(page);

  await fileInput(page).setInputFiles(fixture('valid/v1-record.json'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Lesson feedback')).toBeVisible();
  expect(await storedRecord(page)).not.toBe(before);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(dataStatus(page)).toHaveText('Import undone: your progress is as it was before.');
  await expect(dataStatus(page).locator('p')).toBeFocused();
  expect(JSON.parse((await storedRecord(page))!)).toEqual(JSON.parse(before!));
  await expectSeededFigures(page);
});

test('reset asks first, then Undo puts the record back', async ({ page }) => {
  await seedRecord(page);
  await openProgress(page);
  const before = await storedRecord(page);

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const question = page.getByText(
    'This removes your progress from this browser. Export first if you want to keep it.',
  );
  await expect(question).toBeFocused();
  expect(await storedRecord(page), 'nothing changes before the confirmation').toBe(before);
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();

  await expect(dataStatus(page)).toHaveText('Progress reset.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByText('Nothing is recorded yet', { exact: false })).toBeVisible();
  expect(JSON.parse((await storedRecord(page))!).attempts).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(dataStatus(page)).toHaveText('Reset undone: your progress is back.');
  expect(JSON.parse((await storedRecord(page))!)).toEqual(JSON.parse(before!));
  await expectSeededFigures(page);
});

test('Escape answers no to the reset question: nothing changes and focus returns to the button', async ({ page }) => {
  await seedRecord(page);
  await openProgress(page);
  const before = await storedRecord(page);
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Export first' }).focus();
  await page.keyboard.press('Escape');
  await expect(dataStatus(page)).toHaveText('Reset cancelled. Nothing changed.');
  await expect(page.getByRole('button', { name: 'Reset progress…' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Yes, reset my progress' })).toHaveCount(0);
  expect(await storedRecord(page)).toBe(before);
});

test('the chart keeps its height when the window resizes and is redrawn in the colours of a new theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await seedRecord(page);
  await openProgress(page);
  const canvas = page.locator('.chart-box canvas');
  await expect(canvas).toHaveAttribute('style', /height/);
  const box = page.locator('.chart-box');
  const height = (await box.boundingBox())!.height;

  await page.setViewportSize({ width: 480, height: 700 });
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeLessThan(480);
  expect((await box.boundingBox())!.height).toBe(height);

  const light = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect
    .poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL()))
    .not.toBe(light);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the progress page with data has no axe violations in the ${colorScheme} scheme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await seedRecord(page);
    await openProgress(page);
    await expectSeededFigures(page);
    await fileInput(page).setInputFiles(fixture('valid/other-site.json'));
    await expect(page.getByRole('region', { name: /Check before importing/ })).toBeVisible();
    await expectNoAxeViolations(page, `/progress/ with data (${colorScheme})`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await fileInput(page).setInputFiles(fixture('invalid/empty.json'));
    await expect(refusal(page)).not.toBeEmpty();
    await expectNoAxeViolations(page, `/progress/ after an import and a refusal (${colorScheme})`);
  });
}

test('the empty progress page has no axe violations', async ({ page }) => {
  await openProgress(page);
  await expectNoAxeViolations(page, '/progress/ without a record');
});

test(`a record under ${RECORD_KEY} with only a lesson opened shows a true 0 and that competency in progress`, async ({
  page,
}) => {
  const opened = {
    firstVisitedAt: '2025-03-01T09:00:00.000Z',
    lastVisitedAt: '2025-03-01T09:00:00.000Z',
    visits: 1,
  };
  await seedRecord(page, {
    ...seededRecord,
    attempts: [],
    confidence: [],
    feedback: [],
    lessons: { 'write-alt-text': opened },
  });
  await openProgress(page);
  await expect(headline(page)).toHaveText('0 of 13 competencies mastered');
  await expect(
    page.locator('.mastery-table').getByRole('row', { name: /1\.1 Text alternatives/ }),
  ).toContainText('In progress');
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the progress page with data does not scroll sideways', async ({ page }) => {
    await seedRecord(page);
    await openProgress(page);
    await expect(page.locator('.chart-box canvas')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
