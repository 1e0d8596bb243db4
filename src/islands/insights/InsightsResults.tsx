import type { ReactNode } from 'react';
import type { InsightsCharts } from '../../lib/insights-page/insights-charts';
import type { Insights } from '../../lib/insights/insights';
import { InsightsSection } from './InsightsSection';
import type { Loaded } from './use-insights-worker';

interface Props {
  loaded: Loaded;
  charts: InsightsCharts;
  /** The CSV file name of the table with this id. */
  fileName(tableId: string): string;
  onDownloaded(message: string): void;
}

/** Refused files as a list (the reasons are sentences, too long for a table's cells). */
function RefusedList({ files }: { files: Insights['files'] }) {
  return (
    <>
      <p>
        These files were not counted. Ask the member for a new export if the figures need theirs.
      </p>
      <ul className="insights-refused">
        {files.refused.map((file, index) => (
          <li key={`${file.name}-${index}`}>
            <strong>{file.name}</strong>: {file.message}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The headline, notes on counted files, then one section per table of the insights. */
export function InsightsResults({ loaded, charts, fileName, onDownloaded }: Props) {
  const { insights, tables } = loaded;
  const { files } = insights;
  const replacements: Record<string, ReactNode> = {
    refused: files.refused.length > 0 ? <RefusedList files={files} /> : undefined,
  };
  return (
    <div className="insights-results">
      <h2>Results</h2>
      <p className="progress-headline insights-headline">{insights.headline}</p>
      {files.warnings.length > 0 && (
        <section aria-labelledby="insights-warnings">
          <h3 id="insights-warnings">Files counted with a note</h3>
          <ul className="insights-refused">
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
        >
          {replacements[table.id]}
        </InsightsSection>
      ))}
    </div>
  );
}
