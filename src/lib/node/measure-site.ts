import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Totals of a built site. */
export interface SiteTotals {
  files: number;
  bytes: number;
  htmlFiles: number;
  /** Lesson pages by site path (e.g. `/lessons/x/`) with their HTML bytes, smallest first. */
  lessonPages: { page: string; bytes: number }[];
}

/** Counts the files and bytes of `outDir` and lists its lesson pages by size. */
export function measureSite(outDir: string, base: string): SiteTotals {
  let files = 0;
  let bytes = 0;
  let htmlFiles = 0;
  const lessonPages: SiteTotals['lessonPages'] = [];
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(outDir, name));
    if (!stats.isFile()) continue;
    files++;
    bytes += stats.size;
    if (!name.endsWith('.html')) continue;
    htmlFiles++;
    const match = /^lessons[\\/]([^\\/]+)[\\/]index\.html$/.exec(name);
    if (match) lessonPages.push({ page: `${base}lessons/${match[1]}/`, bytes: stats.size });
  }
  lessonPages.sort((a, b) => a.bytes - b.bytes || a.page.localeCompare(b.page));
  return { files, bytes, htmlFiles, lessonPages };
}

/** The middle lesson page by size (the lower middle for an even count). */
export function medianLessonPage(totals: SiteTotals): { page: string; bytes: number } | undefined {
  return totals.lessonPages[Math.floor((totals.lessonPages.length - 1) / 2)];
}
