// The messages between the /insights/ page and its worker. File objects are handles, so posting
// thousands of them copies no bytes; the worker reads each one itself.
import type { Insights } from '../../lib/insights/insights';
import type { InsightsTable } from '../../lib/insights/insights-tables';

/** What the page asks of the worker. */
export type ToWorker =
  /**
   * Read these files and add them to what is loaded. `run` numbers the request; a run of `total`
   * files arrives in several messages, its files in order.
   */
  | { type: 'add'; run: number; total: number; files: File[]; modelUrl: string; now: string }
  /** Stop reading the files of `run`; what was read so far stays loaded. */
  | { type: 'cancel'; run: number }
  /** Forget every file loaded so far. */
  | { type: 'clear' };

/** What the worker tells the page. */
export type FromWorker =
  | { type: 'progress'; run: number; read: number; total: number }
  | {
      type: 'done';
      run: number;
      read: number;
      total: number;
      /** True when the run stopped before every file was read (Cancel, or `problem`). */
      cancelled: boolean;
      /** Why reading stopped early, when a file could not be read. */
      problem?: string;
      insights: Insights;
      tables: InsightsTable[];
    }
  /** The run could not start (the portal's data did not load); nothing was added. */
  | { type: 'failed'; run: number; message: string };
