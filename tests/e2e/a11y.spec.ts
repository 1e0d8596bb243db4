import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openPageType, pageTypes } from './helpers';

// WCAG 2.2 AA on every page type, in both themes, by keyboard and on a 320 px wide screen.

/** Opens a page type with everything a visitor can reveal shown: answers, results, filters. */
async function openFully(page: Page, name: (typeof pageTypes)[number][0]): Promise<void> {
  await openPageType(page, name);
  if (name === 'search page') {
    await expect(page.locator('[data-search] ol[data-results] > li').first()).toBeVisible();
    // On narrow screens the filters fold away above the results; a visitor can open them.
    const filters = page.locator('details[data-filters-box]');
    if (!(await filters.evaluate((details) => (details as HTMLDetailsElement).open))) await filters.locator('summary').click();
    await expect(page.locator('[data-filters] fieldset').first()).toBeVisible();
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    for (const [name] of pageTypes) {
      test(`the ${name} has no axe violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await openFully(page, name);
        // The system scheme applies: no stored choice, no data-theme.
        await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
        expect(
          await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
        ).toBe(colorScheme);
        await expectNoAxeViolations(page, `the ${name} (${colorScheme})`);
      });
    }
  });
}

test('pages switched to the dark theme with the toggle have no axe violations', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openFully(page, 'lesson page');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page, 'the lesson page (dark by the toggle)');

  // The choice is stored, so every other page opens dark too.
  await openFully(page, 'search page');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page, 'the search page (dark by the toggle)');
});

test('pages switched to the light theme on a dark system have no axe violations', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFully(page, 'competency page');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page, 'the competency page (light by the toggle on a dark system)');
});

for (const [name] of pageTypes) {
  test(`on the ${name} the first Tab reaches the skip link and Enter moves focus to the main content`, async ({
    page,
  }) => {
    await openPageType(page, name);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab continues inside main, not back at the top of the page.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
    ).toBe(true);
  });
}

test('the theme toggle works by keyboard and the choice is applied before the first paint after a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Before each document's first frame with a body, note the theme it would be painted in.
  await page.addInitScript(() => {
    const record = () => {
      if (!document.body) return requestAnimationFrame(record);
      (window as unknown as { __firstPaint: unknown }).__firstPaint = {
        theme: document.documentElement.dataset.theme ?? null,
        background: getComputedStyle(document.body).backgroundColor,
      };
    };
    requestAnimationFrame(record);
  });
  await page.goto('lessons/write-alt-text/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );

  // Reach the toggle with Tab alone, then switch it with Enter and back and forth with Space.
  for (
    let step = 0;
    step < 30 && !(await toggle.evaluate((el) => el === document.activeElement));
    step++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  const key = await page.locator('html').getAttribute('data-theme-key');
  expect(key).toMatch(/^micropath:[a-z0-9-]+:theme$/);
  expect(await page.evaluate((storageKey) => localStorage.getItem(storageKey), key!)).toBe('dark');

  await page.reload();
  expect(
    await page.evaluate(() => (window as unknown as { __firstPaint: unknown }).__firstPaint),
  ).toEqual({
    theme: 'dark',
    background: darkBackground,
  });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the stored theme is set by a blocking script in the head, before any stylesheet or content', async ({
  request,
}) => {
  const html = await (await request.get('lessons/write-alt-text/')).text();
  const head = html.slice(0, html.indexOf('<body'));
  const scripts = [...head.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const themeScript = scripts.find(
    ([, , body]) => body!.includes('localStorage') && body!.includes('dataset.theme'),
  );
  expect(themeScript, 'an inline head script reads the stored theme').toBeDefined();
  const [, attributes] = themeScript!;
  expect(
    attributes,
    'the theme script blocks rendering (no src, module, async or defer)',
  ).not.toMatch(/\b(src|type="module"|async|defer)\b/);
  expect(head.indexOf(themeScript![0])).toBeLessThan(head.search(/<link rel="stylesheet"|$/));
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const [name] of pageTypes) {
    test(`the ${name} does not scroll sideways`, async ({ page }) => {
      await openFully(page, name);
      const { scrollWidth, culprits } = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const culprits = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 0.5)
          .filter((element) => !element.closest('.visually-hidden, [hidden]'))
          .slice(0, 8)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)}px`,
          );
        return { scrollWidth: document.documentElement.scrollWidth, culprits };
      });
      expect(scrollWidth, `wider than 320 px: ${culprits.join(', ')}`).toBeLessThanOrEqual(320);
    });
  }
});
