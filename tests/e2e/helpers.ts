import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

// Shared knowledge of the site under test. Paths are relative so they resolve under the
// base URL (/my-portal/), like links on the site.

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The base path the e2e build is served under (see scripts/test.mjs). */
export const BASE = '/my-portal/';

/** The origin of the test server (see tests/playwright.config.ts). */
export const ORIGIN = `http://localhost:${process.env.MICROPATH_E2E_PORT ?? '4322'}`;

/** The built site the browser tests run against. */
export const siteDir = path.join(repoRoot, '.micropath/e2e-site');

/** The content folder the site was built from. */
export const contentDir = path.join(repoRoot, 'content');

/** One page of each type, by name. Content ids come from content/. */
export const PAGE_TYPES = {
  home: './',
  'competencies index': 'competencies/',
  'area page': 'competencies/perceivable/',
  'competency page': 'competencies/text-alternatives/',
  'lesson page': 'lessons/write-alt-text/',
  'certifications index': 'certifications/',
  'certification page': 'certifications/accessible-communicator/',
  'search page': 'search/?q=alt+text',
  '404 page': 'this-page-does-not-exist/',
} as const;

export type PageType = keyof typeof PAGE_TYPES;

/** Every page type as [name, relative path] pairs, for test loops. */
export const pageTypes = Object.entries(PAGE_TYPES) as [PageType, string][];

/** Opens a page type and waits until it is ready to be checked (search results, answers open). */
export async function openPageType(page: Page, name: PageType): Promise<void> {
  const response = await page.goto(PAGE_TYPES[name]);
  expect(response?.status(), `${name} answered`).toBe(name === '404 page' ? 404 : 200);
  if (name === 'search page') await waitForResults(page);
  if (name === 'lesson page') await expandAllAnswers(page);
}

/** Opens every "Show answer" disclosure on the page. */
export async function expandAllAnswers(page: Page): Promise<void> {
  await page
    .locator('details')
    .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
}

/** The search page's live status region. */
export function searchStatus(page: Page) {
  return page.locator('[data-search] [role="status"]');
}

/** The search results list. */
export function searchResults(page: Page) {
  return page.locator('[data-search] ol[data-results] > li');
}

/** Waits until the search page has announced the outcome of a search. */
export async function waitForResults(page: Page): Promise<string> {
  await expect(searchStatus(page)).toHaveText(/result/, { timeout: 15_000 });
  return (await searchStatus(page).textContent()) ?? '';
}

/** Reads the number of results from the status sentence ("3 results for …", "No results …"). */
export function countFromStatus(text: string): number {
  const match = /^(No|\d+) results?\b/.exec(text.trim());
  if (!match) throw new Error(`The status does not start with a result count: "${text}"`);
  return match[1] === 'No' ? 0 : Number(match[1]);
}

/** Clicks "Show more results" until every result is listed; returns how many are shown. */
export async function showAllResults(page: Page): Promise<number> {
  const more = page.getByRole('button', { name: 'Show more results' });
  for (let guard = 0; guard < 50 && (await more.isVisible()); guard++) {
    const before = await searchResults(page).count();
    await more.click();
    await expect.poll(() => searchResults(page).count()).toBeGreaterThan(before);
  }
  return searchResults(page).count();
}

/** Runs axe with the WCAG 2.2 AA rule set and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more =
        violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} nodes)\n${nodes}${more}`;
    })
    .join('\n');
  expect(results.violations, `axe violations on ${label}:\n${report}`).toEqual([]);
}

/** Every file under `dir` whose name ends with `ending`, as absolute paths. */
export function listFiles(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => path.join(dir, name));
}

/** A lesson source split into the parts the site shows in different places. */
export interface LessonSource {
  slug: string;
  file: string;
  /** Frontmatter up to `quiz:` (title, description, objectives, …). */
  front: string;
  /** The quiz block of the frontmatter: shown only in the quiz preview, never indexed. */
  quiz: string;
  /** The MDX body: what search indexes. */
  body: string;
  /** The parsed frontmatter. */
  data: {
    title: string;
    competencies: string[];
    order?: number;
    draft?: boolean;
    level: string;
    duration: number;
    objectives: string[];
  };
}

/** Reads every lesson in content/lessons. */
export function readLessons(): LessonSource[] {
  const files = listFiles(path.join(contentDir, 'lessons'), '.mdx').sort();
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    const frontmatter = match?.[1] ?? '';
    const quizAt = frontmatter.search(/^quiz:/m);
    return {
      slug: path.basename(file, '.mdx'),
      file,
      front: quizAt === -1 ? frontmatter : frontmatter.slice(0, quizAt),
      quiz: quizAt === -1 ? '' : frontmatter.slice(quizAt),
      body: match?.[2] ?? text,
      data: parseYaml(frontmatter) as LessonSource['data'],
    };
  });
}

/** Published lessons whose primary (first) competency is `id`, in path order (as src/lib/portal/order-path). */
export function readPath(id: string): LessonSource[] {
  return readLessons()
    .filter((lesson) => !lesson.data.draft && lesson.data.competencies[0] === id)
    .sort((a, b) => {
      const byOrder = (a.data.order ?? Infinity) - (b.data.order ?? Infinity);
      if (byOrder !== 0 && !Number.isNaN(byOrder)) return byOrder;
      return a.data.title.localeCompare(b.data.title) || a.slug.localeCompare(b.slug);
    });
}

/** A competency's parsed YAML file. */
export function readCompetency(id: string): { title: string; parent?: string; code?: string } {
  return parseYaml(readFileSync(path.join(contentDir, 'competencies', `${id}.yaml`), 'utf8'));
}

/** The YAML content files (site.yaml, competencies, assessments, certifications), by path inside content/. */
export function readYamlContent(): { file: string; text: string }[] {
  return listFiles(contentDir, '.yaml').map((file) => ({
    file: path.relative(contentDir, file).split(path.sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));
}

/** Body text an MDX file shows as prose: without imports, tags and their attributes. */
export function proseOf(body: string): string {
  return body
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
}

/** The text a quiz shows (prompts, choices, feedback, explanations), without YAML keys and ids. */
export function quizProseOf(quiz: string): string {
  return quiz
    .split('\n')
    .filter(
      (line) =>
        !/^\s*-?\s*(id|type|correct|passingScore|tolerance|answer|quiz|questions):/.test(line),
    )
    .map((line) => line.replace(/^\s*-?\s*[A-Za-z]+:/, ' '))
    .join('\n');
}

/** Lower-case words of at least `min` letters. */
export function wordsOf(text: string, min = 1): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= min);
}
