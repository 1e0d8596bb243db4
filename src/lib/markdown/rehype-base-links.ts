/** A minimal hast node: just what the link rewriting reads. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  /** HTML tags written in MDX arrive as JSX nodes with a name and an attribute list. */
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/** Attributes that hold a URL, per element (srcset a list of them). A caption track without the base was a 404: no captions. */
// (srcSet is the property hast names srcset by.)
const URL_ATTRIBUTES: Record<string, readonly string[]> = { a: ['href'], img: ['src', 'srcset', 'srcSet'], source: ['src', 'srcset', 'srcSet'], video: ['src', 'poster'], audio: ['src'], track: ['src'] };

/**
 * Rehype plugin: prefixes root-relative links written in Markdown/MDX (`/lessons/x/`) with the
 * base path, once, so a portal served from `/my-portal/` has no broken internal links.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      for (const attribute of node.tagName ? URL_ATTRIBUTES[node.tagName] ?? [] : []) {
        const value = node.properties?.[attribute];
        if (typeof value === 'string') node.properties![attribute] = rebase(attribute, value, base);
      }
      const jsxAttributes = node.name ? URL_ATTRIBUTES[node.name] ?? [] : [];
      for (const item of node.attributes ?? []) {
        if (item.type === 'mdxJsxAttribute' && item.name && jsxAttributes.includes(item.name) && typeof item.value === 'string') item.value = rebase(item.name, item.value, base);
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

/** One URL, or every URL of a srcset ("/a.png 1x, /b.png 2x"). */
function rebase(attribute: string, value: string, base: string): string {
  if (attribute.toLowerCase() !== 'srcset') return withBase(value, base);
  return value.split(',').map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + withBase(url, base))).join(',');
}

/** Adds the base to a root-relative URL that does not already carry it; other URLs pass through. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/') return url;
  if (url === base.slice(0, -1) || url.startsWith(base)) return url;
  return base + url.slice(1);
}
