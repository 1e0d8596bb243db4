import type { ChartConfiguration } from 'chart.js';
import { shortenText } from '../standards/shorten-text';
import { barTooltip, categoryAxis, chartFont, horizontalBarLayout } from './bar-chart-parts';
import type { ChartPalette } from './chart-palette';

/** One bar of an insights chart: a competency, a question or a month. */
export interface InsightsBar {
  /** "1.1 Text alternatives", a question's prompt, "2026-03". */
  label: string;
  /** A code or a shortened label, for narrow charts. */
  shortLabel: string;
  value: number;
  /** The value in words, shown beside the label (nothing depends on the bar's length alone). */
  valueText: string;
}

/** A horizontal bar chart of one insights section. */
export interface InsightsChart {
  /** The value axis' title, e.g. "Members who mastered it (%)". */
  axisTitle: string;
  /** The canvas' text alternative: what the chart shows, and that the table gives the figures. */
  description: string;
  bars: InsightsBar[];
  /** Fixed ends of the value axis (0–100 for rates); open when absent. */
  min?: number;
  max?: number;
  /** Appended to tick values: " %" for rates. */
  unit: string;
}

/** Height of one bar's row, and room for the axis, in CSS pixels: the box never jumps. */
const ROW_HEIGHT = 44;
const AXIS_HEIGHT = 64;
/** Below this chart width (CSS pixels) labels shrink to the short label and the value. */
export const NARROW_WIDTH = 560;
/** Longest label drawn on a wide chart, in characters: a long prompt ends with "…" (the table has it whole). */
const LABEL_CHARACTERS = 48;

/** The fixed height of an insights chart with `rows` bars, in CSS pixels. */
export function insightsChartHeight(rows: number): number {
  return Math.max(1, rows) * ROW_HEIGHT + AXIS_HEIGHT;
}

/** A bar's axis label: label and value; on a narrow chart the short label and value. */
export function labelInsightsBar(bar: InsightsBar, chartWidth: number): string[] {
  if (chartWidth < NARROW_WIDTH) return [bar.shortLabel, bar.valueText];
  return [shortenText(bar.label, LABEL_CHARACTERS), bar.valueText];
}

/**
 * A horizontal bar chart in the page's colours. Labels carry each value in words, so nothing
 * depends on colour or length; it fills a box of fixed height and draws without animation when
 * the reader prefers reduced motion.
 */
export function buildInsightsChartConfig(
  chart: InsightsChart,
  palette: ChartPalette,
  options: { reducedMotion: boolean },
): ChartConfiguration<'bar', number[], string[]> {
  const font = chartFont(palette);
  const { bars, unit } = chart;
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => labelInsightsBar(bar, Infinity)),
      datasets: [
        {
          label: chart.axisTitle,
          data: bars.map((bar) => bar.value),
          backgroundColor: palette.bar,
          borderWidth: 0,
          maxBarThickness: 22,
        },
      ],
    },
    options: {
      ...horizontalBarLayout(options),
      scales: {
        x: {
          ...(chart.min === undefined ? { beginAtZero: true } : { min: chart.min }),
          ...(chart.max === undefined ? {} : { max: chart.max }),
          ticks: { color: palette.muted, font, callback: (value) => `${value}${unit}` },
          grid: { color: palette.grid },
          border: { color: palette.grid },
          title: { display: true, text: chart.axisTitle, color: palette.text, font },
        },
        y: categoryAxis(palette, bars, labelInsightsBar),
      },
      plugins: {
        legend: { display: false },
        tooltip: barTooltip(palette, bars, (bar) => bar.valueText),
      },
    },
  };
}
