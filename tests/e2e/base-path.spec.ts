import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE, ORIGIN, listFiles, siteDir } from './helpers';

// The site is built under /my-portal/ (scripts/test.mjs) because base-path bugs only show up
// once a portal is deployed somewhere other than the root of a domain.

const SITE_URL = 'https://example.org/my-portal/';

/** Links and resources a page refers to: a[href], link[href], img[src], script[src]. */
function extractReferences(html: string): string[] {
  const references: string[] = [];
  const tag = /<(a|link|img|script)\b([^>]*)>/gi;
  for (const [, name, attributes] of html.matchAll(tag)) {
    const attribute =
      name!.toLowerCase() === 'a' || name!.toLowerCase() === 'link' ? 'href' : 'src';
    const value = new RegExp(
      `\\s${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
      'i',
    ).exec(attributes!);
    const raw = value?.[1] ?? value?.[2] ?? value?.[3];
    if (raw !== undefined) references.push(decodeEntities(raw));
  }
  return references;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Why an internal URL's path is wrong under the base, or undefined when it is right. */
function basePathProblem(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return `does not start with ${BASE}`;
  if (pathname.startsWith(`${BASE}${BASE.slice(1)}`)) return `repeats ${BASE}`;
  if (pathname.includes('//')) return 'has "//" in its path';
  return undefined;
}

interface Crawl {
  /** Every internal URL fetched, with its status. */
  statuses: Map<string, number>;
  /** Problems found, one sentence each, naming the page that links to the URL. */
  problems: string[];
}

async function crawl(request: APIRequestContext, starts: string[]): Promise<Crawl> {
  const statuses = new Map<string, number>();
  const problems: string[] = [];
  const queued = new Set<string>();
  const queue: { url: string; from: string }[] = [];
  const enqueue = (url: string, from: string) => {
    if (queued.has(url)) return;
    queued.add(url);
    queue.push({ url, from });
  };
  for (const start of starts) enqueue(new URL(start, `${ORIGIN}${BASE}`).href, '(start)');

  while (queue.length > 0) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async ({ url, from }) => {
        const response = await request.get(url, { maxRedirects: 0 });
        statuses.set(url, response.status());
        const isStart = from === '(start)';
        if (response.status() >= 400 && !(isStart && url.includes('does-not-exist'))) {
          problems.push(`${url} answers ${response.status()} (linked from ${from})`);
        }
        if (response.status() >= 300 && response.status() < 400) {
          problems.push(`${url} redirects to ${response.headers().location} (linked from ${from})`);
        }
        if (!(response.headers()['content-type'] ?? '').includes('text/html')) return;
        for (const reference of extractReferences(await response.text())) {
          const target = new URL(reference, url);
          if (target.origin !== ORIGIN) continue;
          // Check the path as written: URL parsing would hide a doubled slash in "…//x".
          const written = reference.startsWith('/') ? reference.split(/[?#]/)[0]! : target.pathname;
          const problem = basePathProblem(written);
          if (problem) problems.push(`${reference} ${problem} (on ${url})`);
          target.hash = '';
          enqueue(target.href, url);
        }
      }),
    );
  }
  return { statuses, problems };
}

test('every internal link, stylesheet, image and script from the home page works under the base path', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const { statuses, problems } = await crawl(request, ['./', 'this-page-does-not-exist/']);
  // Sanity: the crawl reached every page type.
  const urls = [...statuses.keys()].map((url) => new URL(url).pathname);
  for (const prefix of ['competencies/', 'lessons/', 'certifications/', 'search/', '_astro/', 'case/', 'badges/']) {
    expect(
      urls.some((url) => url.startsWith(`${BASE}${prefix}`)),
      `the crawl reached ${BASE}${prefix}`,
    ).toBe(true);
  }
  expect(statuses.size).toBeGreaterThan(20);
  test.info().annotations.push({ type: 'crawled', description: `${statuses.size} URLs` });
  expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
});

test('every root-relative href and src in the built HTML starts with the base path once', () => {
  const files = listFiles(siteDir, '.html');
  expect(files.length).toBeGreaterThan(10);
  const problems: string[] = [];
  const attribute = /\s(href|src|action|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const [, name, double, single] of html.matchAll(attribute)) {
      const value = decodeEntities(double ?? single ?? '');
      if (value.startsWith('//')) {
        problems.push(
          `${path.relative(siteDir, file)}: ${name}="${value}" is protocol-relative (another origin)`,
        );
        continue;
      }
      if (!value.startsWith('/')) continue;
      const problem = basePathProblem(value.split(/[?#]/)[0]!);
      if (problem) problems.push(`${path.relative(siteDir, file)}: ${name}="${value}" ${problem}`);
    }
  }
  expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
});

test('canonical links point to the public URL of each page, and the 404 page has none', () => {
  const problems: string[] = [];
  for (const file of listFiles(siteDir, '.html')) {
    const html = readFileSync(file, 'utf8');
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
    const relative = path.relative(siteDir, file).split(path.sep).join('/');
    if (relative === '404.html') {
      // It is served at every missing address, none of which is its own.
      if (canonical !== undefined) problems.push(`404.html: canonical ${canonical}, expected none`);
      continue;
    }
    const expected = `${SITE_URL}${relative.replace(/(^|\/)index\.html$/, '$1')}`;
    if (canonical !== expected)
      problems.push(`${relative}: canonical ${canonical}, expected ${expected}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the search page loads Pagefind from under the base path', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('search/?q=alt');
  await expect(page.locator('[data-search] [role="status"]')).toHaveText(/result/, {
    timeout: 15_000,
  });
  const pagefind = requested.filter((url) => url.includes('/pagefind/'));
  expect(pagefind.length, 'Pagefind files were requested').toBeGreaterThan(0);
  const wrong = requested
    .filter((url) => url.startsWith(ORIGIN))
    .filter((url) => basePathProblem(new URL(url).pathname) !== undefined);
  expect(wrong).toEqual([]);
});

test('the build has .nojekyll, a 404 page, a sitemap under the site URL and security headers', () => {
  expect(existsSync(path.join(siteDir, '.nojekyll')), '.nojekyll').toBe(true);
  expect(existsSync(path.join(siteDir, '404.html')), '404.html').toBe(true);

  const sitemap = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
  expect(locations.length).toBeGreaterThan(10);
  expect(
    locations.filter((url) => !url.startsWith(SITE_URL) || url.startsWith(`${SITE_URL}my-portal/`)),
  ).toEqual([]);
  // Every listed page exists in the build, and every lesson is listed.
  const missing = locations.filter((url) => {
    const relative = url.slice(SITE_URL.length);
    return !existsSync(
      path.join(siteDir, relative, relative === '' || relative.endsWith('/') ? 'index.html' : ''),
    );
  });
  expect(missing, 'sitemap URLs without a page').toEqual([]);
  const lessonPages = listFiles(path.join(siteDir, 'lessons'), 'index.html').length;
  expect(locations.filter((url) => url.startsWith(`${SITE_URL}lessons/`))).toHaveLength(
    lessonPages,
  );

  const headers = readFileSync(path.join(siteDir, '_headers'), 'utf8');
  expect(headers).toContain('Content-Security-Policy:');
  expect(headers).toMatch(/Content-Security-Policy:[^\n]*default-src 'self'/);
  const rules = headers.split('\n').filter((line) => line.startsWith('/'));
  expect(rules.filter((rule) => rule !== '/*' && !rule.startsWith(BASE))).toEqual([]);
});
