import type { ReactNode } from 'react';
import type { InsightsChart as InsightsChartData } from '../../lib/charts/insights-chart-config';
import {
  formatCsv,
  formatInsightsCell,
  type InsightsTable,
} from '../../lib/insights/insights-tables';
import { downloadFile } from '../progress/download-file';
import { TableScroll } from '../progress/TableScroll';
import { InsightsChart } from './InsightsChart';

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
  const captionId = `insights-${table.id}-caption`;
  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{table.caption}</h3>
      {chart && chart.bars.length > 0 && <InsightsChart chart={chart} />}
      {children ??
        (table.rows.length === 0 ? (
          <p>None in the files loaded.</p>
        ) : (
          <TableScroll labelledBy={captionId}>
            <table className="insights-table">
              <caption id={captionId} className="visually-hidden">
                {table.caption}
              </caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column.header} scope="col">
                      {column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) => {
                      const { kind } = table.columns[column]!;
                      return column === 0 ? (
                        <th key={column} scope="row">
                          {formatInsightsCell(kind, cell)}
                        </th>
                      ) : (
                        <td key={column} className={kind === 'text' ? undefined : 'number'}>
                          {formatInsightsCell(kind, cell)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          downloadFile(fileName, formatCsv(table), 'text/csv;charset=utf-8');
          onDownloaded(`The table "${table.caption}" was downloaded as ${fileName}.`);
        }}
      >
        Download CSV<span className="visually-hidden">: {table.caption}</span>
      </button>
    </section>
  );
}
