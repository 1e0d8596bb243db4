import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/lib/checks/check-content';
import { analyseCoverage } from '../../src/lib/coverage/analyse-coverage';
import { coverageChartHeight } from '../../src/lib/coverage/coverage-chart';
import { nameCompetency } from '../../src/lib/coverage/format-coverage';
import { readContentDir } from '../../src/lib/node/read-content-dir';
import { buildPortal } from '../../src/lib/portal/build-portal';
import { contentDir, expectNoAxeViolations } from './helpers';

// The /coverage/ page: the gap analysis of the bundled framework as a table and a chart.

/** The analysis the page should show, computed from the same content the site was built from. */
function expectedReport() {
  const { content } = checkContent(readContentDir(contentDir));
  if (!content) throw new Error('content/ does not pass the check');
  return analyseCoverage(buildPortal(content));
}

test.beforeEach(async ({ page }) => {
  // No animation, so the chart is drawn in its final state at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the framework page links to the coverage report', async ({ page }) => {
  await page.goto('competencies/');
  await page.getByRole('link', { name: 'Coverage report' }).click();
  await expect(page).toHaveURL(/\/my-portal\/coverage\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coverage report');
});

test('the table lists every competency with its figures and flags in words', async ({ page }) => {
  const report = expectedReport();
  await page.goto('coverage/');
  const table = page.getByRole('table', { name: /Coverage of each competency/ });
  await expect(table.locator('caption')).toContainText('areas add up');
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(8);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(report.competencies.length);
  for (const [index, entry] of report.competencies.entries()) {
    const row = rows.nth(index);
    await expect(row.locator('th[scope="row"]')).toHaveText(
      new RegExp(`^${nameCompetency(entry)}`),
    );
    await expect(row.locator('td').nth(0)).toHaveText(String(entry.lessons.length));
    await expect(row.locator('td').nth(1)).toHaveText(String(entry.minutes));
  }
  const noCheck = report.competencies.find((entry) => entry.flags.includes('no-check'));
  if (noCheck) {
    const row = rows.filter({
      has: page.getByRole('rowheader', { name: nameCompetency(noCheck) }),
    });
    await expect(row).toContainText('No: practised counts as mastered');
    await expect(row.locator('td').last()).toContainText('no check');
  }
});

test('the least-covered competencies are named and linked', async ({ page }) => {
  const report = expectedReport();
  await page.goto('coverage/');
  const list = page.locator('h2:text("Least covered") + ol > li');
  await expect(list).toHaveCount(report.leastCovered.length);
  for (const [index, id] of report.leastCovered.entries()) {
    const entry = report.competencies.find((competency) => competency.id === id)!;
    await expect(list.nth(index).getByRole('link')).toHaveText(nameCompetency(entry));
    await expect(list.nth(index).getByRole('link')).toHaveAttribute(
      'href',
      `/my-portal/competencies/${id}/`,
    );
  }
});

test('the chart draws in a box of fixed size and follows the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto('coverage/');
  const box = page.locator('[data-coverage-chart]');
  const chart = box.getByRole('img', { name: /Bar chart of the minutes of lessons/ });
  await expect(chart).toBeVisible();
  const boxSize = await box.boundingBox();
  expect(boxSize!.height).toBe(coverageChartHeight(expectedReport().totals.leaves));
  expect((await chart.boundingBox())!.height).toBe(boxSize!.height);

  const picture = () => chart.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
  await expect.poll(picture).not.toBe('data:,');
  const light = await picture();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(picture).not.toBe(light);
  expect((await box.boundingBox())!.height).toBe(boxSize!.height);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the coverage page has no axe violations in the ${colorScheme} colour scheme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto('coverage/');
    await expect(page.locator('[data-coverage-chart] canvas')).toBeVisible();
    await expectNoAxeViolations(page, `the coverage page (${colorScheme})`);
  });
}
