import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** A lesson body read into a syntax tree, or why it could not be read. */
export type ParsedBody = { tree: Root; error?: undefined } | { tree?: undefined; error: { message: string; line?: number } };

/**
 * Reads a lesson body as the build does (micromark with GFM, and the MDX extensions for .mdx), so
 * the lint sees what the build renders: without GFM a footnote definition read as a link
 * definition and hid the HTML in it from the safety rules. Never throws.
 */
export function parseLessonBody(body: string, mdx = true): ParsedBody {
  try {
    return { tree: mdx ? fromMarkdown(body, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] }) : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) };
  } catch (thrown) {
    const failure = thrown as { reason?: string; message?: string; line?: number };
    const text = failure.reason ?? failure.message ?? String(thrown);
    // Some parser messages carry their place only in the text, as "(3:1-3:10)".
    const line = failure.line ?? Number(/\((\d+):\d+/.exec(text)?.[1] ?? Number.NaN);
    return { error: { message: text.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, ''), line: Number.isNaN(line) ? undefined : line } };
  }
}

/** Calls `visit` for every node below `root`, parents before children. */
export function walkTree(root: Nodes, visit: (node: Nodes) => void): void {
  visit(root);
  if ('children' in root) for (const child of root.children) walkTree(child, visit);
}

/** The 1-based line of a node within the body, when the parser recorded it. */
export function startLine(node: { position?: { start: { line: number } } }): number | undefined {
  return node.position?.start.line;
}

/** The plain text inside a node (headings, links), without markup. */
export function readText(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => readText(child)).join('') : '';
}
