import { useEffect, useMemo, useRef } from 'react';
import { buildInsightsCharts } from '../lib/insights-page/insights-charts';
import { describeReadProgress } from '../lib/insights/describe-read-progress';
import { describeSkipped } from '../lib/insights-page/describe-skipped';
import { selectExportFiles } from '../lib/insights-page/select-export-files';
import { downloadFile } from './progress/download-file';
import { FileIntake } from './insights/FileIntake';
import { InsightsResults } from './insights/InsightsResults';
import { useInsightsWorker } from './insights/use-insights-worker';

interface Props {
  /** The portal's aggregation model (data/insights-model.json), fetched by the worker. */
  modelUrl: string;
  siteId: string;
}

/**
 * The staff page's island: file intake, the worker's progress with Cancel, and the results of
 * every file loaded so far. Nothing is stored: the figures live in this tab until Save summary.
 */
export default function InsightsPage({ modelUrl, siteId }: Props) {
  const worker = useInsightsWorker(modelUrl);
  const charts = useMemo(
    () => (worker.loaded ? buildInsightsCharts(worker.loaded.insights) : {}),
    [worker.loaded],
  );
  const { reading, loaded } = worker;
  // Cancel and Clear remove the button that was pressed: focus goes to the message saying what
  // happened, not back to the top of the page.
  const status = useRef<HTMLParagraphElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current || reading) return;
    refocus.current = false;
    status.current?.focus();
  });
  const stopping = (action: () => void) => () => {
    refocus.current = true;
    action();
  };

  const addFiles = (files: File[]) => {
    const { exports, skipped } = selectExportFiles(files);
    const note = describeSkipped(skipped.length, exports.length);
    if (exports.length === 0 && note) worker.fail(note);
    else worker.add(exports, note);
  };
  const day = () => new Date().toISOString().slice(0, 10);
  const saveSummary = () => {
    if (!loaded) return;
    const name = `micropath-insights-${siteId}-${day()}.json`;
    downloadFile(name, `${JSON.stringify(loaded.insights, null, 2)}\n`);
    worker.announce(
      `The summary was downloaded as ${name}. It holds the figures, not the members' files.`,
    );
  };

  return (
    <div className="insights">
      <h2>Load exports</h2>
      <FileIntake ready={worker.ready} onFiles={addFiles} onDropFailed={worker.fail} />
      {reading && (
        <div className="insights-reading">
          <label htmlFor="insights-progress">
            {describeReadProgress(reading.read, reading.total)}
          </label>
          <progress id="insights-progress" max={reading.total} value={reading.read} />
          <button type="button" className="secondary" onClick={stopping(worker.cancel)}>
            Cancel
          </button>
        </div>
      )}
      <div role="status" className="data-status insights-status">
        {worker.announcement && (
          <p key={worker.said.announcement} ref={status} tabIndex={-1}>
            {worker.announcement}
          </p>
        )}
      </div>
      <div role="alert">{worker.failure && (
          <p key={worker.said.failure} className="import-refusal">
            {worker.failure}
          </p>
        )}</div>
      {loaded && (
        <>
          <div className="button-row insights-actions">
            <button type="button" onClick={saveSummary}>
              Save summary
            </button>
            <button type="button" className="secondary" onClick={stopping(worker.clear)}>
              Clear
            </button>
          </div>
          <InsightsResults
            loaded={loaded}
            charts={charts}
            fileName={(table) => `micropath-insights-${siteId}-${table}-${day()}.csv`}
            onDownloaded={worker.announce}
          />
        </>
      )}
    </div>
  );
}
