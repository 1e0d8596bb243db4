import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseEntry } from '../lib/content/parse-entry';
import { listFiles } from '../lib/node/read-content-dir';

/**
 * Loads YAML files with Micropath's own parser, the one `npm run check` uses, so codes such as
 * "1.10" stay text and dates stay calendar days. `file` loads one file as the entry `id`;
 * `markdownField` names a field rendered as the entry's body (for `render()`).
 */
export function yamlLoader(options: ({ dir: string } | { file: string; id: string }) & { markdownField?: string }): Loader {
  return {
    name: 'micropath-yaml',
    load: async ({ store, parseData, generateDigest, renderMarkdown, watcher, config }) => {
      const root = new URL('.', config.root).pathname;
      const files = 'file' in options ? (existsSync(options.file) ? [options.file] : []) : listFiles(options.dir, /\.ya?ml$/i);
      const load = async () => {
        const loaded = new Set<string>();
        for (const path of files) {
          const text = readFileSync(path, 'utf8');
          const id = 'file' in options ? options.id : basename(path).replace(/\.ya?ml$/i, '');
          const digest = generateDigest(text);
          loaded.add(id);
          // Astro keeps the store between builds (and clears it when the config changes): an
          // unchanged file keeps its parsed data and rendered Markdown.
          if (store.get(id)?.digest === digest) continue;
          const entry = parseEntry('competencies', relative(root, path), text);
          const data = await parseData({ id, data: (entry.data ?? {}) as Record<string, unknown>, filePath: entry.file });
          const markdown = options.markdownField ? data[options.markdownField] : undefined;
          const rendered = typeof markdown === 'string' && markdown ? await renderMarkdown(markdown) : undefined;
          store.set({ id, data, filePath: entry.file, digest, rendered });
        }
        for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      };
      await load();
      watcher?.add('file' in options ? options.file : options.dir);
      watcher?.on('change', (path) => {
        if (files.includes(path)) void load();
      });
    },
  };
}

