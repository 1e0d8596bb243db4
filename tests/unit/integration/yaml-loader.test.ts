import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { yamlLoader } from '../../../src/integration/yaml-loader';

type Stored = { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } };

/** The parts of Astro's loader context the YAML loader uses, with a store that survives between builds. */
function createContext(root: string, store = new Map<string, Stored>()) {
  const rendered: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => void store.set(entry.id, entry),
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
      clear: () => store.clear(),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => String(text.length) + text.slice(0, 40),
    renderMarkdown: async (markdown: string) => {
      rendered.push(markdown);
      return { html: `<p>${markdown}</p>` };
    },
  };
  return { context, store, rendered };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-loader-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const load = (dir: string, context: ReturnType<typeof createContext>['context']) =>
  yamlLoader({ dir, markdownField: 'description' }).load(context as unknown as Parameters<ReturnType<typeof yamlLoader>['load']>[0]);

describe('yamlLoader', () => {
  it('loads every file with its rendered Markdown field', async () => {
    const dir = contentDir({ 'a.yaml': 'title: A\ndescription: About A\n', 'b.yaml': 'title: B\ncode: "1.10"\n' });
    const { context, store, rendered } = createContext(dir);
    await load(dir, context);
    expect([...store.keys()].sort()).toEqual(['a', 'b']);
    expect(store.get('a')!.rendered).toEqual({ html: '<p>About A</p>' });
    expect(store.get('b')!.data.code).toBe('1.10');
    expect(rendered).toEqual(['About A']);
  });

  it('keeps unchanged files from the previous build, reloads changed ones and drops deleted ones', async () => {
    const dir = contentDir({ 'a.yaml': 'title: A\ndescription: About A\n', 'b.yaml': 'title: B\ndescription: About B\n', 'c.yaml': 'title: C\n' });
    const first = createContext(dir);
    await load(dir, first.context);
    writeFileSync(join(dir, 'b.yaml'), 'title: B\ndescription: About B, revised\n');
    unlinkSync(join(dir, 'c.yaml'));
    const second = createContext(dir, first.store);
    await load(dir, second.context);
    expect(second.rendered).toEqual(['About B, revised']);
    expect([...second.store.keys()].sort()).toEqual(['a', 'b']);
    expect(second.store.get('b')!.rendered).toEqual({ html: '<p>About B, revised</p>' });
  });
});
