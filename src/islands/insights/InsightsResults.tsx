import type { InsightsCharts } from '../../lib/insights-page/insights-charts';
import { InsightsSection } from './InsightsSection';
import type { Loaded } from './use-insights-worker';

interface Props {
  loaded: Loaded;
  charts: InsightsCharts;
  /** The CSV file name of the table with this id. */
  fileName(tableId: string): string;
  onDownloaded(message: string): void;
}

/** The headline, the files left out and why, then one section per table of the insights. */
export function InsightsResults({ loaded, charts, fileName, onDownloaded }: Props) {
  const { insights, tables } = loaded;
  const { files } = insights;
  return (
    <div className="insights-results">
      <h2>Results</h2>
      <p className="progress-headline insights-headline">{insights.headline}</p>
      <ul className="progress-facts">
        <li>
          <strong>{insights.members}</strong> {insights.members === 1 ? 'member' : 'members'}
        </li>
        <li>
          <strong>{files.read}</strong> files read
        </li>
        <li>
          <strong>{files.accepted}</strong> accepted
        </li>
        <li>
          <strong>{files.duplicates}</strong> older exports of the same members left out
        </li>
        <li>
          <strong>{files.refused.length}</strong> refused
        </li>
      </ul>
      {files.refused.length > 0 && (
        <section aria-labelledby="insights-refused">
          <h3 id="insights-refused">Files refused</h3>
          <p>These files were not counted. Ask the member for a new export if the figures need theirs.</p>
          <ul className="insights-refused">
            {files.refused.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                <strong>{file.name}</strong>: {file.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {files.warnings.length > 0 && (
        <section aria-labelledby="insights-warnings">
          <h3 id="insights-warnings">Files counted with a note</h3>
          <ul>
            {files.warnings.map((warning, index) => (
              <li key={`${warning.name}-${index}`}>
                <strong>{warning.name}</strong>: {warning.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {tables.map((table) => (
        <InsightsSection
          key={table.id}
          table={table}
          chart={charts[table.id as keyof InsightsCharts]}
          fileName={fileName(table.id)}
          onDownloaded={onDownloaded}
        />
      ))}
    </div>
  );
}
