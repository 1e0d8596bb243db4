import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonLoader } from '../../../src/integration/lesson-loader';
import { rehypeBaseLinks } from '../../../src/lib/markdown/rehype-base-links';
import { lessonHtmlFile } from '../../../src/lib/node/lesson-html-cache';

type Stored = { id: string; filePath?: string; digest?: string; rendered?: { html: string; metadata?: Record<string, unknown> }; deferredRender?: boolean };

/** What Astro's glob loader needs of the loader context, with a store that survives between builds. */
function createContext(root: string, store = new Map<string, Stored>()) {
  const moduleImports: string[] = [];
  const metaSets: number[] = [];
  const frontmatter = { getEntryInfo: ({ contents }: { contents: string }) => ({ data: {}, body: contents.replace(/^---\n[\s\S]*?\n---\n/, '') }) };
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`), srcDir: pathToFileURL(`${root}/src/`), legacy: { collections: false }, markdown: { remarkPlugins: [], rehypePlugins: [], syntaxHighlight: false } },
    logger: { warn: () => {}, info: () => {}, error: (message: string) => { throw new Error(message); } },
    store: {
      get: (id: string) => store.get(id),
      // As Astro's store does: an entry with the digest already held is ignored.
      set: (entry: Stored) => {
        if (entry.digest !== undefined && store.get(entry.id)?.digest === entry.digest) return false;
        store.set(entry.id, entry);
        return true;
      },
      has: (id: string) => store.has(id),
      keys: () => [...store.keys()],
      values: () => [...store.values()],
      delete: (id: string) => void store.delete(id),
      addModuleImport: (file: string) => void moduleImports.push(file),
      addAssetImports: () => {},
    },
    meta: { get: () => undefined, set: () => void metaSets.push(performance.now()), has: () => false, delete: () => {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => `${text.length}:${text}`,
    // The MDX entry type as @astrojs/mdx registers it: frontmatter, and a module for Vite to compile.
    entryTypes: new Map<string, object>([
      ['.mdx', { ...frontmatter, contentModuleTypes: '' }],
      // Astro's own Markdown entry type renders in the content layer too; the loader replaces its renderer.
      ['.md', { ...frontmatter, getRenderFunction: async () => async () => ({ html: 'rendered by Astro' }) }],
    ]),
  };
  return { context, store, moduleImports, metaSets };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lesson-loader-'));
  dirs.push(root);
  mkdirSync(join(root, 'lessons'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'lessons', name), `---\ntitle: ${name}\n---\n${text}`);
  return root;
}

type Context = ReturnType<typeof createContext>['context'];
/** A stored lesson's HTML, from its file in the cache folder or from the store. */
const htmlOf = (entry: Stored | undefined) => {
  const file = lessonHtmlFile(entry);
  return file ? readFileSync(file, 'utf8') : entry?.rendered?.html;
};
const cacheFiles = (root: string) => (existsSync(join(root, 'cache', 'micropath-lessons')) ? readdirSync(join(root, 'cache', 'micropath-lessons')) : []);

const load = (context: Context) => lessonLoader({ pattern: '*.{md,mdx}', base: join(context.config.root.pathname, 'lessons') }).load(context as unknown as Parameters<ReturnType<typeof lessonLoader>['load']>[0]);

describe('lessonLoader', () => {
  it('renders an MDX lesson with Callout to HTML in the content layer, with no module for Vite', async () => {
    const root = project({ 'alt-text.mdx': '# Alt text\n\n<Callout kind="tip">Describe the point.</Callout>\n' });
    const { context, store, moduleImports } = createContext(root);
    await load(context);
    const entry = store.get('alt-text')!;
    expect(entry.deferredRender).toBeUndefined();
    expect(entry.rendered!.html).toBe('');
    expect(htmlOf(entry)).toContain('<aside class="callout tip" aria-label="Tip"><span class="callout-label">Tip</span>\nDescribe the point.</aside>');
    expect(moduleImports).toEqual([]);
  });

  it('never leaves a lesson to @astrojs/mdx: one with code in it shows a notice and imports no module', async () => {
    const root = project({ 'widget.mdx': 'import Chart from "./chart.jsx";\n\n<Chart />\n', 'plain.mdx': 'Just text.\n' });
    const { context, store, moduleImports } = createContext(root);
    await load(context);
    expect(store.get('widget')!.deferredRender).toBeUndefined();
    expect(htmlOf(store.get('widget'))).toContain('This lesson is not shown.');
    expect(moduleImports).toEqual([]);
    expect(htmlOf(store.get('plain'))).toBe('<p>Just text.</p>');
  });

  it('renders a Markdown lesson with the same pipeline, raw HTML kept and no copy of its frontmatter', async () => {
    const root = project({ 'keys.md': 'Press <kbd>Tab</kbd>.\n' });
    const { context, store } = createContext(root);
    await load(context);
    const { rendered } = store.get('keys') as Stored & { rendered: { html: string; metadata: Record<string, unknown> } };
    expect(htmlOf(store.get('keys'))).toBe('<p>Press <kbd>Tab</kbd>.</p>');
    expect(rendered.metadata).not.toHaveProperty('frontmatter');
  });

  it('gives raw HTML links in a Markdown lesson the base path, as Markdown links get it', async () => {
    const root = project({ 'links.md': 'See [one](/lessons/one/) and <a href="/lessons/two/">two</a>.\n' });
    const { context, store } = createContext(root);
    context.config.markdown.rehypePlugins = [[rehypeBaseLinks, { base: '/my-portal/' }]] as never[];
    await load(context);
    expect(htmlOf(store.get('links'))).toBe('<p>See <a href="/my-portal/lessons/one/">one</a> and <a href="/my-portal/lessons/two/">two</a>.</p>');
  });

  it('shows a notice for HTML a browser would run, however the source spells it, and keeps safe lessons', async () => {
    const root = project({
      // Each slips past a scanner that splits attributes on spaces or reads entities as text. Inside
      // an HTML block (a line starting <div>), Markdown passes lines through as they are. The source
      // check refuses them first; the check of the parsed HTML is the last word.
      'glued.md': '<div>\n<img src="x.png"onerror="alert(1)">\n</div>\n',
      'backtick.md': '<div>\n<img src=a`b onerror=alert(1)>\n</div>\n',
      'entity.md': '<map name="m"><area href="jav&#x09;ascript:alert(1)" alt="Go"></map>\n',
      'svg.md': '<svg><a xlink:href="&#106;avascript:alert(1)"><text>Go</text></a></svg>\n',
      'svg-mdx.mdx': '<svg><a xlinkHref="javascript:alert(1)"><text>Go</text></a></svg>\n',
      'srcdoc.md': '<iframe srcdoc="<script>alert(1)</script>"></iframe>\n',
      // Astro's image step would turn this JSON into attributes after every check.
      'image-json.mdx': '<img alt="A logo" __ASTRO_IMAGE_=\'{"src":"https://example.org/x.png","onerror":"alert(1)"}\' />\n',
      'prose.md': 'The <abbr title="javascript: scheme">JS scheme</abbr> runs code; see <a href="https://www.w3.org/">W3C</a>.\n',
    });
    const { context, store } = createContext(root);
    await load(context);
    for (const id of ['glued', 'backtick', 'entity', 'svg', 'svg-mdx', 'srcdoc', 'image-json']) {
      const html = htmlOf(store.get(id))!;
      expect(html, id).toContain('This lesson is not shown.');
      expect(html, id).not.toMatch(/<(img|a|area|svg|iframe)\b|__ASTRO_IMAGE_=/);
    }
    expect(htmlOf(store.get('prose'))).toBe('<p>The <abbr title="javascript: scheme">JS scheme</abbr> runs code; see <a href="https://www.w3.org/">W3C</a>.</p>');
  });

  it('keeps the HTML of unchanged lessons from the previous build and renders only the changed one', async () => {
    const root = project({ 'a.mdx': 'First A.\n', 'b.md': 'First B.\n', 'c.mdx': 'First C.\n' });
    const first = createContext(root);
    await load(first.context);
    expect(cacheFiles(root)).toHaveLength(3);
    // Mark what the first build wrote, so a re-render would show.
    writeFileSync(lessonHtmlFile(first.store.get('a'))!, '<p>kept</p>');
    writeFileSync(join(root, 'lessons', 'b.md'), '---\ntitle: b\n---\nSecond B.\n');
    rmSync(join(root, 'lessons', 'c.mdx'));
    const second = createContext(root, first.store);
    await load(second.context);
    expect(htmlOf(second.store.get('a'))).toBe('<p>kept</p>');
    expect(htmlOf(second.store.get('b'))).toBe('<p>Second B.</p>');
    expect(second.store.has('c')).toBe(false);
    // The files of the old B and the deleted C are gone.
    expect(cacheFiles(root)).toHaveLength(2);
  });

  it('keeps setting the store while it loads, so Astro starts no save that would drop the last one, and stops after', async () => {
    const root = project({ 'a.mdx': 'Text A.\n' });
    const { context, metaSets } = createContext(root);
    // A slow load: as reading thousands of unchanged files, which sets nothing in the store.
    context.parseData = async ({ data }) => new Promise((resolve) => setTimeout(() => resolve(data), 900));
    await load(context);
    // Every 200 ms: four in 900 ms on an idle machine; a busy one may skip ticks, never repeat none.
    expect(metaSets.length).toBeGreaterThanOrEqual(2);
    const count = metaSets.length;
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(metaSets.length, 'no more sets once loading is over').toBe(count);
  });

  it('renders a lesson again when it was renamed from .mdx to .md or moved, though its text is the same', async () => {
    const root = project({ 'a.mdx': 'Braces {"{"} and <kbd>Tab</kbd>.\n' });
    const first = createContext(root);
    await load(first.context);
    expect(htmlOf(first.store.get('a'))).toBe('<p>Braces { and <kbd>Tab</kbd>.</p>');
    // As Markdown the same text reads differently: the braces are text.
    renameSync(join(root, 'lessons', 'a.mdx'), join(root, 'lessons', 'a.md'));
    const second = createContext(root, first.store);
    await load(second.context);
    expect(second.store.get('a')!.filePath).toBe('lessons/a.md');
    expect(htmlOf(second.store.get('a'))).toBe('<p>Braces {”{”} and <kbd>Tab</kbd>.</p>');
  });

  it('takes a lesson from the folder it now reads, when the same file is also in the folder of the last build', async () => {
    const root = project({ 'a.mdx': 'Text A.\n' });
    mkdirSync(join(root, 'other'));
    writeFileSync(join(root, 'other', 'a.mdx'), readFileSync(join(root, 'lessons', 'a.mdx')));
    const first = createContext(root);
    await load(first.context);
    expect(first.store.get('a')!.filePath).toBe('lessons/a.mdx');
    const second = createContext(root, first.store);
    const fromOther = lessonLoader({ pattern: '*.{md,mdx}', base: join(root, 'other') });
    await fromOther.load(second.context as unknown as Parameters<typeof fromOther.load>[0]);
    expect(second.store.get('a')!.filePath).toBe('other/a.mdx');
  });

  it('renders a lesson again when its HTML file was cleaned away', async () => {
    const root = project({ 'a.mdx': 'Text A.\n' });
    const first = createContext(root);
    await load(first.context);
    rmSync(join(root, 'cache'), { recursive: true });
    const second = createContext(root, first.store);
    await load(second.context);
    expect(htmlOf(second.store.get('a'))).toBe('<p>Text A.</p>');
  });
});
