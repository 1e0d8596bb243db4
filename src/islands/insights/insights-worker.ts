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
/** The files of each run received so far (a run arrives in several messages). */
const received = new Map<number, File[]>();
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

/** Reads and counts the files of one run, then posts the insights over everything loaded. */
async function addFiles(run: number, total: number, model: InsightsModel, now: string) {
  const target = (aggregator ??= createAggregator(model, { now }));
  const files = received.get(run) ?? [];
  let read = 0;
  let reported = 0;
  let problem: string | undefined;
  while (read < total && !cancelled.has(run)) {
    if (read >= files.length) {
      await yieldToEvents(); // the next files of this run are still on their way
      continue;
    }
    const batch = files.slice(read, read + BATCH_SIZE);
    let contents: Uint8Array[];
    try {
      contents = await Promise.all(batch.map((file) => readFileBytes(file)));
    } catch (error) {
      // A file removed or changed on disk after it was chosen cannot be read.
      problem = `Reading the files stopped after ${read} of ${total} (${(error as Error).message}). The figures below cover the files read before; choose the others again to add them.`;
      break;
    }
    batch.forEach((file, index) => {
      target.add({ name: file.webkitRelativePath || file.name, bytes: contents[index]!, size: file.size });
    });
    read += batch.length;
    if (Date.now() - reported >= PROGRESS_INTERVAL_MS && read < total) {
      reported = Date.now();
      scope.postMessage({ type: 'progress', run, read, total });
    }
    await yieldToEvents();
  }
  const insights = target.result();
  const tables = buildInsightsTables(insights);
  scope.postMessage({
    type: 'done',
    run,
    read,
    total,
    cancelled: read < total,
    insights,
    tables,
    ...(problem ? { problem } : {}),
  });
}

/** Runs one request; whatever goes wrong is told to the page, which never waits for nothing. */
async function runRequest({ run, total, modelUrl, now }: Extract<ToWorker, { type: 'add' }>) {
  try {
    await addFiles(run, total, await loadModel(modelUrl), now);
  } catch (error) {
    const message = `The portal's list of competencies and questions could not be loaded (${(error as Error).message}), so no file was read. Reload the page and try again; if it keeps happening, the site needs rebuilding.`;
    scope.postMessage({ type: 'failed', run, message });
  } finally {
    cancelled.delete(run);
    received.delete(run);
  }
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'cancel') cancelled.add(data.run);
  else if (data.type === 'clear') queue = queue.then(() => void (aggregator = undefined));
  else if (received.has(data.run)) received.get(data.run)!.push(...data.files);
  else {
    received.set(data.run, [...data.files]);
    queue = queue.then(() => runRequest(data));
  }
});
