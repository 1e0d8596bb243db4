import { useState } from 'react';
import { formatCount } from '../../lib/insights/format-count';
import { formatInsightsCell, NO_DATA, type InsightsCell, type ColumnKind, type InsightsTable } from '../../lib/insights/insights-tables';
import { TableScroll } from '../progress/TableScroll';

/**
 * Rows drawn at first: thousands of comments or questions would block the page while they are
 * drawn, and nobody reads them all on screen. The CSV download always has every row.
 */
export const FIRST_ROWS = 100;

/** A table of the insights, in a region that scrolls sideways on its own, named by its caption. */
export function InsightsTableView({ table }: { table: InsightsTable }) {
  const [showAll, setShowAll] = useState(false);
  const captionId = `insights-${table.id}-caption`;
  const rows = showAll ? table.rows : table.rows.slice(0, FIRST_ROWS);
  return (
    <>
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
            {rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => {
                  const { kind } = table.columns[column]!;
                  return column === 0 ? (
                    <th key={column} scope="row">
                      <CellText kind={kind} cell={cell} />
                    </th>
                  ) : (
                    <td key={column} className={kind === 'text' ? undefined : 'number'}>
                      <CellText kind={kind} cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rows.length < table.rows.length && (
        <p>
          The first {formatCount(rows.length)} of {formatCount(table.rows.length)} rows are shown;
          the CSV download has them all.{' '}
          <button type="button" className="secondary" onClick={() => setShowAll(true)}>
            Show all {formatCount(table.rows.length)} rows
          </button>
        </p>
      )}
    </>
  );
}

/** A cell's text; a figure with no data shows a dash and is read out as "no data". */
function CellText({ kind, cell }: { kind: ColumnKind; cell: InsightsCell }) {
  if (cell !== '') return <>{formatInsightsCell(kind, cell)}</>;
  return (
    <>
      <span aria-hidden="true">{NO_DATA}</span>
      <span className="visually-hidden">no data</span>
    </>
  );
}
