// Browser-safe: no Chart.js values and no Node, so the page script that draws the chart stays small.
import type { ChartConfiguration } from 'chart.js';
import { barTooltip, categoryAxis, chartFont, horizontalBarLayout } from '../charts/bar-chart-parts';

/** One bar of the coverage chart: a competency without sub-competencies. */
export interface CoverageBar {
  /** "1.2 Time-based media". */
  label: string;
  /** The code, or the title when there is none: for narrow charts. */
  shortLabel: string;
  minutes: number;
  /** Its flags in words, or "" when it has none. */
  flagText: string;
  /** Drawn in the warning colour: no content, under- or over-served (the label says which). */
  emphasis: boolean;
}

/** The colours and font of the chart, read from the page's CSS custom properties. */
export interface CoverageChartPalette {
  text: string;
  muted: string;
  grid: string;
  background: string;
  bar: string;
  /** Bars whose time is out of line with the median. */
  barFlagged: string;
  font: string;
}

/** Custom property of each palette colour; global.css defines them for both themes. */
export const COVERAGE_PALETTE_PROPERTIES: Readonly<Record<keyof CoverageChartPalette, string>> = {
  text: '--text',
  muted: '--muted',
  grid: '--border',
  background: '--bg',
  bar: '--accent',
  barFlagged: '--focus',
  font: '--font',
};

/** The light theme's values, for any property the page does not define. */
const FALLBACK: Readonly<CoverageChartPalette> = {
  text: '#111827',
  muted: '#4b5563',
  grid: '#c9ced8',
  background: '#ffffff',
  bar: '#1d4ed8',
  barFlagged: '#b45309',
  font: 'system-ui, sans-serif',
};

/** Reads the palette through `read` (in the browser, a property of the root's computed style). */
export function readCoveragePalette(read: (property: string) => string): CoverageChartPalette {
  const palette = { ...FALLBACK };
  for (const [name, property] of Object.entries(COVERAGE_PALETTE_PROPERTIES) as [
    keyof CoverageChartPalette,
    string,
  ][]) {
    const value = read(property).trim();
    if (value) palette[name] = value;
  }
  return palette;
}

/** Height of one bar's row, and room for the axis: the box is sized from them so it never jumps. */
const ROW_HEIGHT = 44;
const AXIS_HEIGHT = 64;
/** Below this chart width (CSS pixels) labels shrink to the code and minutes. */
export const NARROW_WIDTH = 560;

/** The fixed height of a coverage chart with `rows` bars, in CSS pixels. */
export function coverageChartHeight(rows: number): number {
  return Math.max(1, rows) * ROW_HEIGHT + AXIS_HEIGHT;
}

/** A bar's axis label: name, then minutes and flags; on a narrow chart the code and minutes. */
export function labelCoverageBar(bar: CoverageBar, chartWidth: number): string[] {
  if (chartWidth < NARROW_WIDTH) return [bar.shortLabel, `${bar.minutes} min`];
  return [bar.label, bar.flagText ? `${bar.minutes} min · ${bar.flagText}` : `${bar.minutes} min`];
}

/**
 * A horizontal bar chart of minutes per competency. Labels carry the minutes and the flags in
 * words, so nothing depends on colour; the median is named in the axis title. It fills a box of
 * fixed height and draws without animation when the reader prefers reduced motion.
 */
export function buildCoverageChartConfig(
  bars: readonly CoverageBar[],
  medianMinutes: number,
  palette: CoverageChartPalette,
  options: { reducedMotion: boolean },
): ChartConfiguration<'bar', number[], string[]> {
  const font = chartFont(palette);
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => labelCoverageBar(bar, Infinity)),
      datasets: [
        {
          label: 'Minutes',
          data: bars.map((bar) => bar.minutes),
          backgroundColor: bars.map((bar) => (bar.emphasis ? palette.barFlagged : palette.bar)),
          borderWidth: 0,
          maxBarThickness: 22,
        },
      ],
    },
    options: {
      ...horizontalBarLayout(options),
      scales: {
        x: {
          beginAtZero: true,
          ticks: { color: palette.muted, font, precision: 0 },
          grid: { color: palette.grid },
          border: { color: palette.grid },
          title: {
            display: true,
            text: `Minutes of lessons (median ${medianMinutes} min)`,
            color: palette.text,
            font,
          },
        },
        y: categoryAxis(palette, bars, labelCoverageBar),
      },
      plugins: {
        legend: { display: false },
        tooltip: barTooltip(palette, bars, (bar) => `${bar.minutes} min${bar.flagText ? `: ${bar.flagText}` : ''}`),
      },
    },
  };
}
