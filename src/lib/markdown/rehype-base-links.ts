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

/** Attributes that hold a URL, per element. */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * Rehype plugin: prefixes root-relative links written in Markdown/MDX (`/lessons/x/`) with the
 * base path, once, so a portal served from `/my-portal/` has no broken internal links.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      const attribute = node.tagName ? URL_ATTRIBUTES[node.tagName] : undefined;
      const value = attribute ? node.properties?.[attribute] : undefined;
      if (attribute && typeof value === 'string') node.properties![attribute] = withBase(value, base);
      const jsxAttribute = node.name ? URL_ATTRIBUTES[node.name] : undefined;
      for (const item of jsxAttribute ? node.attributes ?? [] : []) {
        if (item.type === 'mdxJsxAttribute' && item.name === jsxAttribute && typeof item.value === 'string') item.value = withBase(item.value, base);
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

/** Adds the base to a root-relative URL that does not already carry it; other URLs pass through. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/') return url;
  if (url === base.slice(0, -1) || url.startsWith(base)) return url;
  return base + url.slice(1);
}
