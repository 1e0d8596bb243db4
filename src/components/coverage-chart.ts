// Browser script of the /coverage/ page: draws the minutes-per-competency chart into a box the
// server rendered at its final size. The table on the page carries the same figures, so without
// JavaScript nothing is lost but the picture.
import type { Chart } from 'chart.js';
import {
  buildCoverageChartConfig,
  readCoveragePalette,
  type CoverageBar,
} from '../lib/coverage/coverage-chart';

type CoverageChart = Chart<'bar', number[], string[]>;

/** The data the server puts on the chart box. */
export interface CoverageChartData {
  bars: CoverageBar[];
  medianMinutes: number;
}

/** Replaces the box's fallback text with the chart, and redraws it whenever the theme changes. */
export async function mountCoverageChart(box: HTMLElement): Promise<void> {
  const data = JSON.parse(box.dataset.coverageChart ?? '{}') as CoverageChartData;
  if (!data.bars?.length) return;
  const root = document.documentElement;
  const darkScheme = matchMedia('(prefers-color-scheme: dark)');
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const configure = () => {
    const style = getComputedStyle(root);
    return buildCoverageChartConfig(
      data.bars,
      data.medianMinutes,
      readCoveragePalette((property) => style.getPropertyValue(property)),
      { reducedMotion: reducedMotion.matches },
    );
  };

  // The one module that registers Chart.js parts (only those a bar chart draws).
  const { Chart } = await import('../islands/progress/chart-setup');
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute(
    'aria-label',
    box.dataset.label ??
      'Bar chart of minutes per competency. The table below gives the same figures.',
  );
  box.replaceChildren(canvas);
  const chart = new Chart(canvas, configure()) as CoverageChart;

  const retheme = () => {
    const next = configure();
    chart.data = next.data;
    chart.options = next.options ?? {};
    chart.update('none');
  };
  new MutationObserver(retheme).observe(root, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
  darkScheme.addEventListener('change', retheme);
  reducedMotion.addEventListener('change', retheme);
}
