import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Rendered lesson HTML, kept between builds in Astro's cache folder, one file per lesson digest,
// instead of in Astro's content store: Astro inlines the whole store into the server bundle as one
// JavaScript module, so lesson bodies there made bundling grow with the catalogue (82 MB of store
// and a 3.8 GB peak at 10,000 lessons). The store keeps the lesson's data and this file's path.

/** The key of `rendered.metadata` that holds the path of a lesson's HTML file. */
const HTML_FILE = 'micropathHtmlFile';

type Rendered = { rendered?: { metadata?: Record<string, unknown> } } | undefined;

/** The folder of rendered lessons inside Astro's cacheDir. */
export function lessonHtmlDir(cacheDir: URL): string {
  return fileURLToPath(new URL('micropath-lessons/', cacheDir));
}

/** Writes a lesson's HTML under its digest; returns the metadata that points at it. */
export function writeLessonHtml(dir: string, digest: string, html: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash('sha1').update(digest).digest('hex')}.html`);
  writeFileSync(file, html);
  return { [HTML_FILE]: file };
}

/** The HTML file of a stored lesson entry, when its HTML is kept outside the store. */
export function lessonHtmlFile(entry: Rendered): string | undefined {
  const file = entry?.rendered?.metadata?.[HTML_FILE];
  return typeof file === 'string' ? file : undefined;
}

/** Whether a stored entry points at an HTML file that is gone (the cache folder was cleaned). */
export function isMissingHtml(entry: Rendered): boolean {
  const file = lessonHtmlFile(entry);
  return file !== undefined && !existsSync(file);
}

/** Deletes the HTML files in `dir` that no stored lesson points at (old versions, deleted lessons). */
export function pruneLessonHtml(dir: string, entries: Iterable<Rendered>): void {
  if (!existsSync(dir)) return;
  const kept = new Set([...entries].map(lessonHtmlFile));
  for (const name of readdirSync(dir)) if (!kept.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}

/** Reads a lesson's HTML for its page; a missing file says how to recover. */
export async function readLessonHtml(file: string, lessonId: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`The rendered HTML of lesson "${lessonId}" is missing from Astro's cache (${file}). Delete node_modules/.astro and build again.`);
  }
}
