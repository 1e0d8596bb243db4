/** A line of build output and when it arrived, in ms after the build started. */
export interface LogLine {
  at: number;
  text: string;
}

/** Where a build's time went, in ms; a phase the log did not show is undefined. */
export interface BuildPhases {
  /** Micropath's content checks ("content checked in N ms"). */
  checks?: number;
  /** Astro's content layer sync: loading, validating and (for Markdown) rendering entries. */
  sync?: number;
  /** Vite's server and client bundles: every `.mdx` lesson is compiled here as a module. */
  bundle?: number;
  /** Rendering every page to HTML ("generating static routes"). */
  render?: number;
  /** Pagefind's index ("search index: N pages in N ms"). */
  pagefind?: number;
  /** Astro's own total ("N page(s) built in Xs"). */
  astro?: number;
  /** Pages Astro reports built. */
  pages?: number;
  /** Pages Pagefind indexed. */
  indexedPages?: number;
  /** Render time by the first segment of the page path (lessons, competencies…), from Astro's per-page lines. */
  routes?: Record<string, { pages: number; ms: number }>;
}

// Astro colours its output when it thinks it may; the patterns below read plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

/** Reads the phases of an `astro build` from its output lines (Astro 5 and Micropath's log lines). */
export function parseBuildLog(lines: readonly LogLine[]): BuildPhases {
  const clean = lines.map((line) => ({ at: line.at, text: line.text.replace(ANSI, '') }));
  const find = (pattern: RegExp, from = 0) => {
    for (let i = from; i < clean.length; i++) {
      const match = pattern.exec(clean[i]!.text);
      if (match) return { index: i, at: clean[i]!.at, match };
    }
    return undefined;
  };
  const phases: BuildPhases = {};
  const checks = find(/content checked in (\d+) ?ms/);
  if (checks) phases.checks = Number(checks.match[1]);
  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = syncStart && find(/\[content\] Synced content/, syncStart.index);
  if (syncStart && syncEnd) phases.sync = syncEnd.at - syncStart.at;
  const bundleStart = find(/Building static entrypoints/);
  const renderStart = find(/generating static routes/);
  if (bundleStart && renderStart) phases.bundle = renderStart.at - bundleStart.at;
  const renderEnd = renderStart && find(/✓ Completed in ([\d.]+m?s)/, renderStart.index);
  if (renderEnd) phases.render = parseDuration(renderEnd.match[1]!);
  const pagefind = find(/search index: (\d+) pages in (\d+) ?ms/);
  if (pagefind) {
    phases.indexedPages = Number(pagefind.match[1]);
    phases.pagefind = Number(pagefind.match[2]);
  }
  for (const { text } of clean) {
    const page = /[├└]─ \/([^/\s]*)\S*.*\(\+([\d.]+)(m?s)\)/.exec(text);
    if (!page) continue;
    const route = (phases.routes ??= {})[page[1] || '(root)'] ??= { pages: 0, ms: 0 };
    route.pages++;
    route.ms += page[3] === 's' ? Number(page[2]) * 1000 : Number(page[2]);
  }
  const total = find(/(\d+) page\(s\) built in ([\d.]+m?s)/);
  if (total) {
    phases.pages = Number(total.match[1]);
    phases.astro = parseDuration(total.match[2]!);
  }
  return phases;
}

/** Astro's durations: "338ms" or "3.94s". */
export function parseDuration(text: string): number {
  const match = /^([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return Number.NaN;
  return match[2] === 'ms' ? Number(match[1]) : Math.round(Number(match[1]) * 1000);
}

/** Counts rendered-page lines ("├─ /lessons/x/index.html (+3ms)"), for a progress line. */
export function isRenderedPageLine(text: string): boolean {
  return /[├└]─ \/\S*.*\(\+[\d.]+m?s\)/.test(text);
}
