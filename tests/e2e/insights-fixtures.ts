import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { repoRoot } from './helpers';
import { openProgress, seededRecord, seedRecord, withTimeBasedMediaMastered } from './progress-fixtures';

// Three members' records for /insights/, exported through the real Export button of /progress/,
// and the figures they must give. Ids and prompts come from content/.

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
/** An attempt at the write-alt-text quiz answering only its first question with choice `choice`. */
const altTextAttempt = (id: string, day: number, choice: number) => ({
  id,
  quizId: 'lesson:write-alt-text',
  startedAt: at(day),
  finishedAt: at(day),
  answers: { 'alt-best-photo': { type: 'single', choice } },
  score: choice === 0 ? 0.25 : 0,
  passed: false,
});

/** `record` with `attempts` added after its own. */
const withAttempts = <T extends { attempts: object[] }>(record: T, ...attempts: object[]): T => ({
  ...record,
  attempts: [...record.attempts, ...attempts],
});

/** Choice 0 is right; choice 2 ("Photo") is the wrong answer two members give first. */
export const MEMBERS = {
  /** Tests out of Text alternatives; right first time. */
  a: withAttempts({ ...seededRecord, learnerId: 'member-a' }, altTextAttempt('a1', 8, 0)),
  /** Also masters Time-based media; wrong first ("Photo"), right on the retry. */
  b: withAttempts(
    withTimeBasedMediaMastered({ ...seededRecord, learnerId: 'member-b' }),
    altTextAttempt('b1', 8, 2),
    altTextAttempt('b2', 9, 0),
  ),
  /** Only one wrong attempt ("Photo"). */
  c: { ...seededRecord, learnerId: 'member-c', lessons: {}, confidence: [], feedback: [], attempts: [altTextAttempt('c1', 10, 2)] },
};

/** What the three members' exports give. */
export const EXPECTED = {
  members: 3,
  /** Mastered counts: a and b tested out of Text alternatives, only b mastered Time-based media. */
  mastered: { '1.1 Text alternatives': 2, '1.2 Time-based media': 1 },
  question: { id: 'alt-best-photo', answered: 3, correctFirst: 1, percent: 33, wrong: 'Photo', wrongCount: 2 },
  headline: 'In this data, 67 % of 3 members mastered Text alternatives, the competency mastered most often.',
};

/** Two files the validator refuses, by name, with a word of their reason. */
export const BAD_FILES = [
  { name: 'not-micropath.json', reason: /not a Micropath learner record/ },
  { name: 'trailing-comma.json', reason: /not valid JSON/ },
];

/** The path of a bad file in tests/fixtures/records/invalid/. */
export const badFile = (name: string) => path.join(repoRoot, 'tests/fixtures/records/invalid', name);

/** Exports `record` with the Export button of /progress/ in a browser of its own; returns the saved path. */
export async function exportRecord(browser: Browser, baseURL: string, record: unknown, saveAs: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await seedRecord(page, record);
  await openProgress(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export your progress' }).click(),
  ]);
  await download.saveAs(saveAs);
  await context.close();
  return saveAs;
}

/** Drops files (given by path) on the intake's drop zone, as a staff member dragging them would. */
export async function dropFiles(page: Page, files: string[]): Promise<void> {
  const contents = files.map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'application/json' }));
    return transfer;
  }, contents);
  await page.locator('.insights-intake').dispatchEvent('drop', { dataTransfer });
}

/** Opens /insights/ and waits until its controls work. */
export async function openInsights(page: Page): Promise<void> {
  await page.goto('insights/');
  await expect(filesInput(page)).toBeEnabled();
}

/** The "Choose export files" input. */
export const filesInput = (page: Page) => page.getByLabel('Choose export files (.json)');
/** The "Choose a folder" input. */
export const folderInput = (page: Page) => page.getByLabel('Choose a folder of export files');
/** The polite status region. */
export const insightsStatus = (page: Page) => page.locator('.insights-status');

/** The text of the cell in the row named `row` under the column headed `column`. */
export async function readCell(table: Locator, row: string | RegExp, column: string): Promise<string> {
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.indexOf(column);
  expect(index, `column "${column}" among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  const cells = table.getByRole('row', { name: row }).locator('th, td');
  return ((await cells.nth(index).textContent()) ?? '').trim();
}
