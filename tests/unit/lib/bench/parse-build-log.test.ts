import { describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration, isRenderedPageLine, type LogLine } from '../../../../src/lib/bench/parse-build-log';

// An Astro 5.18 build log, shortened, with the arrival time (ms) of each line.
const LOG: LogLine[] = [
  [900, '18:07:32 [micropath] content checked in 192 ms'],
  [1000, '18:07:32 [content] Syncing content'],
  [1450, '18:07:33 [content] Synced content'],
  [2000, '18:07:33 [build] Building static entrypoints...'],
  [5900, '18:07:37 [vite] ✓ built in 3.91s'],
  [6000, ' building client (vite) '],
  [6700, '18:07:37 [vite] ✓ built in 768ms'],
  [7000, ' generating static routes '],
  [7010, '18:07:38 ▶ src/pages/lessons/[slug].astro'],
  [7020, '18:07:38   ├─ /lessons/a/index.html (+3ms) '],
  [7030, '18:07:38   └─ /lessons/b/index.html (+11ms) '],
  [7340, '\u001b[32m18:07:38 ✓ Completed in 338ms.\u001b[39m'],
  [7500, '18:07:38 [micropath] search index: 57 pages in 129 ms'],
  [7510, '18:07:38 [build] 57 page(s) built in 7.14s'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('parseBuildLog', () => {
  it('reads each phase from the log lines and their arrival times', () => {
    expect(parseBuildLog(LOG)).toEqual({ checks: 192, sync: 450, bundle: 5000, render: 338, pagefind: 129, indexedPages: 57, pages: 57, astro: 7140, routes: { lessons: { pages: 2, ms: 14 } } });
  });

  it('leaves out phases a failed build never reached', () => {
    expect(parseBuildLog(LOG.slice(0, 3))).toEqual({ checks: 192, sync: 450 });
  });
});

describe('parseDuration', () => {
  it('reads Astro durations in ms and s', () => {
    expect(parseDuration('338ms')).toBe(338);
    expect(parseDuration('7.14s')).toBe(7140);
    expect(parseDuration('soon')).toBeNaN();
  });
});

describe('isRenderedPageLine', () => {
  it('recognises the line Astro prints per page', () => {
    expect(isRenderedPageLine(LOG[9]!.text)).toBe(true);
    expect(isRenderedPageLine(LOG[10]!.text)).toBe(true);
    expect(isRenderedPageLine(LOG[8]!.text)).toBe(false);
  });
});
