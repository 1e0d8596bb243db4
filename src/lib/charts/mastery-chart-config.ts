import type { ChartConfiguration } from 'chart.js';
import { barTooltip, categoryAxis, chartFont, horizontalBarLayout } from './bar-chart-parts';
import type { ChartPalette } from './chart-palette';
import type { MasteryBar } from './mastery-series';

/** Height of one bar's row in CSS pixels; the chart's box is sized from it so it never jumps. */
export const ROW_HEIGHT = 48;
/** Room for the value axis and its title below the bars. */
const AXIS_HEIGHT = 64;
/** Below this chart width (CSS pixels) labels shrink to the code and percentage, leaving room for the bars. */
export const NARROW_WIDTH = 560;

/** The fixed height of a mastery chart with `rows` bars, in CSS pixels. */
export function chartHeight(rows: number): number {
  return Math.max(1, rows) * ROW_HEIGHT + AXIS_HEIGHT;
}

/** A bar's axis label: title, percentage and status; on a narrow chart only the code and percentage. */
export function labelBar(bar: MasteryBar, chartWidth: number): string[] {
  return chartWidth < NARROW_WIDTH
    ? [bar.shortLabel, `${bar.percent} %`]
    : [bar.label, `${bar.percent} % · ${bar.statusLabel}`];
}

/**
 * A horizontal bar chart of progress per competency. Each label carries the percentage and the
 * status in words (the table below says all on narrow screens), so nothing depends on colour;
 * mastered bars take the "ok" colour. The chart
 * fills a box of fixed height (`maintainAspectRatio: false`), and draws without animation when
 * the learner prefers reduced motion.
 */
export function buildMasteryChartConfig(
  bars: readonly MasteryBar[],
  palette: ChartPalette,
  options: { reducedMotion: boolean },
): ChartConfiguration<'bar', number[], string[]> {
  const font = chartFont(palette);
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => labelBar(bar, Infinity)),
      datasets: [
        {
          label: 'Lessons completed',
          data: bars.map((bar) => bar.percent),
          backgroundColor: bars.map((bar) =>
            bar.status === 'mastered' ? palette.barMastered : palette.bar,
          ),
          borderWidth: 0,
          maxBarThickness: 24,
        },
      ],
    },
    options: {
      ...horizontalBarLayout(options),
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: palette.muted, font, callback: (value) => `${value} %` },
          grid: { color: palette.grid },
          border: { color: palette.grid },
          title: { display: true, text: 'Lessons completed (%)', color: palette.text, font },
        },
        y: categoryAxis(palette, bars, labelBar),
      },
      plugins: {
        legend: { display: false },
        tooltip: barTooltip(palette, bars, (bar) => `${bar.percent} %: ${bar.statusText}`),
      },
    },
  };
}
