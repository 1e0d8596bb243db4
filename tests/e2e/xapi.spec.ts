import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkXapiStatements } from '../helpers/xapi-rules';
import { expectNoAxeViolations } from './helpers';
import { openProgress, seedRecord, seededRecord, watchAnnouncements } from './progress-fixtures';

const SITE = 'https://example.org/my-portal/';
const xapiButton = (page: Page) => page.getByRole('button', { name: 'Export as xAPI statements' });
const dataStatus = (page: Page) => page.locator('.data-status');
const catalogRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/quizzes.json')) urls.push(request.url());
  });
  return urls;
};

test('the xAPI export downloads the seeded record as statements that pass the xAPI 1.0.3 rules', async ({ page }) => {
  const requested = catalogRequests(page);
  await seedRecord(page);
  await openProgress(page);
  expect(requested, 'the quiz catalog is fetched only when asked for').toEqual([]);
  await xapiButton(page).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const today = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toBe(`micropath-adc-academy-xapi-${today}.json`);
  expect(requested, 'one same-origin request for the catalog').toEqual([new URL('../data/quizzes.json', page.url()).href]);

  const statements = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(checkXapiStatements(statements, { now: new Date().toISOString() })).toEqual([]);
  const verbs = statements.map((statement: { verb: { id: string } }) => statement.verb.id.split('/').at(-1));
  const count = (verb: string) => verbs.filter((each: string) => each === verb).length;
  expect(count('passed') + count('failed')).toBe(seededRecord.attempts.length);
  expect(count('failed')).toBe(seededRecord.attempts.filter((attempt) => !attempt.passed).length);
  expect(count('experienced')).toBe(Object.keys(seededRecord.lessons).length);
  expect(count('mastered')).toBe(2);
  for (const statement of statements) expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: SITE, name: seededRecord.learnerId } });
  await expect(dataStatus(page)).toContainText(`Your progress was exported as ${statements.length} xAPI statements in micropath-adc-academy-xapi-${today}.json.`);

  // A second export repeats every statement id, so a learning record store can drop duplicates.
  const [again] = await Promise.all([page.waitForEvent('download'), xapiButton(page).click()]);
  const ids = (list: { id: string }[]) => list.map((statement) => statement.id);
  expect(ids(JSON.parse(readFileSync((await again.path())!, 'utf8')))).toEqual(ids(statements));
});

test('a quiz catalog that does not load is explained, and nothing is downloaded', async ({ page }) => {
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.route('**/data/quizzes.json', (route) => route.abort('internetdisconnected'));
  await seedRecord(page);
  await openProgress(page);
  await xapiButton(page).click();
  await expect(dataStatus(page)).toContainText('The xAPI statements could not be made');
  await expect(dataStatus(page)).toContainText('Check your connection and try again. Your progress is unchanged');
  await page.unroute('**/data/quizzes.json');
  await page.route('**/data/quizzes.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<html>not the catalog</html>' }));
  await xapiButton(page).click();
  await expect(dataStatus(page)).toContainText('the file it got is not that list');
  expect(downloads).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the progress page after an xAPI export has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await seedRecord(page);
    await openProgress(page);
    await Promise.all([page.waitForEvent('download'), xapiButton(page).click()]);
    await expect(dataStatus(page)).toContainText('xAPI statements in');
    await expectNoAxeViolations(page, `/progress/ after an xAPI export (${colorScheme})`);
  });
}

test('the xAPI export button fits beside the export at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seedRecord(page);
  await openProgress(page);
  await expect(xapiButton(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a second xAPI export (or export) is announced again, not left as the unchanged text of the first', async ({ page }) => {
  await seedRecord(page);
  await openProgress(page);
  const announced = await watchAnnouncements(dataStatus(page));
  for (const name of ['Export as xAPI statements', 'Export as xAPI statements', 'Export your progress', 'Export your progress']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  }
  const count = async (words: string) => (await announced()).filter((text) => text.includes(words)).length;
  await expect.poll(() => count('xAPI statements in')).toBe(2);
  await expect.poll(() => count('Keep the file somewhere safe')).toBe(2);
});

test('with a record saved by a newer version the xAPI export explains it cannot read it, instead of claiming nothing is recorded', async ({ page }) => {
  await seedRecord(page, { ...seededRecord, version: 99 });
  await openProgress(page);
  await xapiButton(page).click();
  await expect(dataStatus(page)).toContainText('written by a newer version of this site');
  await expect(dataStatus(page)).not.toContainText('nothing is recorded');
});
