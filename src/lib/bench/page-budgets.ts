import type { AssetGroup, PageWeight } from './page-assets';

/** The page-weight budgets of DESIGN.md §9 and issue 6, in bytes (gzip where it says so). */
export const BUDGETS = {
  /** How much a lesson page's HTML may grow when the catalogue grows tenfold. */
  lessonHtmlGrowth: 0.1,
  /** Scripts a lesson page runs on load. */
  eagerJsGzip: 8 * 1024,
  /** A quiz with everything it loads once it comes into view (an island's hydration or a lazily imported script). */
  islandJsGzip: 80 * 1024,
  /** Stylesheets of any page. */
  cssGzip: 20 * 1024,
} as const;

/**
 * Byte sizes of the parts of a page, to say which one grew: every element directly inside `<body>`
 * (named by tag and class, id or label, e.g. `header.site-header`, `nav.sidebar`), plus the
 * head and the lesson's own parts (article, quiz, pager).
 */
export function measureHtmlParts(html: string): Record<string, number> {
  const parts: Record<string, number> = {};
  const measure = (name: string, open: RegExp, tag: string) => {
    const start = html.search(open);
    if (start < 0) return;
    const end = findClose(html, tag, start);
    if (end > start) parts[name] = end - start;
  };
  measure('head', /<head\b/, 'head');
  const body = /<body\b[^>]*>/.exec(html);
  if (body) {
    const tagPattern = /<([a-zA-Z][\w-]*)\b([^>]*)>/g;
    tagPattern.lastIndex = body.index + body[0].length;
    for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
      const [, tag, attributes = ''] = match;
      if (tag === undefined || /^(\/|br$|hr$|img$|input$|meta$|link$)/.test(tag)) continue;
      const end = findClose(html, tag, match.index);
      if (end < 0) break;
      const label = /\bclass="([^"\s]+)/.exec(attributes)?.[1] ?? /\bid="([^"]+)/.exec(attributes)?.[1] ?? /\baria-label="([^"]+)/.exec(attributes)?.[1];
      const name = label ? `${tag}.${label}` : tag;
      parts[name] = (parts[name] ?? 0) + end - match.index;
      tagPattern.lastIndex = end;
    }
  }
  measure('article', /<article\b/, 'article');
  measure('quiz', /<section\b[^>]*class="quiz/, 'section');
  measure('pager', /<nav\b[^>]*class="pager/, 'nav');
  parts.total = html.length;
  return parts;
}

/** The lesson page HTML of a small and a large catalogue, with their parts. */
export interface HtmlSample {
  lessons: number;
  page: string;
  bytes: number;
  parts: Record<string, number>;
}

/** A failed budget, as a sentence that says what grew. */
export type BudgetFailure = string;

/** Fails when the larger catalogue's lesson page is more than 10 % heavier, listing the parts that grew. */
export function checkLessonHtmlGrowth(small: HtmlSample, large: HtmlSample, limit = BUDGETS.lessonHtmlGrowth): BudgetFailure | undefined {
  const growth = large.bytes / small.bytes - 1;
  if (growth <= limit) return undefined;
  const grew = Object.keys(large.parts)
    .filter((part) => part !== 'total' && (large.parts[part] ?? 0) > (small.parts[part] ?? 0))
    .sort((a, b) => large.parts[b]! - (small.parts[b] ?? 0) - (large.parts[a]! - (small.parts[a] ?? 0)))
    .map((part) => `${part} ${formatBytes(small.parts[part] ?? 0)} → ${formatBytes(large.parts[part]!)}`);
  return (
    `Lesson page HTML grew ${percent(growth)} from ${small.lessons} to ${large.lessons} lessons (budget ${percent(limit)}): ` +
    `${small.page} ${formatBytes(small.bytes)} → ${large.page} ${formatBytes(large.bytes)}. Parts that grew: ${grew.join(', ') || 'none measured'}.`
  );
}

/** Fails when a page's eager JavaScript is over budget, listing each file. */
export function checkEagerJs(page: PageWeight, limit: number = BUDGETS.eagerJsGzip): BudgetFailure | undefined {
  return page.eagerJs.gzip <= limit ? undefined : `Eager JavaScript of ${page.page} is ${formatBytes(page.eagerJs.gzip)} gzip (budget ${formatBytes(limit)}): ${listFiles(page.eagerJs)}.`;
}

/**
 * Fails when an island hydrates before it is visible, or when what loads after the page (islands on
 * hydration plus scripts imported lazily, such as the quiz's) is over budget.
 */
export function checkIslands(page: PageWeight, limit: number = BUDGETS.islandJsGzip): BudgetFailure | undefined {
  const early = page.islandJs.islands.filter((island) => island.client !== 'visible');
  if (early.length) return `${page.page} hydrates ${early.map((island) => `${island.componentUrl} (client:${island.client ?? '?'})`).join(', ')} before it is visible: use client:visible.`;
  const later: AssetGroup = { files: [...page.islandJs.files, ...page.lazyJs.files], gzip: page.islandJs.gzip + page.lazyJs.gzip };
  return later.gzip <= limit ? undefined : `${page.page} loads ${formatBytes(later.gzip)} gzip of JavaScript on hydration and lazy imports (budget ${formatBytes(limit)}): ${listFiles(later)}.`;
}

/** Fails when a page without islands loads framework code (React or the island runtime). */
export function checkNoFramework(page: PageWeight): BudgetFailure | undefined {
  if (page.islandJs.islands.length) return `${page.page} has islands (${page.islandJs.islands.map((island) => island.componentUrl).join(', ')}) although it should need none.`;
  return page.eagerJs.framework ? `${page.page} has no islands but loads framework JavaScript: ${listFiles(page.eagerJs)}.` : undefined;
}

/** Fails when a page's stylesheets are over budget. */
export function checkCss(page: PageWeight, limit: number = BUDGETS.cssGzip): BudgetFailure | undefined {
  return page.css.gzip <= limit ? undefined : `CSS of ${page.page} is ${formatBytes(page.css.gzip)} gzip (budget ${formatBytes(limit)}): ${listFiles(page.css)}.`;
}

function listFiles(group: AssetGroup): string {
  return group.files.map((file) => `${file.url} ${formatBytes(file.gzip)}`).join(', ') || 'no files';
}

/** Bytes as "812 B" or "12.3 KB". */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Index of the end of the element of `tag` opening at `start` (after its closing tag), counting nested ones; -1 when unclosed. */
function findClose(html: string, tag: string, start: number): number {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}
