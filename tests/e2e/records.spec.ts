import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseImportFile } from '../../src/lib/record/parse-import';
import { expectNoAxeViolations, readCompetency, readLessons } from './helpers';
import {
  openProgress,
  seededRecord,
  seedRecord,
  storedRecord,
  watchAnnouncements,
} from './progress-fixtures';

// Records for the outside world: the shared export on /progress/ and the printable transcript.

test.use({ timezoneId: 'UTC' });

const shareSection = (page: Page) =>
  page.getByRole('region', { name: 'Share with my association' });
const shareContents = (page: Page) => page.getByRole('list', { name: 'What the file contains' });
const when = (iso: string) =>
  new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
const lessonData = (slug: string) => {
  const lesson = readLessons().find((candidate) => candidate.slug === slug)!;
  return {
    title: lesson.data.title,
    ceCredits: (lesson.data as { ceCredits?: number }).ceCredits ?? 0,
  };
};

async function downloadShare(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    shareSection(page).getByRole('button', { name: 'Download file to share' }).press('Enter'),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  return { name: download.suggestedFilename(), text, file: JSON.parse(text) };
}

test('sharing leaves out comments and the learner id by default, says so, and makes a file the import accepts', async ({
  page,
}) => {
  await seedRecord(page);
  await openProgress(page);
  const section = shareSection(page);
  await expect(section.getByRole('checkbox', { name: 'Leave out my comments' })).toBeChecked();
  await expect(section.getByRole('checkbox', { name: 'Replace my learner id' })).toBeChecked();
  await expect(shareContents(page)).toContainText('5 quiz attempts');
  await expect(shareContents(page)).toContainText('3 confidence ratings');
  await expect(shareContents(page)).toContainText('No comments: your 1 comment is left out.');
  await expect(shareContents(page)).toContainText('Not your learner id, but the pseudonym');
  await expect(shareContents(page)).not.toContainText('e2e-learner');
  await expect(section.getByRole('link', { name: 'training@example.org' })).toHaveAttribute(
    'href',
    'mailto:training@example.org',
  );

  const first = await downloadShare(page);
  const today = new Date().toISOString().slice(0, 10);
  expect(first.name).toBe(`micropath-adc-academy-share-${today}.json`);
  const result = parseImportFile(new TextEncoder().encode(first.text), { siteId: 'adc-academy' });
  expect(result.ok, result.ok ? '' : result.message).toBe(true);
  expect(first.text).not.toContain('e2e-learner');
  expect(first.text).not.toContain('Clear examples.');
  expect(first.file.record.attempts).toEqual(seededRecord.attempts);
  await expect(section.getByRole('status')).toHaveText(
    `The file ${first.name} was downloaded. To share it, email it to training@example.org.`,
  );
  await expect(shareContents(page)).toContainText(first.file.record.learnerId);

  // A second share carries the same pseudonym, so the association counts this learner once.
  const second = await downloadShare(page);
  expect(second.file.record.learnerId).toBe(first.file.record.learnerId);
});

test('the learner can keep their comments and id by keyboard, and the preview says so', async ({
  page,
}) => {
  await seedRecord(page);
  await openProgress(page);
  const section = shareSection(page);
  const comments = section.getByRole('checkbox', { name: 'Leave out my comments' });
  await comments.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('checkbox', { name: 'Replace my learner id' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(comments).not.toBeChecked();
  await expect(shareContents(page)).toContainText('1 comment in your own words, as you wrote them.');
  await expect(shareContents(page)).toContainText('Your learner id, e2e-learner');

  const { file } = await downloadShare(page);
  expect(file.record).toEqual(seededRecord);
});

test('the progress page links to the transcript', async ({ page }) => {
  await openProgress(page);
  await page.getByRole('link', { name: 'Print your transcript' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your transcript' })).toBeVisible();
});

async function openTranscript(page: Page) {
  await seedRecord(page);
  await page.goto('progress/transcript/');
  await expect(page.getByRole('table').first()).toBeVisible();
}

test('the transcript shows the name, mastered competencies with dates, certifications and CE credits', async ({
  page,
}) => {
  await openTranscript(page);
  await page.getByLabel('Your name, as it should appear on the transcript').fill('Ada Lovelace');
  await expect(page.getByRole('heading', { name: 'Transcript of Ada Lovelace' })).toBeVisible();
  await expect(page.locator('.transcript-header')).toContainText(
    'Northbridge Association of Communication Professionals',
  );

  const mastered = page.getByRole('table', { name: 'Mastered competencies' });
  const alt = readCompetency('text-alternatives');
  const predictable = readCompetency('predictable');
  await expect(mastered.locator('tbody tr')).toHaveText([
    `${alt.code} ${alt.title}${when(seededRecord.attempts[0]!.finishedAt)}Competency check passed (tested out)`,
    `${predictable.code} ${predictable.title}${when(seededRecord.attempts[2]!.finishedAt)}Every lesson of the path completed`,
  ]);

  const certifications = page.getByRole('table', { name: 'Certifications' });
  await expect(
    certifications.getByRole('row', { name: /Accessible Communicator Certificate/ }),
  ).toContainText('Not yet earned: 1 of 6 competencies mastered');

  const credits = page.getByRole('table', { name: 'CE credits per lesson' });
  const completed = [
    ['consistent-navigation-and-naming', 1],
    ['no-surprises-on-input', 2],
    ['captions-that-work', 3],
  ] as const;
  const contentVersion = (await credits
    .locator('tbody tr')
    .first()
    .locator('td')
    .nth(2)
    .textContent())!;
  expect(contentVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(credits.locator('tbody tr')).toHaveText(
    completed.map(([slug, index]) => {
      const lesson = lessonData(slug);
      return `${lesson.title}${when(seededRecord.attempts[index]!.finishedAt)}${lesson.ceCredits}${contentVersion}`;
    }),
  );
  const total =
    Math.round(completed.reduce((sum, [slug]) => sum + lessonData(slug).ceCredits, 0) * 100) / 100;
  await expect(credits.locator('tfoot')).toContainText(`${total}`);
  await expect(page.locator('.transcript-totals')).toContainText(`${total} CE credits in all`);
  await expect(page.getByText('Self-reported from this browser')).toBeVisible();
});

test('printing hides the navigation and buttons, prints black on white in the dark theme and fits A4 and Letter on two pages', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openTranscript(page);
  await page.getByLabel('Your name, as it should appear on the transcript').fill('Ada Lovelace');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByLabel('Your name, as it should appear on the transcript')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Transcript of Ada Lovelace' })).toBeVisible();
  const colours = await page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
  }));
  expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, preferCSSPageSize: false })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the transcript has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openTranscript(page);
    await expectNoAxeViolations(page, `/progress/transcript/ (${colorScheme})`);
  });
}

test('the transcript fits a 320 px screen without sideways scrolling of the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openTranscript(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('with storage blocked the transcript still renders, says why it is empty, and raises no error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('progress/transcript/');
  await expect(page.locator('.storage-notice')).toContainText(
    'This browser is not letting the site save your progress',
  );
  await expect(page.getByText('Nothing is recorded in this browser yet')).toBeVisible();
  await expect(page.getByText('No competency is mastered yet.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('with a record saved by a newer version the transcript claims nothing and cannot be printed, since it cannot read that progress', async ({
  page,
}) => {
  await seedRecord(page, { ...seededRecord, version: 99 });
  await page.goto('progress/transcript/');
  await expect(page.locator('.storage-notice')).toContainText('written by a newer version');
  const transcript = page.getByRole('article', { name: /Transcript of/ });
  await expect(transcript).toContainText(
    'Your saved progress was written by a newer version of this site, so this page cannot show it',
  );
  await expect(transcript.getByText('Nothing is recorded in this browser yet')).toHaveCount(0);
  await expect(transcript.getByText('No competency is mastered yet.')).toHaveCount(0);
  await expect(transcript.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print' })).toBeDisabled();
});

test('with a record saved by a newer version sharing is held back, since a partial share would replace the full one at the association', async ({
  page,
}) => {
  await seedRecord(page, { ...seededRecord, version: 99 });
  await page.goto('lessons/captions-that-work/');
  await openProgress(page);
  const section = shareSection(page);
  await expect(section).toContainText(
    'Your saved progress was written by a newer version of this site, which this page cannot read',
  );
  await expect(section).not.toContainText('nothing to share');
  await expect(section.getByRole('button', { name: 'Download file to share' })).toBeDisabled();
});

test('importing their own share back changes nothing: the comments and the learner id stay', async ({
  page,
}, testInfo) => {
  // An id every pseudonym sorts before, so a merge that keeps the smaller id would swap it.
  await seedRecord(page, { ...seededRecord, learnerId: 'z-learner' });
  await openProgress(page);
  const shared = await downloadShare(page);
  const file = testInfo.outputPath('share.json');
  writeFileSync(file, shared.text);
  await page
    .getByLabel('Choose an exported progress file (.json), or drop it here')
    .setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.data-status')).toContainText('Imported.');
  const stored = JSON.parse((await storedRecord(page))!);
  expect(stored.learnerId).toBe('z-learner');
  expect(stored.feedback).toEqual(seededRecord.feedback);
});

test('the transcript says its content version is the site’s current one, which the record cannot tie to each completion', async ({
  page,
}) => {
  await openTranscript(page);
  const credits = page.getByRole('table', { name: 'CE credits per lesson' });
  const version = (await credits.locator('tbody tr').first().locator('td').nth(2).textContent())!;
  await expect(page.locator('.transcript')).toContainText(
    `Titles and credits are those of content version ${version}, the site as published now: your progress does not record which version each lesson was completed in.`,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the progress page after a share download has no axe violations in the ${colorScheme} scheme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await seedRecord(page);
    await openProgress(page);
    await downloadShare(page);
    await expect(shareSection(page).getByRole('status')).toContainText('was downloaded');
    await expectNoAxeViolations(page, `/progress/ after a share (${colorScheme})`);
  });
}

test('a second share download is announced again, not left as the unchanged text of the first', async ({
  page,
}) => {
  await seedRecord(page);
  await openProgress(page);
  const announced = await watchAnnouncements(shareSection(page).getByRole('status'));
  await downloadShare(page);
  await downloadShare(page);
  const added = await announced();
  expect(added.filter((text) => text.includes('was downloaded'))).toHaveLength(2);
});
