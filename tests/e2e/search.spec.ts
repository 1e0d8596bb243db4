import { expect, test, type Page } from '@playwright/test';
import {
  BASE,
  countFromStatus,
  proseOf,
  quizProseOf,
  readLessons,
  readYamlContent,
  searchResults,
  searchStatus,
  showAllResults,
  waitForResults,
  wordsOf,
  type LessonSource,
} from './helpers';

// Search runs in the browser over Pagefind's index of lesson and competency bodies. The words
// searched for are chosen from content/ when the tests load, so they keep working as the
// lessons are edited.

const lessons = readLessons().filter((lesson) => !lesson.data.draft);
const yaml = readYamlContent().map(({ file, text }) => ({ file, text: text.toLowerCase() }));
const yamlTexts = yaml.map(({ text }) => text);
/** What pages show outside quizzes: competency checks live in assessments/. */
const nonQuizYaml = yaml
  .filter(({ file }) => !file.startsWith('assessments/'))
  .map(({ text }) => text);

/**
 * True when no word of `texts` could match `word` in Pagefind, which stems words (e.g.
 * "additional" also finds "add"): no word there shares its first four letters.
 */
function isUnmatchedIn(word: string, texts: string[]): boolean {
  const prefix = word.slice(0, 4);
  return texts.every((text) => !wordsOf(text).some((other) => other.startsWith(prefix)));
}

/** True when `other` is plausibly a form of `word` (same stem): they share most of their letters. */
function isFormOf(other: string, word: string): boolean {
  const a = other.toLowerCase();
  const b = word.toLowerCase();
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(5, b.length - 3);
}

/** True when no word of `texts` is a form of `word`. */
function isAbsentFrom(word: string, texts: string[]): boolean {
  return texts.every((text) => !wordsOf(text).some((other) => isFormOf(other, word)));
}

/**
 * Searches for `word` and expects no page to match it. When nothing matches exactly, Pagefind
 * falls back to shorter prefixes ("advisory" finds "ads"), so results may appear: none of them
 * may mark a form of the word.
 */
async function expectNotFound(page: Page, word: string, why: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(word)}`);
  await waitForResults(page);
  await showAllResults(page);
  const marked = await searchResults(page).locator('mark').allTextContents();
  expect(
    marked.filter((text) => isFormOf(text, word)),
    `"${word}" ${why}, yet results mark it`,
  ).toEqual([]);
}

/** A word found only in one lesson's body, and nowhere else in content, even in another form. */
function findBodyOnlyWord(): { word: string; lesson: LessonSource } {
  for (const lesson of lessons) {
    const elsewhere = [
      ...lessons
        .filter((other) => other !== lesson)
        .map((other) => `${other.front}\n${other.quiz}\n${other.body}`),
      `${lesson.front}\n${lesson.quiz}`,
      ...yamlTexts,
    ];
    const words = [...new Set(wordsOf(proseOf(lesson.body), 8))].sort();
    const word = words.find((candidate) => isUnmatchedIn(candidate, elsewhere));
    if (word) return { word, lesson };
  }
  throw new Error('No lesson body has a word of 8+ letters unlike any word elsewhere in content/.');
}

/** A word found only in quiz questions or answers (lesson quizzes, competency checks). */
function findQuizOnlyWord(): { word: string; lesson: LessonSource } {
  const shown = [...lessons.map((lesson) => `${lesson.front}\n${lesson.body}`), ...nonQuizYaml];
  for (const lesson of lessons) {
    const words = [...new Set(wordsOf(quizProseOf(lesson.quiz), 7))].sort();
    const word = words.find((candidate) => isAbsentFrom(candidate, shown));
    if (word) return { word, lesson };
  }
  throw new Error('No quiz has a word of 7+ letters unlike any word shown outside quizzes.');
}

/** The word that appears in the most lesson bodies, for a search with many results. */
function findCommonWord(): string {
  const counts = new Map<string, number>();
  for (const lesson of lessons) {
    for (const word of new Set(wordsOf(proseOf(lesson.body), 6)))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Records every text the status region shows, to count announcements. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __announcements: string[] }).__announcements =
      []);
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.querySelector('[data-search] [role="status"]');
      if (!status) return;
      new MutationObserver(() => {
        const text = status.textContent?.trim();
        if (text) seen.push(text);
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
}

const announcements = (page: Page) =>
  page.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements);

test('a word from one lesson body finds that lesson with the match marked in the excerpt', async ({
  page,
}) => {
  const { word, lesson } = findBodyOnlyWord();
  test.info().annotations.push({ type: 'word', description: `${word} (${lesson.slug})` });
  await page.goto(`search/?q=${encodeURIComponent(word)}`);
  const status = await waitForResults(page);
  expect(countFromStatus(status), `"${word}" is only in ${lesson.slug}`).toBe(1);

  const result = searchResults(page).filter({
    has: page.locator(`a[href="${BASE}lessons/${lesson.slug}/"]`),
  });
  await expect(result).toHaveCount(1);
  await expect(result.getByRole('link')).toHaveText(lesson.data.title);
  await expect(result.locator('mark').first()).toHaveText(new RegExp(word.slice(0, 4), 'i'));
});

test('typing a search announces the result count once in the status region', async ({ page }) => {
  const { word } = findBodyOnlyWord();
  await recordAnnouncements(page);
  await page.goto('search/');
  const field = page.getByLabel('Search lessons and competencies');
  await field.pressSequentially(word);
  const status = await waitForResults(page);
  const count = await searchResults(page).count();
  expect(status).toBe(`${count} result${count === 1 ? '' : 's'} for "${word}".`);

  // Give any late, superseded search time to (wrongly) speak up.
  await page.waitForTimeout(1_000);
  expect(await announcements(page)).toEqual([status]);
});

test('a filter narrows the results to as many as its count says', async ({ page }) => {
  const word = findCommonWord();
  await page.goto(`search/?q=${encodeURIComponent(word)}`);
  const total = countFromStatus(await waitForResults(page));
  expect(await showAllResults(page)).toBe(total);

  // The level (or else competency) value that matches the fewest of these results, but some.
  const options = await page.locator('[data-filters] fieldset').evaluateAll((fieldsets) =>
    fieldsets.flatMap((fieldset) => {
      const legend = fieldset.querySelector('legend')?.textContent?.trim() ?? '';
      return [...fieldset.querySelectorAll('label')].map((label) => ({
        legend,
        value: (label.querySelector('input') as HTMLInputElement).value,
        count: Number(/\((\d+)\)\s*$/.exec(label.textContent ?? '')?.[1] ?? NaN),
      }));
    }),
  );
  expect(options.length, 'filters are shown').toBeGreaterThan(0);
  expect(
    options.every((option) => Number.isInteger(option.count)),
    'every filter shows "(N)"',
  ).toBe(true);
  const narrowing = (legend: string) =>
    options
      .filter((option) => option.legend === legend && option.count > 0 && option.count < total)
      .sort((a, b) => a.count - b.count)[0];
  const option = narrowing('Level') ?? narrowing('Competency');
  expect(
    option,
    `a Level or Competency filter narrows the ${total} results for "${word}"`,
  ).toBeDefined();

  const group = page.getByRole('group', { name: option!.legend });
  await group.getByRole('checkbox', { name: option!.value }).check();
  const filtered = await expect
    .poll(async () => countFromStatus((await searchStatus(page).textContent()) ?? ''))
    .toBe(option!.count)
    .then(() => option!.count);
  await expect(searchStatus(page)).toContainText('with 1 filter');
  expect(await showAllResults(page)).toBe(filtered);
  expect(filtered).toBeLessThan(total);

  // The checked filter still says how many results it gives, and the URL can be shared.
  await expect(
    group.locator('label', { has: page.getByRole('checkbox', { name: option!.value }) }),
  ).toContainText(`(${filtered})`);
  expect(new URL(page.url()).searchParams.getAll(`filter.${option!.legend.toLowerCase()}`)).toEqual(
    [option!.value],
  );
});

test('the header search on another page opens the search page with results', async ({ page }) => {
  const { word, lesson } = findBodyOnlyWord();
  await page.goto('competencies/');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search lessons' });
  await field.fill(word);
  await field.press('Enter');
  await expect(page).toHaveURL(`${BASE}search/?q=${encodeURIComponent(word)}`);
  await waitForResults(page);
  await expect(page.getByLabel('Search lessons and competencies')).toHaveValue(word);
  await expect(searchResults(page).getByRole('link', { name: lesson.data.title })).toHaveAttribute(
    'href',
    `${BASE}lessons/${lesson.slug}/`,
  );
});

test('words only in the header, footer or navigation are not found', async ({ page }) => {
  await page.goto('./');
  const chrome = [
    await page.getByRole('contentinfo').innerText(),
    await page.getByRole('banner').innerText(),
  ].join(' ');
  // site.yaml holds the footer text itself, so it doesn't count as content here.
  const pageContent = [
    ...lessons.map((lesson) => `${lesson.front}\n${lesson.quiz}\n${lesson.body}`.toLowerCase()),
    ...yaml.filter(({ file }) => file !== 'site.yaml').map(({ text }) => text),
  ];
  const words = [...new Set(wordsOf(chrome, 6))]
    .filter((word) => isAbsentFrom(word, pageContent))
    .slice(0, 3);
  expect(words.length, `header/footer words that no lesson uses, from: ${chrome}`).toBeGreaterThan(
    0,
  );

  test.info().annotations.push({ type: 'words', description: words.join(', ') });
  for (const word of words) await expectNotFound(page, word, 'is only in the header or footer');
});

test('words only in quiz questions and answers are not found', async ({ page }) => {
  const { word, lesson } = findQuizOnlyWord();
  test.info().annotations.push({ type: 'word', description: `${word} (quiz of ${lesson.slug})` });
  // The word is in the page's HTML (the quiz, and its answers for readers without JavaScript),
  // so only the index can leave it out.
  const response = await page.goto(`lessons/${lesson.slug}/`);
  expect(await response!.text()).toMatch(new RegExp(word, 'i'));
  await expectNotFound(page, word, 'is only in quizzes');
});

test('a search without results shows no empty list', async ({ page }) => {
  await page.goto('search/?q=zzqxjvwordthatisnowhere');
  await expect(searchStatus(page)).toHaveText(/^No results for "zzqxjvwordthatisnowhere"\./, {
    timeout: 15_000,
  });
  await expect(searchResults(page)).toHaveCount(0);
  await expect(page.getByRole('list').filter({ hasNot: page.getByRole('listitem') })).toHaveCount(
    0,
  );
  const emptyExposedLists = await page
    .locator('main ol, main ul')
    .evaluateAll(
      (lists) =>
        lists.filter((list) => list.checkVisibility() && list.children.length === 0).length,
    );
  expect(emptyExposedLists).toBe(0);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});
