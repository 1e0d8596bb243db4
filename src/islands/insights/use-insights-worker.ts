import { useEffect, useRef, useState } from 'react';
import type { Insights } from '../../lib/insights/insights';
import type { InsightsTable } from '../../lib/insights/insights-tables';
import { describeRun } from '../../lib/insights-page/describe-run';
import { describeReadStart, findMilestone } from '../../lib/insights-page/read-progress';
import { describeReadProgress } from '../../lib/insights/describe-read-progress';
import type { FromWorker, ToWorker } from './insights-messages';

/** File handles per message to the worker. */
const POST_CHUNK = 250;

/** A run of the worker in progress. */
export interface Reading {
  run: number;
  read: number;
  total: number;
}

/** The aggregate of every file loaded so far. */
export interface Loaded {
  insights: Insights;
  tables: InsightsTable[];
}

/** What the page shows of the worker, and what it can ask of it. */
export interface InsightsWorker {
  /** True once mounted: the controls work from then on. */
  ready: boolean;
  reading: Reading | null;
  loaded: Loaded | null;
  /** The last outcome in a sentence, for the polite live region. */
  announcement: string;
  /** Why the last run failed, for the alert region. */
  failure: string;
  /** Grow with every announcement and failure, even a repeated one: keys that make screen readers say it again. */
  said: { announcement: number; failure: number };
  /** Reads `files` and adds them to what is loaded; `note` is announced with the outcome. */
  add(files: File[], note?: string): void;
  /** Announces something the page did (a download). */
  announce(text: string): void;
  /** Shows why something could not be done, in the alert region. */
  fail(message: string): void;
  cancel(): void;
  clear(): void;
}

/**
 * Runs the aggregation in a Web Worker, started on the first files so an empty page costs
 * nothing. Progress updates the bar on every message but is announced only at each quarter.
 */
export function useInsightsWorker(modelUrl: string): InsightsWorker {
  const [ready, setReady] = useState(false);
  const [reading, setReading] = useState<Reading | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [announcement, setAnnouncementText] = useState('');
  const [failure, setFailureText] = useState('');
  const [said, setSaid] = useState({ announcement: 0, failure: 0 });
  const setAnnouncement = (text: string) => {
    setAnnouncementText(text);
    setSaid((count) => ({ ...count, announcement: count.announcement + 1 }));
  };
  const setFailure = (text: string) => {
    setFailureText(text);
    setSaid((count) => ({ ...count, failure: count.failure + 1 }));
  };
  const worker = useRef<Worker | null>(null);
  const runs = useRef(0);
  const milestone = useRef(0);
  const notes = useRef(new Map<number, string>());
  /** Runs the worker has not finished: files added during a run queue behind it as a new run. */
  const unfinished = useRef(new Set<number>());

  useEffect(() => {
    setReady(true);
    return () => worker.current?.terminate();
  }, []);

  const onMessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type !== 'progress') unfinished.current.delete(data.run);
    if (data.run !== runs.current) return;
    if (data.type === 'progress') {
      setReading({ run: data.run, read: data.read, total: data.total });
      const reached = findMilestone(data.read, data.total);
      if (reached > milestone.current) {
        milestone.current = reached;
        setAnnouncement(describeReadProgress(data.read, data.total));
      }
      return;
    }
    setReading(null);
    if (data.type === 'failed') {
      setAnnouncement('');
      setFailure(data.message);
      return;
    }
    if (data.problem) setFailure(data.problem);
    setLoaded({ insights: data.insights, tables: data.tables });
    setAnnouncement(
      [describeRun(data, data.insights), notes.current.get(data.run)].filter(Boolean).join(' '),
    );
    notes.current.delete(data.run);
  };

  const stopped = useRef(new Set<number>());
  /** Stops every run still going, not only the newest: an earlier one would go on unseen. */
  const stopAll = () => {
    for (const run of unfinished.current) {
      stopped.current.add(run);
      post({ type: 'cancel', run });
    }
  };

  const post = (message: ToWorker) => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./insights-worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.current.addEventListener('message', onMessage);
    }
    worker.current.postMessage(message);
  };

  return {
    ready,
    reading,
    loaded,
    announcement,
    failure,
    said,
    add(files, note) {
      if (files.length === 0) {
        if (note) setAnnouncement(note);
        return;
      }
      const run = ++runs.current;
      unfinished.current.add(run);
      milestone.current = 0;
      if (note) notes.current.set(run, note);
      setFailure('');
      setReading({ run, read: 0, total: files.length });
      setAnnouncement(describeReadStart(files.length));
      const now = new Date().toISOString();
      // Posting copies each File handle on this thread: a few hundred at a time, one task each,
      // so thousands never hold up the page (5,000 at once took about a second).
      const send = (from: number) => {
        if (stopped.current.has(run)) return;
        const chunk = files.slice(from, from + POST_CHUNK);
        post({ type: 'add', run, total: files.length, files: chunk, modelUrl, now });
        if (from + POST_CHUNK < files.length) setTimeout(() => send(from + POST_CHUNK), 0);
      };
      send(0);
    },
    announce: setAnnouncement,
    fail: setFailure,
    cancel() {
      if (reading) stopAll();
    },
    clear() {
      stopAll();
      runs.current++;
      setReading(null);
      setLoaded(null);
      setFailure('');
      setAnnouncement('Cleared. No file is loaded; choose or drop files to start again.');
      if (worker.current) post({ type: 'clear' });
    },
  };
}
