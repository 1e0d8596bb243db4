import { describe, expect, it } from 'vitest';
import type { PageWeight } from '../../../../src/lib/bench/page-assets';
import { checkCss, checkEagerJs, checkIslands, checkLessonHtmlGrowth, checkNoFramework, formatBytes, measureHtmlParts } from '../../../../src/lib/bench/page-budgets';

const page = (overrides: Partial<PageWeight> = {}): PageWeight => ({
  page: '/lessons/a/',
  html: { bytes: 12_000, gzip: 4_000 },
  css: { files: [{ url: '/_astro/a.css', bytes: 8_000, gzip: 2_600 }], gzip: 2_600 },
  eagerJs: { files: [{ url: 'inline', bytes: 150, gzip: 140 }], gzip: 140, framework: false },
  islandJs: { files: [], gzip: 0, islands: [] },
  lazyJs: { files: [], gzip: 0 },
  ...overrides,
});

describe('measureHtmlParts', () => {
  it('measures each landmark of a page, nested elements included', () => {
    const html = '<html><head><title>T</title></head><body><header><nav>n</nav></header><main><article><div><div>x</div></div></article><section class="quiz">q</section></main><footer>f</footer></body></html>';
    const parts = measureHtmlParts(html);
    expect(parts).toMatchObject({ head: '<head><title>T</title></head>'.length, main: html.indexOf('</main>') + 7 - html.indexOf('<main>'), quiz: '<section class="quiz">q</section>'.length, footer: '<footer>f</footer>'.length, total: html.length });
    expect(parts.pager).toBeUndefined();
  });

  it('names each element directly inside body by its tag and class, so a new sidebar shows up by name', () => {
    const [skip, header, sidebar, main] = ['<a class="skip-link" href="#main">Skip</a>', '<header class="site-header"><nav>n</nav></header>', '<nav class="sidebar"><a href="/x/">X</a></nav>', '<main id="main">m</main>'];
    const parts = measureHtmlParts(`<html><body>${skip}${header}${sidebar}${main}</body></html>`);
    expect(parts).toMatchObject({ 'a.skip-link': skip.length, 'header.site-header': header.length, 'nav.sidebar': sidebar.length, 'main.main': main.length });
    expect(parts.nav).toBeUndefined();
  });
});

describe('checkLessonHtmlGrowth', () => {
  const small = { lessons: 100, page: '/lessons/a/', bytes: 10_000, parts: { main: 8_000, header: 1_000, total: 10_000 } };
  it('passes growth within 10 %', () => {
    expect(checkLessonHtmlGrowth(small, { ...small, lessons: 1000, bytes: 10_900 })).toBeUndefined();
  });

  it('says which page and which parts grew', () => {
    const large = { lessons: 1000, page: '/lessons/b/', bytes: 14_000, parts: { main: 8_000, header: 5_000, total: 14_000 } };
    expect(checkLessonHtmlGrowth(small, large)).toBe(
      'Lesson page HTML grew 40 % from 100 to 1000 lessons (budget 10 %): /lessons/a/ 9.8 KB → /lessons/b/ 13.7 KB. Parts that grew: header 1000 B → 4.9 KB.',
    );
  });
});

describe('the JavaScript and CSS budgets', () => {
  it('pass a page within every budget', () => {
    expect([checkEagerJs(page()), checkIslands(page()), checkNoFramework(page()), checkCss(page())]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('list the files of a page over its eager JavaScript budget', () => {
    const heavy = page({ eagerJs: { files: [{ url: '/_astro/big.js', bytes: 40_000, gzip: 9_000 }], gzip: 9_000, framework: false } });
    expect(checkEagerJs(heavy)).toBe('Eager JavaScript of /lessons/a/ is 8.8 KB gzip (budget 8.0 KB): /_astro/big.js 8.8 KB.');
  });

  it('refuse an island that hydrates on load, and islands over 80 KB', () => {
    const island = { componentUrl: '/_astro/Quiz.js', rendererUrl: '/_astro/client.js', client: 'load' };
    expect(checkIslands(page({ islandJs: { files: [], gzip: 0, islands: [island] } }))).toContain('/_astro/Quiz.js (client:load) before it is visible');
    expect(checkIslands(page({ islandJs: { files: [{ url: '/_astro/client.js', bytes: 300_000, gzip: 90_000 }], gzip: 90_000, islands: [{ ...island, client: 'visible' }] } }))).toContain('loads 87.9 KB gzip of JavaScript on hydration and lazy imports (budget 80.0 KB)');
  });

  it('count a script the page imports lazily (the quiz once in view) against the same 80 KB', () => {
    const lazy = (gzip: number) => page({ lazyJs: { files: [{ url: '/_astro/quiz-client.js', bytes: gzip * 3, gzip }], gzip } });
    expect(checkIslands(lazy(80 * 1024))).toBeUndefined();
    expect(checkIslands(lazy(81 * 1024))).toBe('/lessons/a/ loads 81.0 KB gzip of JavaScript on hydration and lazy imports (budget 80.0 KB): /_astro/quiz-client.js 81.0 KB.');
  });

  it('refuse framework code on a page without islands', () => {
    expect(checkNoFramework(page({ eagerJs: { files: [{ url: '/_astro/client.js', bytes: 9, gzip: 9 }], gzip: 9, framework: true } }))).toBe('/lessons/a/ has no islands but loads framework JavaScript: /_astro/client.js 9 B.');
  });

  it('list the stylesheets of a page over its CSS budget', () => {
    expect(checkCss(page({ css: { files: [{ url: '/_astro/a.css', bytes: 99_000, gzip: 21_000 }], gzip: 21_000 } }))).toBe('CSS of /lessons/a/ is 20.5 KB gzip (budget 20.0 KB): /_astro/a.css 20.5 KB.');
  });
});

describe('formatBytes', () => {
  it('writes bytes under 1 KB as B and larger sizes as KB', () => {
    expect([formatBytes(812), formatBytes(12_595)]).toEqual(['812 B', '12.3 KB']);
  });
});
