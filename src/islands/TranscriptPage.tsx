import { useEffect, useMemo, useState } from 'react';
import { isRecordEmpty } from '../lib/charts/progress-summary';
import { buildTranscript } from '../lib/record/build-transcript';
import { createDateFormatter } from '../lib/record/create-date-formatter';
import type { TranscriptData } from './transcript/transcript-data';
import { StorageNotice } from './StorageNotice';
import { TranscriptTables } from './transcript/TranscriptTables';
import { useLearner } from './use-learner';

/**
 * The printable transcript on /progress/transcript/. The learner's name is typed here and kept in
 * this page only: the record has no name on purpose (exports and shares carry none), and a name
 * stored beside it would outlive a reset and need its own storage faults handled.
 */
export default function TranscriptPage({ data }: { data: TranscriptData }) {
  const { record, status } = useLearner(data.site.id);
  const [name, setName] = useState('');
  // The moment the transcript is printed; read after mounting so the server never guesses it.
  const [now, setNow] = useState<string | null>(null);
  useEffect(() => {
    setNow(new Date().toISOString());
    const onBeforePrint = () => setNow(new Date().toISOString());
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  const formatDate = useMemo(() => createDateFormatter(data.site.locale), [data.site.locale]);
  const transcript = useMemo(
    () => (record && now ? buildTranscript(record, data, now) : null),
    [record, now, data],
  );
  const { site } = data;
  // A record saved by a newer version is kept but unreadable here: printing what this page holds would understate it.
  const unreadable = status.problem === 'newer-version';

  return (
    <>
      <StorageNotice status={status} progressHref={`${data.progressHref}#export`} />
      <div className="transcript-controls no-print">
        <label htmlFor="transcript-name">Your name, as it should appear on the transcript</label>
        <input
          id="transcript-name"
          type="text"
          autoComplete="name"
          maxLength={120}
          value={name}
          aria-describedby="transcript-name-hint"
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <p id="transcript-name-hint" className="muted">
          Kept on this page only: your name is not saved in this browser, exported or shared.
        </p>
        <div className="button-row">
          <button type="button" onClick={() => window.print()} disabled={!transcript || unreadable}>
            Print
          </button>
          <a className="button secondary" href={data.progressHref}>
            Back to your progress
          </a>
        </div>
      </div>

      <article className="transcript" aria-labelledby="transcript-heading">
        <header className="transcript-header">
          <h2 id="transcript-heading">
            Transcript of{' '}
            {name.trim() ? (
              <span className="transcript-name">{name.trim()}</span>
            ) : (
              'a learner (no name given)'
            )}
          </h2>
          <p>
            {site.title}
            {site.organisation && <> · {site.organisation}</>}
            {site.url && <> · {site.url}</>}
          </p>
          {now && (
            <p>
              Printed <time dateTime={now}>{formatDate(now)}</time>
            </p>
          )}
        </header>
        {unreadable ? (
          <p>
            Your saved progress was written by a newer version of this site, so this page cannot
            show it. Reload the page to get the newer version, then print.
          </p>
        ) : !transcript || !record ? (
          <p className="progress-placeholder" aria-busy="true">
            Reading your progress from this browser…
          </p>
        ) : (
          <>
            {isRecordEmpty(record) && (
              <p>
                Nothing is recorded in this browser yet: complete lessons and pass quizzes, then
                print.
              </p>
            )}
            <TranscriptTables transcript={transcript} formatDate={formatDate} />
          </>
        )}
        <p className="transcript-disclaimer">
          Self-reported from this browser: Micropath has no accounts, so no one has verified this
          transcript.
        </p>
      </article>
    </>
  );
}
