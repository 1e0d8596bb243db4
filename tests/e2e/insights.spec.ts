import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { aggregateExports } from '../../src/lib/insights/aggregate-exports';
import { generateExports } from '../../src/lib/insights/generate-exports';
import type { Insights } from '../../src/lib/insights/insights';
import type { InsightsModel } from '../../src/lib/insights/insights-model';
import { formatCount } from '../../src/lib/insights/format-count';
import { buildInsightsTables, formatCsv } from '../../src/lib/insights/insights-tables';
import { expectNoAxeViolations, repoRoot } from './helpers';
import {
  BAD_FILES,
  badFile,
  dropFiles,
  EXPECTED,
  exportRecord,
  filesInput,
  folderInput,
  insightsStatus,
  MEMBERS,
  openInsights,
  readCell,
} from './insights-fixtures';

// The /insights/ staff page: exports made on /progress/ and bad files, aggregated in a worker.

test.beforeEach(async ({ page }) => {
  // No animation, so charts are drawn in their final state at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** The three members' exports (made once per worker with the real Export button) and the two bad files. */
// The first test in each worker also makes the export files in a second page (makeFiles, cached
// after); on a loaded CI machine that alone can take most of Playwright's default 30 s.
test.describe.configure({ timeout: 90_000 });

let fileSet: string[] | undefined;
async function makeFiles(browser: Browser, baseURL: string, dir: string): Promise<string[]> {
  if (fileSet) return fileSet;
  mkdirSync(dir, { recursive: true });
  const exports = [];
  for (const [name, record] of Object.entries(MEMBERS)) {
    exports.push(await exportRecord(browser, baseURL, record, path.join(dir, `member-${name}.json`)));
  }
  const bad = BAD_FILES.map((file) => {
    const target = path.join(dir, file.name);
    writeFileSync(target, readFileSync(badFile(file.name)));
    return target;
  });
  fileSet = [...exports, ...bad];
  return fileSet;
}

/** Writes `count` generated exports (core's generateExports, against the site's model) into `dir`. */
async function writeGeneratedExports(request: APIRequestContext, count: number, dir: string) {
  const model = (await (await request.get('data/insights-model.json')).json()) as InsightsModel;
  const generated = generateExports(model, { count, seed: count, now: '2026-06-30T12:00:00.000Z' });
  mkdirSync(dir, { recursive: true });
  for (const file of generated) writeFileSync(path.join(dir, file.name), file.bytes);
  return generated;
}

/** Waits for the outcome of reading `count` files. */
async function waitForRead(page: Page, count: number): Promise<void> {
  await expect(insightsStatus(page)).toContainText(`Read ${count} files.`, { timeout: 30_000 });
}

const masteryTable = (page: Page) => page.getByRole('table', { name: 'Mastery per competency' });
const questionsTable = (page: Page) => page.getByRole('table', { name: 'Item analysis: every question' });

test('the framework and coverage pages link to the insights page', async ({ page }) => {
  for (const from of ['competencies/', 'coverage/']) {
    await page.goto(from);
    await page.getByRole('link', { name: "Insights from members' exports" }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Insights from members' exports");
  }
});

test('without JavaScript the page explains itself and says the aggregation needs JavaScript', async ({ request }) => {
  const html = await (await request.get('insights/')).text();
  expect(html).toContain('nothing is uploaded or stored');
  expect(html).toMatch(/<noscript>[\s\S]*needs JavaScript[\s\S]*<\/noscript>/);
});

test('3 exports from /progress/ and 2 bad files give the figures the CLI gives for the same files', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await openInsights(page);
  await dropFiles(page, files);
  await waitForRead(page, 5);
  // Nothing uploaded, nothing stored: only same-origin GETs, and no storage written.
  expect(requests.filter((line) => !line.startsWith(`GET ${baseURL!.replace(/\/my-portal\/$/, '')}/`))).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

  // The page: refused files with their reasons, members, mastered counts, a question, the headline.
  const refused = page.getByRole('region', { name: 'Files refused' }).getByRole('listitem');
  await expect(refused).toHaveCount(2);
  for (const [index, bad] of BAD_FILES.entries()) {
    await expect(refused.nth(index)).toContainText(bad.name);
    await expect(refused.nth(index)).toContainText(bad.reason);
  }
  const summary = page.getByRole('table', { name: 'Files and members' });
  expect(await readCell(summary, /^Members/, 'Value')).toBe(String(EXPECTED.members));
  for (const [competency, count] of Object.entries(EXPECTED.mastered)) {
    expect(await readCell(masteryTable(page), competency, 'Mastered')).toBe(String(count));
  }
  const { question } = EXPECTED;
  const row = new RegExp(`Which alt text works best\\?`);
  expect(await readCell(questionsTable(page), row, 'Answered')).toBe(String(question.answered));
  expect(await readCell(questionsTable(page), row, 'Right first time')).toBe(String(question.correctFirst));
  expect(await readCell(questionsTable(page), row, 'Right first time (%)')).toBe(`${question.percent} %`);
  expect(await readCell(questionsTable(page), row, 'Most chosen wrong answer')).toBe(question.wrong);
  const headline = (await page.locator('.insights-headline').textContent()) ?? '';
  expect(headline).toBe(EXPECTED.headline);
  // A figure with nothing to average over shows a dash, read out as "no data", never a blank cell.
  const noData = masteryTable(page).getByRole('cell', { name: 'no data', exact: true });
  expect(await noData.count()).toBeGreaterThan(0);
  await expect(noData.first().locator('[aria-hidden="true"]')).toHaveText('–');
  await expect(masteryTable(page).locator('td:empty')).toHaveCount(0);

  // The CLI on the same five files: the same figures.
  const out = testInfo.outputPath('cli');
  const cli = spawnSync('npm', ['run', '--silent', 'insights', '--', path.dirname(files[0]!), '--out', out], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  const fromCli = JSON.parse(readFileSync(path.join(out, 'insights.json'), 'utf8')) as Insights;
  expect(fromCli.members).toBe(EXPECTED.members);
  expect(fromCli.files.refused.map((file) => file.name).sort()).toEqual(BAD_FILES.map((file) => file.name));
  for (const [competency, count] of Object.entries(EXPECTED.mastered)) {
    const entry = fromCli.competencies.find((item) => `${item.code} ${item.title}` === competency);
    expect(entry?.mastered, competency).toBe(count);
  }
  const cliQuestion = fromCli.questions.find((item) => item.questionId === question.id)!;
  expect([cliQuestion.answered, cliQuestion.correctFirst, cliQuestion.commonWrong]).toEqual([
    question.answered,
    question.correctFirst,
    { answer: question.wrong, count: question.wrongCount },
  ]);
  expect(fromCli.headline).toBe(headline);
});

test('a table downloads as CSV with its header and every row, as the core formats it', async ({
  page,
  browser,
  baseURL,
  request,
}, testInfo) => {
  const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
  await openInsights(page);
  await filesInput(page).setInputFiles(files);
  await waitForRead(page, 5);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV: Mastery per competency' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^micropath-insights-adc-academy-competencies-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');

  // The same files through the core in Node, with the model the page fetched.
  const model = (await (await request.get('data/insights-model.json')).json()) as InsightsModel;
  const inputs = files.map((file) => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }));
  const insights = aggregateExports(model, inputs, { now: new Date().toISOString() });
  const table = buildInsightsTables(insights).find((item) => item.id === 'competencies')!;
  expect(csv).toBe(formatCsv(table));
  expect(csv.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8').toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe(table.columns.map((column) => column.header).join(','));
  expect(lines.find((line) => line.startsWith('1.1 Text alternatives,'))).toContain(',2,67,');
  await expect(masteryTable(page).locator('tbody tr')).toHaveCount(lines.length - 2);

  // Save summary: the aggregate as JSON, the same figures, none of the files.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save summary' }).click()]);
  expect(saved.suggestedFilename()).toMatch(/^micropath-insights-adc-academy-\d{4}-\d{2}-\d{2}\.json$/);
  const summary = JSON.parse(readFileSync((await saved.path())!, 'utf8')) as Insights;
  expect({ ...summary, generatedAt: '' }).toEqual({ ...insights, generatedAt: '' });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the insights page has no axe violations, empty and with results, in the ${colorScheme} scheme`, async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openInsights(page);
    await expectNoAxeViolations(page, `/insights/ empty (${colorScheme})`);
    await filesInput(page).setInputFiles(files);
    await waitForRead(page, 5);
    await expect(page.getByRole('img', { name: /share of the 3 members who mastered/ })).toBeVisible();
    await expectNoAxeViolations(page, `/insights/ with results (${colorScheme})`);
  });
}

/** Presses `key` (Tab, or Shift+Tab to go back) until `target` has focus, at most `limit` times. */
async function tabTo(page: Page, target: Locator, key = 'Tab', limit = 400): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

test('by keyboard alone: choose files, download a CSV, clear', async ({ page, browser, baseURL }, testInfo) => {
  const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
  await openInsights(page);
  await tabTo(page, filesInput(page));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
  await waitForRead(page, 5);

  const csvButton = page.getByRole('button', { name: 'Download CSV: Lesson usefulness' });
  await tabTo(page, csvButton);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/-lessons-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(insightsStatus(page)).toContainText('was downloaded as');

  await tabTo(page, page.getByRole('button', { name: 'Clear' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(insightsStatus(page)).toContainText('Cleared.');
  await expect(insightsStatus(page).locator('p')).toBeFocused();
  await expect(page.locator('.insights-results')).toHaveCount(0);
});

test('files added again are added to what is loaded, each copy counted once and said so in the status and the summary alike', async ({ page, browser, baseURL }, testInfo) => {
  const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
  await openInsights(page);
  await filesInput(page).setInputFiles(files.slice(0, 2));
  await expect(insightsStatus(page)).toContainText('In all: 2 members counted');
  // All five, the first two again (as after a Cancel), then all five once more.
  await filesInput(page).setInputFiles(files);
  await expect(insightsStatus(page)).toContainText(`In all: 7 files given; 2 copies of files already read (counted once); ${EXPECTED.members} members counted`);
  await filesInput(page).setInputFiles(files);
  // 2 + 5 + 5 files given, 7 of them copies: the status and the summary give the same figures.
  await expect(insightsStatus(page)).toContainText(`Read ${files.length} files. In all: 12 files given; 7 copies of files already read (counted once); ${EXPECTED.members} members counted from ${EXPECTED.members} accepted files; ${BAD_FILES.length} files refused, listed below.`);
  const summary = page.getByRole('table', { name: 'Files and members' });
  expect(await readCell(summary, /^Members/, 'Value')).toBe(String(EXPECTED.members));
  expect(await readCell(summary, /^Files given/, 'Value')).toBe('12');
  expect(await readCell(summary, /^Copies of files already read \(counted once\)/, 'Value')).toBe('7');
  expect(await readCell(summary, /^Files accepted/, 'Value')).toBe(String(EXPECTED.members));
  expect(await readCell(summary, /^Files refused/, 'Value')).toBe(String(BAD_FILES.length));
  await expect(page.getByRole('region', { name: 'Files refused' }).getByRole('listitem')).toHaveCount(BAD_FILES.length);
});

test('two members’ files of the same name in two subfolders are both read, by the folder and the file picker alike', async ({ page, browser, baseURL }, testInfo) => {
  const [first, second] = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
  const dir = testInfo.outputPath('same-names');
  // a/ and b/ hold two members' exports under one name; c/ a copy of a/'s.
  for (const [folder, from] of [['a', first!], ['b', second!], ['c', first!]] as const) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, 'export.json'), readFileSync(from));
  }
  const outcome = 'Read 3 files. In all: 3 files given; 1 copy of a file already read (counted once); 2 members counted from 2 accepted files.';
  const summary = page.getByRole('table', { name: 'Files and members' });
  await openInsights(page);
  await folderInput(page).setInputFiles(dir);
  await expect(insightsStatus(page)).toHaveText(outcome);
  expect(await readCell(summary, /^Members/, 'Value')).toBe('2');

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(insightsStatus(page)).toContainText('Cleared.');
  // The file picker gives only the names: export.json three times.
  await filesInput(page).setInputFiles(['a', 'b', 'c'].map((folder) => path.join(dir, folder, 'export.json')));
  await expect(insightsStatus(page)).toHaveText(outcome);
  expect(await readCell(summary, /^Members/, 'Value')).toBe('2');
  expect(await readCell(summary, /^Copies of files already read/, 'Value')).toBe('1');
});

test('a folder without any .json file is refused with what to choose instead', async ({ page }, testInfo) => {
  const dir = testInfo.outputPath('no-exports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'notes.txt'), 'not an export');
  writeFileSync(path.join(dir, 'photo.png'), '');
  await openInsights(page);
  await folderInput(page).setInputFiles(dir);
  await expect(page.getByRole('alert')).toHaveText(/^No file was read: none of the 2 files chosen ends in \.json, so none can be a Micropath export\. Choose the export files/);
  await expect(page.locator('.insights-results')).toHaveCount(0);
});

test('the same message given twice is announced twice (a new paragraph in the live region)', async ({ page, browser, baseURL }, testInfo) => {
  const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
  await openInsights(page);
  await filesInput(page).setInputFiles(files);
  await waitForRead(page, 5);
  const csvButton = page.getByRole('button', { name: 'Download CSV: Lesson usefulness' });
  await Promise.all([page.waitForEvent('download'), csvButton.click()]);
  await expect(insightsStatus(page)).toContainText('was downloaded as');
  const first = await insightsStatus(page).locator('p').elementHandle();
  await Promise.all([page.waitForEvent('download'), csvButton.click()]);
  await expect.poll(() => first!.evaluate((node) => node.isConnected)).toBe(false);

  const dir = testInfo.outputPath('no-exports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'notes.txt'), 'not an export');
  await folderInput(page).setInputFiles(dir);
  await expect(page.getByRole('alert')).toContainText('No file was read');
  const refusal = await page.getByRole('alert').locator('p').elementHandle();
  await folderInput(page).setInputFiles(dir);
  await expect.poll(() => refusal!.evaluate((node) => node.isConnected)).toBe(false);
});

test('5,000 generated exports aggregate in the worker while the page keeps responding', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const dir = testInfo.outputPath('generated');
  const generated = await writeGeneratedExports(request, 5000, dir);
  const members = new Set(generated.map((file) => file.learnerId).filter(Boolean)).size;

  await openInsights(page);
  // In the page, from the input's change event (the browser has the files; our code starts) to
  // the progress bar going away: the longest gap between animation frames, long tasks, bar updates.
  await page.evaluate(() => {
    const probe = { changeAt: 0, end: 0, maxFrameGap: 0, aroundChange: 0, longTasks: 0, updates: [] as number[], clickedAt: 0 };
    (window as unknown as { probe: typeof probe }).probe = probe;
    let last = performance.now();
    const frame = (now: number) => {
      const running = probe.changeAt > 0 && probe.end === 0;
      if (running && last >= probe.changeAt) probe.maxFrameGap = Math.max(probe.maxFrameGap, now - last);
      else if (running) probe.aroundChange = now - last;
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener('change', () => (probe.changeAt = performance.now()), true);
    new PerformanceObserver((list) => {
      probe.longTasks += list.getEntries().filter((entry) => probe.changeAt && entry.startTime >= probe.changeAt).length;
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      if (document.querySelector('#insights-progress')) probe.updates.push(performance.now());
      else if (probe.updates.length > 0 && !probe.end) probe.end = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  await folderInput(page).setInputFiles(dir);
  await expect(page.locator('#insights-progress')).toHaveAttribute('value', /^[1-9]/, { timeout: 60_000 });

  // A click while the worker reads: the theme switches at once.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => ((window as unknown as { probe: { clickedAt: number } }).probe.clickedAt = performance.now()));

  await expect(insightsStatus(page)).toContainText('Read 5,000 files.', { timeout: 180_000 });
  type Probe = { changeAt: number; end: number; maxFrameGap: number; aroundChange: number; longTasks: number; updates: number[]; clickedAt: number };
  const probe = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
  const summary = page.getByRole('table', { name: 'Files and members' });
  expect(await readCell(summary, /^Members/, 'Value')).toBe(formatCount(members));
  expect(await readCell(summary, /^Files given/, 'Value')).toBe('5,000');
  expect(probe.updates.length, 'the progress bar updated more than once').toBeGreaterThan(2);
  expect(probe.updates.some((at) => at > probe.clickedAt), 'the click came while the worker was still reading').toBe(true);

  const report = {
    elapsedMs: Math.round(probe.end - probe.changeAt),
    maxFrameGapMs: Math.round(probe.maxFrameGap),
    // The frame gap the change event falls in: mostly the browser filling the input with 5,000 files.
    frameGapAroundChoosingMs: Math.round(probe.aroundChange),
    longTasks: probe.longTasks,
    progressUpdates: probe.updates.length,
  };
  for (const [type, value] of Object.entries(report)) testInfo.annotations.push({ type, description: String(value) });
  console.log(`5,000 exports in the page: ${JSON.stringify(report)}`);
});

test('Cancel stops reading and keeps the figures of the files read so far', async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const dir = testInfo.outputPath('generated');
  await writeGeneratedExports(request, 2000, dir);

  await openInsights(page);
  await folderInput(page).setInputFiles(dir);
  await expect(page.locator('#insights-progress')).toHaveAttribute('value', /^[1-9]/, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(insightsStatus(page)).toContainText(/^Stopped after reading [\d,]+ of 2,000 files/, { timeout: 30_000 });
  await expect(insightsStatus(page).locator('p')).toBeFocused();
  const summary = page.getByRole('table', { name: 'Files and members' });
  expect(Number((await readCell(summary, 'Files given', 'Value')).replace(/,/g, ''))).toBeLessThan(2000);
  await expect(page.locator('#insights-progress')).toHaveCount(0);
});

test('Cancel also stops files still being read when more were added during the run', async ({ page, request, browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const dir = testInfo.outputPath('generated');
  await writeGeneratedExports(request, 2000, dir);
  const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));

  await openInsights(page);
  await folderInput(page).setInputFiles(dir);
  await expect(page.locator('#insights-progress')).toHaveAttribute('value', /^[1-9]/, { timeout: 60_000 });
  await filesInput(page).setInputFiles(files);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(insightsStatus(page)).toContainText(/^Stopped after reading/, { timeout: 30_000 });
  const summary = page.getByRole('table', { name: 'Files and members' });
  expect(Number((await readCell(summary, 'Files given', 'Value')).replace(/,/g, ''))).toBeLessThan(2000);
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the insights page with results does not scroll sideways', async ({ page, browser, baseURL }, testInfo) => {
    const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
    await openInsights(page);
    await filesInput(page).setInputFiles(files);
    await waitForRead(page, 5);
    await expect(page.locator('.insights-results canvas').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Tables too wide for the screen scroll on their own, and only those are Tab stops.
    await expect.poll(async () => (await tableScrollFocus(page)).filter((table) => table.scrolls !== table.focusable)).toEqual([]);
    expect((await tableScrollFocus(page)).some((table) => table.scrolls)).toBe(true);
  });
});

test('on a wide screen, a table that fits is no extra Tab stop', async ({ page, browser, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  const files = await makeFiles(browser, baseURL!, testInfo.outputPath('exports'));
  await openInsights(page);
  await filesInput(page).setInputFiles(files);
  await waitForRead(page, 5);
  await expect.poll(async () => (await tableScrollFocus(page)).filter((table) => table.scrolls !== table.focusable)).toEqual([]);
  expect((await tableScrollFocus(page)).some((table) => !table.scrolls)).toBe(true);
});

/** Each table wrapper: whether it scrolls sideways and whether it is focusable (a named region). */
async function tableScrollFocus(page: Page) {
  return page.locator('.table-scroll').evaluateAll((wrappers) =>
    wrappers.map((wrapper) => ({
      table: wrapper.querySelector('caption')?.textContent ?? '',
      scrolls: wrapper.scrollWidth > wrapper.clientWidth + 1,
      focusable: wrapper.getAttribute('tabindex') === '0' && wrapper.getAttribute('role') === 'region',
    })),
  );
}
