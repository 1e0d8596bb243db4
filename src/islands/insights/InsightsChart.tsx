import {
  buildInsightsChartConfig,
  insightsChartHeight,
  type InsightsChart as InsightsChartData,
} from '../../lib/charts/insights-chart-config';
import { useBarChart } from '../progress/use-bar-chart';

/**
 * One section's bar chart (see useBarChart: its own Chart.js chunk, the page's colours in either
 * theme) in a box of fixed height. The table beside it carries the same figures, which the text
 * alternative says.
 */
export function InsightsChart({ chart }: { chart: InsightsChartData }) {
  const canvas = useBarChart(chart, buildInsightsChartConfig);
  return (
    <div className="chart-box" style={{ height: `${insightsChartHeight(chart.bars.length)}px` }}>
      <canvas ref={canvas} role="img" aria-label={chart.description} />
    </div>
  );
}
