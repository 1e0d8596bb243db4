import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';
import { readChartPalette, type ChartPalette } from '../../lib/charts/chart-palette';

type BarChart = Chart<'bar', number[], string[]>;

/** Builds a chart's configuration from its data, the page's palette and motion preference. */
export type BuildBarChart<T> = (
  data: T,
  palette: ChartPalette,
  options: { reducedMotion: boolean },
) => ChartConfiguration<'bar', number[], string[]>;

/**
 * Draws a bar chart of `data` on the returned canvas. Chart.js loads in its own chunk (only the
 * parts chart-setup registers); colours come from the page's CSS custom properties and are read
 * again whenever the theme changes (the toggle's `data-theme`, or the system scheme) or the
 * motion preference does; new data updates the drawn chart in place.
 */
export function useBarChart<T>(data: T, build: BuildBarChart<T>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<BarChart | null>(null);
  const latest = useRef({ data, build });
  latest.current = { data, build };

  const configure = () => {
    const style = getComputedStyle(document.documentElement);
    return latest.current.build(
      latest.current.data,
      readChartPalette((property) => style.getPropertyValue(property)),
      { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches },
    );
  };
  /** Puts new figures or colours into the drawn chart; `mode: 'none'` redraws without animation. */
  const refresh = (mode?: 'none') => {
    if (!chart.current) return;
    const next = configure();
    chart.current.data = next.data;
    chart.current.options = next.options ?? {};
    chart.current.update(mode);
  };

  useEffect(() => {
    let cancelled = false;
    const darkScheme = matchMedia('(prefers-color-scheme: dark)');
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
    const retheme = () => refresh('none');
    import('./chart-setup').then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart.current = new Chart(canvas.current, configure()) as BarChart;
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

  // New figures: updated in place, animated unless motion is reduced.
  useEffect(() => refresh(), [data]);

  return canvas;
}
