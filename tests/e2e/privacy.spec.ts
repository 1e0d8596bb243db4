import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import {
  ORIGIN,
  PAGE_TYPES,
  openPageType,
  pageTypes,
  searchResults,
  waitForResults,
} from './helpers';

// No accounts, no servers, no tracking: the site talks to its own origin only, sets no cookies,
// and a lesson page without islands ships no framework JavaScript.

const JS_BUDGET_GZIP = 8 * 1024;

test('visiting every page type and searching requests nothing from another origin and sets no cookies', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const requests: string[] = [];
  const cookieHeaders: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', async (response) => {
    const setCookie = await response.headerValue('set-cookie');
    if (setCookie) cookieHeaders.push(`${response.url()}: ${setCookie}`);
  });

  for (const [name] of pageTypes) await openPageType(page, name);

  // A search with typing, a filter and the theme toggle: everything that runs in the browser.
  await page.goto('search/');
  await page.getByLabel('Search lessons and competencies').fill('captions');
  await waitForResults(page);
  await expect(searchResults(page).first()).toBeVisible();
  await page.locator('[data-filters] input[type="checkbox"]').first().check();
  await expect(page.locator('[data-search] [role="status"]')).toContainText('with 1 filter');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.goto(PAGE_TYPES['lesson page']);

  expect(requests.length).toBeGreaterThan(pageTypes.length);
  const elsewhere = requests.filter(
    (url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:'),
  );
  expect(elsewhere, 'requests to another origin').toEqual([]);
  expect(
    requests.some((url) => url.includes('/pagefind/')),
    'the search used Pagefind',
  ).toBe(true);

  expect(await context.cookies(), 'cookies in the browser').toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(cookieHeaders, 'Set-Cookie headers').toEqual([]);
});

test('a lesson page loads no framework JavaScript until its quiz comes into view and stays within the budget', async ({
  page,
}) => {
  const scripts: { url: string; bytes: Buffer }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), bytes: await response.body() });
  });
  await page.goto(PAGE_TYPES['lesson page']);
  await page.waitForLoadState('networkidle');

  // No islands: the quiz is server-rendered HTML whose small script loads only once the quiz is in
  // view (it is not yet).
  await expect(page.locator('astro-island'), 'the lesson page has no islands').toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Loading the quiz…' })).not.toBeInViewport();
  expect(
    scripts.filter(({ url }) => /quiz-client/.test(url)).map(({ url }) => url),
    'the quiz script before the quiz is in view',
  ).toEqual([]);
  // The quiz's questions in a JSON <script> are data, not JavaScript.
  const inline = await page
    .locator('script:not([src]):not([type="application/json"])')
    .allTextContents();
  const preloads = await page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));

  const all = [
    ...scripts.map(({ url, bytes }) => ({ name: url, text: bytes.toString('utf8'), bytes })),
    ...inline.map((text, index) => ({
      name: `inline script ${index + 1}`,
      text,
      bytes: Buffer.from(text),
    })),
  ];
  const listing = all.map(
    ({ name, bytes }) => `${name}: ${bytes.length} B, ${gzipSync(bytes).length} B gzip`,
  );
  test.info().annotations.push({
    type: 'JavaScript on a lesson page',
    description: listing.join('; ') || 'none',
  });

  const framework = [...scripts.map(({ url }) => url), ...preloads].filter((url) =>
    /client|react/i.test(url),
  );
  expect(framework, 'framework scripts requested').toEqual([]);
  // document.createElement( is the DOM (Vite's preload helper uses it), not React.createElement(.
  const reactLike = all.filter(({ text }) =>
    /react|__SECRET_INTERNALS|(?<!document\.)createElement\(|astro-island/i.test(text),
  );
  expect(
    reactLike.map(({ name }) => name),
    'scripts that look like React or an island loader',
  ).toEqual([]);

  const total = all.reduce((sum, { bytes }) => sum + gzipSync(bytes).length, 0);
  expect(total, `JavaScript on a lesson page, gzip:\n${listing.join('\n')}`).toBeLessThan(
    JS_BUDGET_GZIP,
  );
});
