import type { TooltipItem } from 'chart.js';
import type { ChartPalette } from './chart-palette';

/** The colours and font the shared parts use; both the mastery and the coverage palettes have them. */
type PartsPalette = Pick<ChartPalette, 'text' | 'grid' | 'background' | 'font'>;

/** The font every chart uses, from the page's own font stack. */
export function chartFont(palette: PartsPalette) {
  return { family: palette.font, size: 13 };
}

/**
 * The category axis of a horizontal bar chart: every bar labelled (no skipping), each label (one
 * line or several) fitted to the chart's width by `label`.
 */
export function categoryAxis<T>(palette: PartsPalette, bars: readonly T[], label: (bar: T, width: number) => string | string[]) {
  return {
    ticks: {
      color: palette.text,
      font: chartFont(palette),
      autoSkip: false,
      callback(this: { chart: { width: number } }, _value: unknown, index: number) {
        const bar = bars[index];
        return bar ? label(bar, this.chart.width) : '';
      },
    },
    grid: { display: false },
    border: { color: palette.grid },
  };
}

/** A tooltip in the page's colours (inverted), titled with the bar's label and described by `describe`. */
export function barTooltip<T extends { label: string }>(palette: PartsPalette, bars: readonly T[], describe: (bar: T) => string) {
  const font = chartFont(palette);
  return {
    backgroundColor: palette.text,
    titleColor: palette.background,
    bodyColor: palette.background,
    titleFont: font,
    bodyFont: font,
    displayColors: false,
    callbacks: {
      title: (items: TooltipItem<'bar'>[]) => bars[items[0]?.dataIndex ?? 0]?.label ?? '',
      label: (item: TooltipItem<'bar'>) => {
        const bar = bars[item.dataIndex];
        return bar ? describe(bar) : '';
      },
    },
  };
}

/**
 * The layout every bar chart on the site shares: horizontal bars filling a box of fixed height
 * (`maintainAspectRatio: false`), drawn without animation when the reader prefers reduced motion.
 */
export function horizontalBarLayout(options: { reducedMotion: boolean }) {
  return {
    indexAxis: 'y' as const,
    responsive: true,
    maintainAspectRatio: false,
    animation: options.reducedMotion ? (false as const) : { duration: 400 },
  };
}
