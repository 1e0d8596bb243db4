import type { Nodes, Root } from 'mdast';
import { readAttribute } from './read-attribute';
import { startLine, walkTree } from './parse-lesson-body';

/** An HTML element written in a lesson body: JSX in MDX, raw HTML in Markdown. */
export interface BodyElement {
  /** The tag name as written (`img`, `Callout`). */
  name: string;
  /**
   * Its attributes: text, null for a bare attribute (`<img alt>`), undefined for code in braces
   * (refused by the safety rules; the other rules leave it alone).
   */
  attributes: Map<string, string | null | undefined>;
  /** The node it was found in, for `node.type === 'heading'`-style checks and its text. */
  node: Nodes;
  /** 1-based line within the body. */
  line?: number;
}

// A start tag and its attributes, as HTML writes them; closing tags and comments do not match.
// Browsers also accept `/` between a tag name and its attributes (`<img/src=x/onerror=…>`).
const START_TAG = /<([a-zA-Z][\w:.-]*)((?:[\s/]+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)[\s/]*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The start tags in a piece of raw HTML, with their attributes and lines. */
export function scanHtmlTags(html: string, firstLine: number | undefined): { name: string; attributes: Map<string, string | null>; line?: number }[] {
  return [...html.matchAll(START_TAG)].map((match) => {
    const attributes = new Map<string, string | null>();
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) attributes.set(attribute[1]!.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? null);
    const line = firstLine === undefined ? undefined : firstLine + (html.slice(0, match.index).match(/\n/g)?.length ?? 0);
    return { name: match[1]!, attributes, line };
  });
}

/** Every element in the body, in document order; `only` keeps those with that (lower-case) name. */
export function listBodyElements(tree: Root, only?: string): BodyElement[] {
  const found: BodyElement[] = [];
  walkTree(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes = new Map<string, string | null | undefined>();
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        const value = readAttribute(attribute);
        attributes.set(attribute.name, typeof value === 'symbol' ? undefined : value);
      }
      found.push({ name: node.name, attributes, node, line: startLine(node) });
    } else if (node.type === 'html') {
      for (const tag of scanHtmlTags(node.value, startLine(node))) found.push({ ...tag, node });
    }
  });
  return only === undefined ? found : found.filter((element) => element.name.toLowerCase() === only);
}
