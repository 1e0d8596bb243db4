import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonLoader } from '../../../src/integration/lesson-loader';

type Stored = { id: string; filePath?: string; digest?: string; rendered?: { html: string }; deferredRender?: boolean };

/** What Astro's glob loader needs of the loader context, with a store that survives between builds. */
function createContext(root: string, store = new Map<string, Stored>()) {
  const moduleImports: string[] = [];
  const frontmatter = { getEntryInfo: ({ contents }: { contents: string }) => ({ data: {}, body: contents.replace(/^---\n[\s\S]*?\n---\n/, '') }) };
  const context = {
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`), legacy: { collections: false }, markdown: { remarkPlugins: [], rehypePlugins: [], syntaxHighlight: false } },
    logger: { warn: () => {}, info: () => {}, error: (message: string) => { throw new Error(message); } },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => void store.set(entry.id, entry),
      has: (id: string) => store.has(id),
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
      addModuleImport: (file: string) => void moduleImports.push(file),
      addAssetImports: () => {},
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => `${text.length}:${text}`,
    // The MDX entry type as @astrojs/mdx registers it: frontmatter, and a module for Vite to compile.
    entryTypes: new Map<string, object>([
      ['.mdx', { ...frontmatter, contentModuleTypes: '' }],
      // Astro's own Markdown entry type renders in the content layer too; the loader replaces its renderer.
      ['.md', { ...frontmatter, getRenderFunction: async () => async () => ({ html: 'rendered by Astro' }) }],
    ]),
  };
  return { context, store, moduleImports };
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
const load = (context: Context) => lessonLoader({ pattern: '*.{md,mdx}', base: join(context.config.root.pathname, 'lessons') }).load(context as unknown as Parameters<ReturnType<typeof lessonLoader>['load']>[0]);

describe('lessonLoader', () => {
  it('renders an MDX lesson with Callout to HTML in the content layer, with no module for Vite', async () => {
    const root = project({ 'alt-text.mdx': '# Alt text\n\n<Callout kind="tip">Describe the point.</Callout>\n' });
    const { context, store, moduleImports } = createContext(root);
    await load(context);
    const entry = store.get('alt-text')!;
    expect(entry.deferredRender).toBeUndefined();
    expect(entry.rendered!.html).toContain('<aside class="callout tip" aria-label="Tip"><span class="callout-label">Tip</span>Describe the point.</aside>');
    expect(moduleImports).toEqual([]);
  });

  it('leaves a lesson with code in it to @astrojs/mdx, as a deferred render with a module import', async () => {
    const root = project({ 'widget.mdx': 'import Chart from "./chart.jsx";\n\n<Chart />\n', 'plain.mdx': 'Just text.\n' });
    const { context, store, moduleImports } = createContext(root);
    await load(context);
    expect(store.get('widget')).toMatchObject({ deferredRender: true, filePath: 'lessons/widget.mdx' });
    expect(store.get('widget')!.rendered).toBeUndefined();
    expect(moduleImports).toEqual(['lessons/widget.mdx']);
    expect(store.get('plain')!.rendered!.html).toBe('<p>Just text.</p>');
  });

  it('renders a Markdown lesson with the same pipeline, raw HTML kept and no copy of its frontmatter', async () => {
    const root = project({ 'keys.md': 'Press <kbd>Tab</kbd>.\n' });
    const { context, store } = createContext(root);
    await load(context);
    const { rendered } = store.get('keys') as Stored & { rendered: { html: string; metadata: Record<string, unknown> } };
    expect(rendered.html).toBe('<p>Press <kbd>Tab</kbd>.</p>');
    expect(rendered.metadata).not.toHaveProperty('frontmatter');
  });

  it('keeps the HTML of unchanged lessons from the previous build and renders only the changed one', async () => {
    const root = project({ 'a.mdx': 'First A.\n', 'b.md': 'First B.\n' });
    const first = createContext(root);
    await load(first.context);
    // Mark what the first build stored, so a re-render would show.
    first.store.get('a')!.rendered!.html = '<p>kept</p>';
    writeFileSync(join(root, 'lessons', 'b.md'), '---\ntitle: b\n---\nSecond B.\n');
    const second = createContext(root, first.store);
    await load(second.context);
    expect(second.store.get('a')!.rendered!.html).toBe('<p>kept</p>');
    expect(second.store.get('b')!.rendered!.html).toBe('<p>Second B.</p>');
  });
});
