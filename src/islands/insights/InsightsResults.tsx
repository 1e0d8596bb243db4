import type { ReactNode } from 'react';
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

/** Files by name, each with a sentence about it (the reason it was refused, or a note). */
function FileList({ items }: { items: readonly { name: string; message: string }[] }) {
  return (
    <ul className="insights-files">
      {items.map((item, index) => (
        <li key={`${item.name}-${index}`}>
          <strong>{item.name}</strong>: {item.message}
        </li>
      ))}
    </ul>
  );
}

/** The headline, notes on counted files, then one section per table of the insights. */
export function InsightsResults({ loaded, charts, fileName, onDownloaded }: Props) {
  const { insights, tables } = loaded;
  const { files } = insights;
  const replacements: Record<string, ReactNode> = {
    // Refused files as a list: the reasons are sentences, too long for a table's cells.
    refused:
      files.refused.length > 0 ? (
        <>
          <p>
            These files were not counted. Ask the member for a new export if the figures need
            theirs.
          </p>
          <FileList items={files.refused} />
        </>
      ) : undefined,
  };
  return (
    <div className="insights-results">
      <h2>Results</h2>
      <p className="progress-headline insights-headline">{insights.headline}</p>
      {files.warnings.length > 0 && (
        <section aria-labelledby="insights-warnings">
          <h3 id="insights-warnings">Files counted with a note</h3>
          <FileList items={files.warnings} />
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
