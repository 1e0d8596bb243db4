import type { InsightsChart as InsightsChartData } from '../../lib/charts/insights-chart-config';
import { formatCsv, type InsightsTable } from '../../lib/insights/insights-tables';
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
}

/**
 * One section of the results: its heading, a chart where one helps, the data table (which
 * scrolls sideways on its own) and a CSV download of exactly that table.
 */
export function InsightsSection({ table, chart, fileName, onDownloaded }: Props) {
  const headingId = `insights-${table.id}`;
  const captionId = `insights-${table.id}-caption`;
  const numeric = table.columns.map((column) => column.kind !== 'text');
  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{table.caption}</h3>
      {chart && chart.bars.length > 0 && <InsightsChart chart={chart} />}
      {table.rows.length === 0 ? (
        <p>Nothing to show here in the files loaded.</p>
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
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={column} className={numeric[column] ? 'number' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
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
