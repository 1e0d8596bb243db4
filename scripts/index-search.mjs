#!/usr/bin/env node
// The second step of `npm run build` (`astro build && node scripts/index-search.mjs`): writes the
// Pagefind search index into the built site. It runs after Astro's process has exited, not inside
// Astro's `astro:build:done` hook: there Pagefind's indexer ran beside Astro's whole heap (every
// page and module of the build, still held), so the build's peak memory was the sum of the two.
//
// Usage: node scripts/index-search.mjs [--dir dist]   (default: MICROPATH_OUT, else dist)

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The folder to index: --dir, else MICROPATH_OUT (as the Astro config reads it), else dist. */
function readOutDir(argv) {
  const flag = argv.indexOf('--dir');
  const dir = flag >= 0 ? argv[flag + 1] : process.env.MICROPATH_OUT || 'dist';
  if (!dir) fail('--dir needs a folder, e.g. --dir dist.');
  return path.resolve(dir);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const outDir = readOutDir(process.argv.slice(2));
if (!existsSync(path.join(outDir, 'index.html')) || !statSync(outDir).isDirectory()) {
  fail(`${outDir} holds no built site, so there is nothing to index. Run npm run build, which builds the site and then indexes it.`);
}
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) fail(`Pagefind could not index the site: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
if (written.errors.length) fail(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
