import type { MasteryBar } from '../../lib/charts/mastery-series';
import type { ProgressCompetency } from './progress-data';
import { TableScroll } from './TableScroll';

interface Props {
  bars: MasteryBar[];
  competencies: Record<string, ProgressCompetency>;
  /** Competencies that have a competency check. */
  hasCheck: (id: string) => boolean;
}

/** The chart's figures as a table, for screen readers and everyone: the per-competency status list. */
export function MasteryTable({ bars, competencies, hasCheck }: Props) {
  return (
    <TableScroll labelledBy="mastery-table-caption">
      <table className="mastery-table">
        <caption id="mastery-table-caption">Progress and status per competency</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Lessons completed</th>
            <th scope="col">Progress</th>
            <th scope="col">Status</th>
            <th scope="col">Competency check</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.id}>
              <th scope="row">
                <a href={competencies[bar.id]?.href}>{bar.label}</a>
              </th>
              <td>
                {bar.completed} of {bar.total}
              </td>
              <td>{bar.percent} %</td>
              <td>{bar.statusLabel}</td>
              <td>{describeCheck(bar, hasCheck(bar.id))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function describeCheck(bar: MasteryBar, hasCheck: boolean): string {
  if (!hasCheck) return 'None for this competency';
  if (bar.bestCheckPercent === undefined) return 'Not taken yet';
  return bar.status === 'mastered'
    ? `Passed (best score ${bar.bestCheckPercent} %)`
    : `Not passed yet (best score ${bar.bestCheckPercent} %)`;
}
