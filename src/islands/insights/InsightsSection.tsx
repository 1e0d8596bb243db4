import type { ReactNode } from 'react';
import type { InsightsChart as InsightsChartData } from '../../lib/charts/insights-chart-config';
import { formatCsv, type InsightsTable } from '../../lib/insights/insights-tables';
import { downloadFile } from '../progress/download-file';
import { InsightsChart } from './InsightsChart';
import { InsightsTableView } from './InsightsTableView';

interface Props {
  table: InsightsTable;
  chart?: InsightsChartData;
  /** The CSV's file name. */
  fileName: string;
  /** Tells the page the download started, for its live region. */
  onDownloaded(message: string): void;
  /** Shown instead of the table, when a list reads better (the CSV still has the table). */
  children?: ReactNode;
}

/**
 * One section of the results: its heading, a chart where one helps, the data table (which
 * scrolls sideways on its own) and a CSV download of exactly that table.
 */
export function InsightsSection({ table, chart, fileName, onDownloaded, children }: Props) {
  const headingId = `insights-${table.id}`;
  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{table.caption}</h3>
      {chart && chart.bars.length > 0 && <InsightsChart chart={chart} />}
      {children ??
        (table.rows.length === 0 ? (
          <p>None in the files loaded.</p>
        ) : (
          <InsightsTableView table={table} />
        ))}
      <button
        type="button"
        className="secondary"
        aria-label={`Download CSV: ${table.caption}`}
        onClick={() => {
          downloadFile(fileName, formatCsv(table), 'text/csv;charset=utf-8');
          onDownloaded(`The table "${table.caption}" was downloaded as ${fileName}.`);
        }}
      >
        Download CSV
      </button>
    </section>
  );
}
