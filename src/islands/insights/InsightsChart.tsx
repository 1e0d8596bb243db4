import type { Chart } from 'chart.js';
import { useEffect, useRef } from 'react';
import { readChartPalette } from '../../lib/charts/chart-palette';
import {
  buildInsightsChartConfig,
  insightsChartHeight,
  type InsightsChart as InsightsChartData,
} from '../../lib/charts/insights-chart-config';

type BarChart = Chart<'bar', number[], string[]>;

/** The chart's configuration in the page's current theme and motion preference. */
function configure(chart: InsightsChartData) {
  const style = getComputedStyle(document.documentElement);
  return buildInsightsChartConfig(
    chart,
    readChartPalette((property) => style.getPropertyValue(property)),
    { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches },
  );
}

/**
 * One section's bar chart. Chart.js loads in its own chunk (only the parts a bar chart draws);
 * colours are read again whenever the theme changes; the box has a fixed height. The table
 * beside it carries the same figures, which the text alternative says.
 */
export function InsightsChart({ chart }: { chart: InsightsChartData }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<BarChart | null>(null);
  const latest = useRef(chart);
  latest.current = chart;

  useEffect(() => {
    let cancelled = false;
    const darkScheme = matchMedia('(prefers-color-scheme: dark)');
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
    const redraw = (mode?: 'none') => {
      if (!drawn.current) return;
      const next = configure(latest.current);
      drawn.current.data = next.data;
      drawn.current.options = next.options ?? {};
      drawn.current.update(mode);
    };
    const retheme = () => redraw('none');
    import('../progress/chart-setup').then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      drawn.current = new Chart(canvas.current, configure(latest.current)) as BarChart;
    });
    const themeObserver = new MutationObserver(retheme);
    themeObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    darkScheme.addEventListener('change', retheme);
    reducedMotion.addEventListener('change', retheme);
    return () => {
      cancelled = true;
      themeObserver.disconnect();
      darkScheme.removeEventListener('change', retheme);
      reducedMotion.removeEventListener('change', retheme);
      drawn.current?.destroy();
      drawn.current = null;
    };
  }, []);

  // New files added: the same chart takes the new figures.
  useEffect(() => {
    if (!drawn.current) return;
    const next = configure(chart);
    drawn.current.data = next.data;
    drawn.current.options = next.options ?? {};
    drawn.current.update();
  }, [chart]);

  return (
    <div className="chart-box" style={{ height: `${insightsChartHeight(chart.bars.length)}px` }}>
      <canvas ref={canvas} role="img" aria-label={chart.description} />
    </div>
  );
}
