import { buildMasteryChartConfig, chartHeight } from '../../lib/charts/mastery-chart-config';
import type { MasteryBar } from '../../lib/charts/mastery-series';
import { useBarChart } from './use-bar-chart';

/**
 * The mastery bar chart (see useBarChart: its own Chart.js chunk, the page's colours in either
 * theme); the box has a fixed height, so the chart never changes size on its own. The table
 * beside it carries the same figures.
 */
export function MasteryChart({ bars }: { bars: MasteryBar[] }) {
  const canvas = useBarChart(bars, buildMasteryChartConfig);
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
