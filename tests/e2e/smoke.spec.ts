import { expect, test } from '@playwright/test';

// Paths are relative so they resolve under the base URL (/my-portal/), like links on the site.

test('the home page answers under the base path with a heading and a language', async ({
  page,
}) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', /\S/);
  await expect(page.locator('h1').first()).toHaveText(/\S/);
});

test("an unknown path under the base answers 404 with the site's own 404 page", async ({
  page,
}) => {
  // Open the built 404 page directly first: that is what a miss should show.
  const direct = await page.goto('404.html');
  expect(direct?.status()).toBe(200);
  const notFoundTitle = await page.title();
  expect(notFoundTitle, '404.html should have a <title>').not.toBe('');

  const response = await page.goto('this-page-does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(notFoundTitle);
  await expect(page.locator('h1').first()).toHaveText(/\S/);
});
