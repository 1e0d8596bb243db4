import type { Root } from 'mdast';
import type { Lesson } from '../../schemas';
import { lintDuration, lintPlaceholders } from './lint-lesson-fit';
import { listBodyElements } from './body-elements';
import { lineIn, lintMdxSafety } from './lint-mdx-safety';
import { suggest } from './nearest';
import { parseLessonBody, readText, walkTree } from './parse-lesson-body';
import { error, quote, warning, type Problem } from './problem';
import { resolveSitePath, type SitePages } from './site-pages';

/** One lesson file as the body lint needs it. */
export interface LessonLintInput {
  /** The lesson's slug (file name without .mdx). */
  id: string;
  /** Its path, for messages. */
  file: string;
  /** The MDX after the frontmatter. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** The validated frontmatter; absent when it failed its schema (the body is still linted). */
  lesson?: Lesson;
}

/**
 * Lints a lesson body: the safety rules (no code, only Micropath components), images without alt
 * text, internal links to no page, skipped heading levels, and a duration that does not fit the
 * amount of text, and scaffold placeholders left in a published lesson. Lines in problems count from the top of the file.
 */
export function lintLesson(input: LessonLintInput, pages?: SitePages): Problem[] {
  const parsed = parseLessonBody(input.body, !/\.md$/i.test(input.file));
  if (!parsed.tree) {
    const line = parsed.error.line === undefined ? undefined : input.bodyLine + parsed.error.line - 1;
    return [{ ...error('mdx-syntax', input.file, 'body', `the lesson body cannot be read as MDX: ${parsed.error.message.replace(/\.?$/, '.')}`, 'Close every <Component> you open, and write a literal < or { as \\< or \\{.'), line }];
  }
  const { tree } = parsed;
  return [
    ...lintMdxSafety(tree, input.file, input.bodyLine),
    ...lintImages(tree, input),
    ...(pages ? lintLinks(tree, input, pages) : []),
    ...lintHeadings(tree, input),
    ...(input.lesson ? lintDuration(tree, input.file, input.lesson) : []),
    ...(input.lesson ? lintPlaceholders(input.file, input.body, input.bodyLine, input.lesson) : []),
  ];
}

function lintImages(tree: Root, { file, bodyLine }: LessonLintInput): Problem[] {
  const problems: Problem[] = [];
  const decorative = (src: string) => `<img src=${JSON.stringify(src)} alt="" role="presentation" />`;
  walkTree(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const src = node.type === 'image' ? node.url : `[${node.label ?? node.identifier}]`;
    const line = lineIn(node, bodyLine);
    if (!node.alt?.trim()) {
      problems.push({ ...error('image-alt', file, 'body', `the image ${quote(src)} has no alt text.`, `Describe what it shows between the brackets: ![What the image shows](${src}). If it is purely decorative, write ${decorative(src)} instead.`), line });
    } else problems.push(...lintAltWording(node.alt, src, file, line));
  });
  for (const { attributes, line: at } of listBodyElements(tree, 'img')) {
    const src = attributes.get('src') ?? '…';
    const alt = attributes.get('alt');
    const role = attributes.get('role');
    const line = at === undefined ? undefined : bodyLine + at - 1;
    if (!attributes.has('alt')) {
      problems.push({ ...error('image-alt', file, 'body', `<img src=${JSON.stringify(src)}> has no alt attribute.`, `Add alt="what the image shows", or, if it is purely decorative, alt="" role="presentation".`), line });
    } else if (alt === undefined) {
      continue; // Code in braces: the safety rules report it.
    } else if (!alt?.trim()) {
      if (role !== 'presentation' && role !== 'none') {
        problems.push({ ...error('image-alt', file, 'body', `<img src=${JSON.stringify(src)}> has an empty alt but no decorative mark, so a forgotten description cannot be told from a decorative image.`, 'Describe the image in alt, or, if it is purely decorative, add role="presentation".'), line });
      }
    } else problems.push(...lintAltWording(alt, src, file, line));
  }
  return problems;
}

const GENERIC_ALT = /^(an? )?(image|picture|photo|photograph|graphic|img|icon|screenshot|chart|logo)\.?$/i;
const FILLER_START = /^((an?|the) )?(image|picture|photo|photograph|graphic) (of|showing)\b/i;
const FILE_NAME = /^[\w.-]+\.(png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$/i;

/** The text of the first `<name>…</name>` in raw HTML, without tags. */
function readHtmlText(html: string, name: string): string {
  const inner = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'i').exec(html)?.[1] ?? '';
  return inner.replace(/<[^>]*>/g, '').trim();
}

/** Alt text that is present but does not do the job: a file name, one generic word, or "image of…". */
function lintAltWording(alt: string, src: string, file: string, line: number | undefined): Problem[] {
  const text = alt.trim();
  const reason = FILE_NAME.test(text) ? 'is a file name' : GENERIC_ALT.test(text) ? 'names only the kind of image' : FILLER_START.test(text) ? `starts with ${quote(FILLER_START.exec(text)![0])}, which screen readers already say` : undefined;
  return reason ? [{ ...warning('alt-text-filler', file, 'body', `the alt text ${quote(text)} of ${quote(src)} ${reason}.`, 'Say what the image shows that matters on this page, most important part first.'), line }] : [];
}

function lintLinks(tree: Root, { id, file, bodyLine, lesson }: LessonLintInput, { pages, drafts }: SitePages): Problem[] {
  const targets: { url: string; line?: number }[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') targets.push({ url: node.url, line: lineIn(node, bodyLine) });
  });
  for (const anchor of listBodyElements(tree, 'a')) {
    const href = anchor.attributes.get('href');
    if (typeof href === 'string') targets.push({ url: href, line: anchor.line === undefined ? undefined : bodyLine + anchor.line - 1 });
  }
  targets.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return targets.flatMap(({ url, line }) => {
    const path = resolveSitePath(url, id);
    if (path === undefined || pages.has(path) || (drafts.has(path) && lesson?.draft)) return [];
    if (drafts.has(path)) return [{ ...error('broken-link', file, 'body', `${quote(url)} links to a draft lesson, which has no page until it is published.`, 'Publish that lesson (remove draft: true), or remove the link.'), line }];
    return [{ ...error('broken-link', file, 'body', `${quote(url)} leads to no page of the site.${suggest(path, pages)}`, 'Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).'), line }];
  });
}

function lintHeadings(tree: Root, { file, bodyLine }: LessonLintInput): Problem[] {
  const problems: Problem[] = [];
  let previous = 1; // The lesson's title is the page's level-1 heading.
  const visit = (depth: number, shown: (level: number) => string, line: number | undefined) => {
    if (depth === 1) {
      problems.push({ ...error('h1-in-body', file, 'body', `${quote(shown(1))} is a level-1 heading, but the lesson's title is the page's only level-1 heading.`, `Make it a section heading: ${shown(2)}`), line });
    } else if (depth > previous + 1) {
      const after = previous === 1 ? "the lesson's title (level 1)" : `a level-${previous} heading`;
      problems.push({ ...error('skipped-heading-level', file, 'body', `${quote(shown(depth))} is a level-${depth} heading after ${after}, skipping level ${previous + 1}.`, `Make it ${shown(previous + 1)}, or add the missing level-${previous + 1} heading above it.`), line });
    }
    previous = depth;
  };
  // Markdown headings and <h2>…<h6> elements, in the order they appear.
  const headings: { depth: number; shown: (level: number) => string; line?: number }[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'heading') {
      const text = readText(node).trim();
      headings.push({ depth: node.depth, shown: (level) => `${'#'.repeat(level)} ${text}`, line: lineIn(node, bodyLine) });
    }
  });
  for (const element of listBodyElements(tree)) {
    if (!/^h[1-6]$/i.test(element.name)) continue;
    const text = element.node.type === 'html' ? readHtmlText(element.node.value, element.name) : readText(element.node).trim();
    headings.push({ depth: Number(element.name.slice(1)), shown: (level) => `<h${level}>${text}</h${level}>`, line: element.line === undefined ? undefined : bodyLine + element.line - 1 });
  }
  headings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const heading of headings) visit(heading.depth, heading.shown, heading.line);
  return problems;
}
