// The /insights/ page's worker: reads the files it is sent, adds them to one aggregator in
// batches and reports progress, so thousands of files never block the page. It keeps only the
// aggregator's compact per-learner summary between runs, never the files.
import { createAggregator } from '../../lib/insights/aggregate-exports';
import type { InsightsModel } from '../../lib/insights/insights-model';
import { buildInsightsTables } from '../../lib/insights/insights-tables';
import { readFileBytes } from '../progress/read-import-file';
import type { FromWorker, ToWorker } from './insights-messages';

/** Files read at once; between batches the worker yields, so a Cancel is heard. */
const BATCH_SIZE = 25;
/** At most one progress message per this many milliseconds (and one at the end). */
const PROGRESS_INTERVAL_MS = 100;

type Aggregator = ReturnType<typeof createAggregator>;

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

let modelPromise: Promise<InsightsModel> | undefined;
let aggregator: Aggregator | undefined;
const cancelled = new Set<number>();
/** Runs wait for the one before, so files are added in the order they were given. */
let queue: Promise<void> = Promise.resolve();

/** The portal's aggregation model, fetched once from this origin. */
function loadModel(url: string): Promise<InsightsModel> {
  modelPromise ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
    return (await response.json()) as InsightsModel;
  });
  modelPromise.catch(() => (modelPromise = undefined));
  return modelPromise;
}

/** Gives the event loop a turn, so messages (a Cancel) are received between batches. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function addFiles({ run, files, modelUrl, now }: Extract<ToWorker, { type: 'add' }>) {
  let model: InsightsModel;
  try {
    model = await loadModel(modelUrl);
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      run,
      message: `The portal's list of competencies and questions could not be loaded (${(error as Error).message}), so no file was read. Reload the page and try again; if it keeps happening, the site needs rebuilding.`,
    });
    return;
  }
  const target = (aggregator ??= createAggregator(model, { now }));
  const total = files.length;
  let read = 0;
  let reported = 0;
  while (read < total && !cancelled.has(run)) {
    const batch = files.slice(read, read + BATCH_SIZE);
    const contents = await Promise.all(batch.map((file) => readFileBytes(file)));
    batch.forEach((file, index) => {
      target.add({ name: file.webkitRelativePath || file.name, bytes: contents[index]! });
    });
    read += batch.length;
    if (Date.now() - reported >= PROGRESS_INTERVAL_MS && read < total) {
      reported = Date.now();
      scope.postMessage({ type: 'progress', run, read, total });
    }
    await yieldToEvents();
  }
  const insights = target.result();
  scope.postMessage({
    type: 'done',
    run,
    read,
    total,
    cancelled: read < total,
    insights,
    tables: buildInsightsTables(insights),
  });
  cancelled.delete(run);
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'cancel') cancelled.add(data.run);
  else if (data.type === 'clear') queue = queue.then(() => void (aggregator = undefined));
  else queue = queue.then(() => addFiles(data));
});
