import type { AstroConfig } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type VitePlugin = Extract<NonNullable<NonNullable<AstroConfig['vite']>['plugins']>[number], { name: string }>;

/** The module Astro compiles its content store into for the build. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Vite plugin for `astro build`: Astro's content store as one JSON string parsed at run time,
 * instead of Astro 5's object literal of every entry and field.
 *
 * Why: Vite and Rollup parse that module like any source, so its syntax tree grew with every lesson
 * and competency (minutes of bundling and gigabytes of memory at 10,000 lessons); a string literal
 * is one node whatever its length. The module exports the same value. Astro 7 made the same change
 * (withastro/astro#17223); this backports it for the Astro 5 line Node 20 allows.
 */
export function contentStoreAsJson(cacheDir: URL): VitePlugin {
  const file = fileURLToPath(new URL('data-store.json', cacheDir));
  return {
    name: 'micropath:content-store-as-json',
    enforce: 'pre',
    load(id: string) {
      if (id !== DATA_STORE_MODULE || !existsSync(file)) return null;
      const text = readFileSync(file, 'utf8');
      try {
        JSON.parse(text);
      } catch {
        return null; // Astro's own loader reports a broken store
      }
      return { code: `export default JSON.parse(${JSON.stringify(text)});`, map: { mappings: '' } };
    },
  };
}
