import { describe, expect, it } from 'vitest';
import { formatBenchMarkdown, pagesPerSecond, type BenchReport } from '../../../../src/lib/bench/bench-report';

const REPORT: BenchReport = {
  startedAt: '2026-12-03T18:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 8 * 1024 ** 3, node: 'v20.20.2', platform: 'linux', loadAverage: [1, 0.5, 0.25] },
  seed: 1,
  runs: [
    {
      lessons: 100, format: 'mdx', build: 'cold', ok: true, seconds: 10, cpuSeconds: 15, pages: 150, peakRssBytes: 500 * 1024 ** 2, distBytes: 3 * 1024 ** 2, distFiles: 300,
      phases: { checks: 200, sync: 400, bundle: 5000, render: 1000, pagefind: 300, pages: 150 },
      weights: { lessonPage: '/lessons/a/', lessonHtmlBytes: 12 * 1024, lessonHtmlGzip: 4000, eagerJsGzip: 440, islandJsGzip: 0, cssGzip: 2700, plainPageLoadsFramework: false, search: { total: 190 * 1024, core: 170 * 1024, requests: 20, byKind: { js: 0, wasm: 0, entry: 0, meta: 0, index: 0, filter: 0, fragment: 0, other: 0 }, method: 'browser', files: [] } },
    },
    { lessons: 100, format: 'mdx', build: 'warm', ok: false, seconds: 2, phases: {} },
  ],
};

describe('formatBenchMarkdown', () => {
  it('writes one row per build with phases in seconds, memory in MB and weights in KB', () => {
    const markdown = formatBenchMarkdown(REPORT);
    expect(markdown).toContain('| 100 | mdx | cold | 10.0 | 15.0 | 0.2 | 0.4 | 5.0 | 1.0 | 0.3 | 150 | 15.0 | 500 | 3.0 | 12.0 | 0.43 | 0.0 | 2.6 | 170 (190) |');
    expect(markdown).toContain('| 100 | mdx | warm (failed) | 2.0 | — |');
    expect(markdown).toContain('Machine: 2 × Test CPU, 8.0 GB');
  });
});

describe('pagesPerSecond', () => {
  it('divides pages by wall-clock seconds, and has no value without pages', () => {
    expect(pagesPerSecond(REPORT.runs[0]!)).toBe(15);
    expect(pagesPerSecond(REPORT.runs[1]!)).toBeUndefined();
  });
});
