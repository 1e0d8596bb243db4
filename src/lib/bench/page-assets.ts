/** A script or stylesheet a page refers to by URL, or carries inline. */
export type PageAsset = { url: string } | { inline: string };

/** An island on the page and what it loads when it hydrates. */
export interface PageIsland {
  componentUrl: string;
  rendererUrl?: string;
  /** The hydration directive: load, idle, visible, media or only. */
  client?: string;
}

/** What a page's HTML makes the browser load before any interaction. */
export interface PageAssets {
  /** Scripts run on load: `<script src>`, inline `<script>`, `<link rel="modulepreload">`. */
  scripts: PageAsset[];
  /** `<link rel="stylesheet">` and inline `<style>`. */
  styles: PageAsset[];
  islands: PageIsland[];
}

/** One file (or inline block) a page loads, raw and gzipped. */
export interface AssetWeight {
  /** Site path, or "inline" for code inside the HTML. */
  url: string;
  bytes: number;
  gzip: number;
}

/** A group of assets and their gzipped total. */
export interface AssetGroup {
  files: AssetWeight[];
  gzip: number;
}

/** What one built page weighs, as a browser would fetch it (gzip as a static host serves it). */
export interface PageWeight {
  /** Site path of the page, e.g. `/lessons/x/`. */
  page: string;
  html: { bytes: number; gzip: number };
  css: AssetGroup;
  /** Scripts the page runs on load, with everything they import statically. */
  eagerJs: AssetGroup & { framework: boolean };
  /** What islands load when they hydrate (component, renderer, their imports), beyond the eager scripts. */
  islandJs: AssetGroup & { islands: PageIsland[] };
  /**
   * What the page's scripts load later with `import("…")` (the quiz's script once the quiz comes
   * into view), with everything those import, beyond the eager scripts and islands.
   */
  lazyJs: AssetGroup;
}

/** Lists the scripts, stylesheets and islands of a page from its HTML (as Astro writes it). */
export function listPageAssets(html: string): PageAssets {
  const scripts: PageAsset[] = [];
  const styles: PageAsset[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = readAttributes(attributes);
    if (attrs.type && !/^(module|text\/javascript|application\/javascript)$/i.test(attrs.type)) continue; // JSON, templates
    if (attrs.src) scripts.push({ url: attrs.src });
    else if (body.trim()) scripts.push({ inline: body });
  }
  for (const [tag = ''] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = readAttributes(tag.slice(5, -1));
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!attrs.href) continue;
    if (rel.includes('modulepreload')) scripts.push({ url: attrs.href });
    else if (rel.includes('stylesheet')) styles.push({ url: attrs.href });
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (body.trim()) styles.push({ inline: body });
  const islands: PageIsland[] = [];
  for (const [, attributes = ''] of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const attrs = readAttributes(attributes);
    if (attrs['component-url']) islands.push({ componentUrl: attrs['component-url'], rendererUrl: attrs['renderer-url'] || undefined, client: attrs.client });
  }
  return { scripts, styles, islands };
}

/** The modules a JavaScript module imports statically (`import … from`, `import "…"`, `export … from`); dynamic imports are left out. */
export function findStaticImports(code: string): string[] {
  const found = new Set<string>();
  for (const [, specifier] of code.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']/g)) found.add(specifier!);
  return [...found];
}

/** The modules a JavaScript module loads later with `import("…")` and a literal specifier. */
export function findDynamicImports(code: string): string[] {
  const found = new Set<string>();
  for (const [, specifier] of code.matchAll(/(?<![\w$.])import\s*\(\s*["']([^"'\n]+)["']\s*\)/g)) found.add(specifier!);
  return [...found];
}

/** Resolves a URL found in `fromPath` (a site path such as `/_astro/a.js`) to a site path; other origins and bare names give undefined. */
export function resolveSitePath(specifier: string, fromPath: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) || specifier.startsWith('//')) return undefined;
  if (!specifier.startsWith('/') && !specifier.startsWith('.')) return undefined;
  return new URL(specifier, `http://site${fromPath}`).pathname;
}

/** True for code that belongs to a UI framework: React itself or Astro's island runtime. */
export function isFrameworkCode(code: string): boolean {
  return /astro-island|react\.(?:transitional\.)?element|__reactFiber|react-dom/.test(code);
}

function readAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted, bare] of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[name!.toLowerCase()] = decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? '');
  }
  return attrs;
}

function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|#39);/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[name]!);
}
