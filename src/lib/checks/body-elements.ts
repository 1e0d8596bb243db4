import type { Nodes, Root } from 'mdast';
import { Tokenizer } from 'parse5';
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

/**
 * The start tags in a piece of raw HTML, with their attributes and lines, read by the HTML
 * standard's tokenizer (parse5, which rehype-raw uses to put the HTML into the page): attributes
 * glued together (`src="x"onerror=…`), `/` between them, unquoted values with backticks and
 * character references (`jav&#x09;ascript:`) come out as a browser reads them. Names are lower
 * case; a bare attribute (`<img alt>`) has the value "" as in the DOM; of two with the same name,
 * the first counts, as in a browser.
 */
export function scanHtmlTags(html: string, firstLine: number | undefined): { name: string; attributes: Map<string, string | null>; line?: number }[] {
  const tags: { name: string; attributes: Map<string, string | null>; line?: number }[] = [];
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (token) => {
        const attributes = new Map<string, string | null>();
        for (const { name, value } of token.attrs) if (!attributes.has(name)) attributes.set(name, value);
        const line = firstLine === undefined || !token.location ? undefined : firstLine + token.location.startLine - 1;
        tags.push({ name: token.tagName, attributes, line });
      },
      onEndTag: ignore,
      onComment: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
  return tags;
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
