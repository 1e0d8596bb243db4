import type { Chart } from 'chart.js';
import { useEffect, useRef } from 'react';
import { readChartPalette } from '../../lib/charts/chart-palette';
import { buildMasteryChartConfig, chartHeight } from '../../lib/charts/mastery-chart-config';
import type { MasteryBar } from '../../lib/charts/mastery-series';

type MasteryChartInstance = Chart<'bar', number[], string[]>;

/** The chart's configuration in the page's current theme and motion preference. */
function configure(bars: readonly MasteryBar[]) {
  const style = getComputedStyle(document.documentElement);
  return buildMasteryChartConfig(
    bars,
    readChartPalette((property) => style.getPropertyValue(property)),
    { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches },
  );
}

/** Puts new figures or colours into a drawn chart; `mode: 'none'` redraws without animation. */
function refresh(chart: MasteryChartInstance, bars: readonly MasteryBar[], mode?: 'none') {
  const next = configure(bars);
  chart.data = next.data;
  chart.options = next.options ?? {};
  chart.update(mode);
}

/**
 * The mastery bar chart. Chart.js loads only when there is something to chart (its own chunk);
 * colours come from the page's CSS custom properties and are read again whenever the theme
 * changes (the toggle's `data-theme`, or the system scheme); the box has a fixed height, so the
 * chart never changes size on its own. The table beside it carries the same figures.
 */
export function MasteryChart({ bars }: { bars: MasteryBar[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<MasteryChartInstance | null>(null);
  const latest = useRef(bars);
  latest.current = bars;

  useEffect(() => {
    let cancelled = false;
    const darkScheme = matchMedia('(prefers-color-scheme: dark)');
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
    const retheme = () => {
      if (chart.current) refresh(chart.current, latest.current, 'none');
    };
    import('./chart-setup').then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart.current = new Chart(canvas.current, configure(latest.current)) as MasteryChartInstance;
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
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  // New figures (another tab, an import, an undo): updated in place, animated unless motion is reduced.
  useEffect(() => {
    if (chart.current) refresh(chart.current, bars);
  }, [bars]);

  return (
    <div className="chart-box" style={{ height: `${chartHeight(bars.length)}px` }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label="Bar chart of the lessons completed per competency, in percent. The table below gives the same figures."
      />
    </div>
  );
}
