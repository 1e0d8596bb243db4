import { isRenderedPageLine } from './parse-build-log';

/** Where a running build is, from its output so far. */
export interface BuildProgress {
  /** `starting` covers loading the config and Micropath's content checks. */
  phase: 'starting' | 'syncing' | 'bundling' | 'rendering' | 'finishing' | 'indexing' | 'done';
  /** Pages rendered so far. */
  rendered: number;
}

/** The progress before any output. */
export const START: BuildProgress = { phase: 'starting', rendered: 0 };

/** Advances the progress by one output line. */
export function advanceProgress(progress: BuildProgress, text: string): BuildProgress {
  if (progress.phase === 'rendering' && isRenderedPageLine(text)) return { ...progress, rendered: progress.rendered + 1 };
  if (/Syncing content/.test(text)) return { ...progress, phase: 'syncing' };
  if (/Building static entrypoints/.test(text)) return { ...progress, phase: 'bundling' };
  if (/generating static routes/.test(text)) return { ...progress, phase: 'rendering' };
  if (progress.phase === 'rendering' && /✓ Completed in/.test(text)) return { ...progress, phase: 'finishing' };
  // The search index is built after Astro exits (scripts/index-search.mjs).
  if (/page\(s\) built in/.test(text)) return { ...progress, phase: 'indexing' };
  if (/^search index: \d+ pages/.test(text)) return { ...progress, phase: 'done' };
  return progress;
}

/** One line such as "rendering 431/1143 pages · 37 s". */
export function describeProgress(progress: BuildProgress, expectedPages: number, seconds: number): string {
  const what = progress.phase === 'rendering' ? `rendering ${progress.rendered}/${expectedPages} pages` : progress.phase;
  return `${what} · ${Math.round(seconds)} s`;
}
