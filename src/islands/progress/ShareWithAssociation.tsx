import { useState } from 'react';
import { isRecordEmpty } from '../../lib/charts/progress-summary';
import type { LearnerRecord } from '../../lib/record/learner-record';
import type { StorageStatus } from '../../stores/learner';
import { buildShareExport, describeShare, shareFileName } from '../../lib/record/share-record';
import { downloadFile } from './download-file';
import type { ProgressData } from './progress-data';

interface Props {
  data: ProgressData;
  record: LearnerRecord | null;
  status: StorageStatus;
  formatDate: (iso: string) => string;
}

/**
 * "Share with my association": the learner picks what to leave out, sees exactly what the file will
 * hold, and downloads it. Micropath sends nothing; where site.yaml says how to hand the file in, the
 * section links to it (a mail address or a form), and the download is announced with that step.
 */
export function ShareWithAssociation({ data, record, status, formatDate }: Props) {
  const [omitComments, setOmitComments] = useState(true);
  const [replaceLearnerId, setReplaceLearnerId] = useState(true);
  // Counted so each download puts a new node in the live region: the same text again is announced.
  const [notice, setNotice] = useState({ text: '', count: 0 });
  const { site, sharing } = data;
  const association = site.organisation || 'your association';
  const context = (now: string) => ({
    siteId: site.id,
    siteUrl: site.url,
    contentVersion: site.contentVersion,
    now,
  });
  const options = { omitComments, replaceLearnerId };
  const empty = record !== null && isRecordEmpty(record);
  // The association keeps a member's latest share: one made from what this page holds, beside a
  // record a newer version saved and this page cannot read, would replace a fuller one.
  const unreadable = status.problem === 'newer-version';
  const off = !record || empty || unreadable;
  const submit = sharing.email
    ? `email it to ${sharing.email}`
    : sharing.url
      ? `upload it at ${sharing.url}`
      : `give it to ${association} the way they asked`;

  const download = () => {
    if (!record || unreadable) return;
    const now = new Date().toISOString();
    const name = shareFileName(site.id, now);
    const file = buildShareExport(record, context(now), options);
    downloadFile(name, `${JSON.stringify(file, null, 2)}\n`);
    setNotice(({ count }) => ({
      text: `The file ${name} was downloaded. To share it, ${submit}.`,
      count: count + 1,
    }));
  };

  return (
    <section aria-labelledby="share-heading" className="data-controls share">
      <h2 id="share-heading">Share with my association</h2>
      <p className="prose">
        {site.organisation || 'Your association'} can learn from its members’ progress: which
        competencies they master, where they stumble. Download a copy of your progress made for
        sharing, then hand it in yourself: Micropath sends nothing anywhere.
      </p>
      {sharing.note && <p className="prose share-note">{sharing.note}</p>}

      <div className="data-control">
        <fieldset className="share-options" disabled={off}>
          <legend>What to leave out</legend>
          <label>
            <input
              type="checkbox"
              checked={omitComments}
              onChange={(event) => setOmitComments(event.currentTarget.checked)}
            />
            Leave out my comments
          </label>
          <label>
            <input
              type="checkbox"
              checked={replaceLearnerId}
              aria-describedby="share-pseudonym-hint"
              onChange={(event) => setReplaceLearnerId(event.currentTarget.checked)}
            />
            Replace my learner id
          </label>
          <p id="share-pseudonym-hint" className="muted">
            A pseudonym takes its place: made from your id, it cannot be turned back into it, and it
            is the same each time you share from this site, so a new share replaces your last one.
          </p>
        </fieldset>

        <h3 id="share-contents-heading">What the file contains</h3>
        {unreadable ? (
          <p>
            Your saved progress was written by a newer version of this site, which this page cannot
            read, so it cannot be shared from here. Reload the page to get the newer version, then
            share.
          </p>
        ) : record === null ? (
          <p className="progress-placeholder" aria-busy="true">
            Reading your progress from this browser…
          </p>
        ) : empty ? (
          <p>Nothing is recorded in this browser yet, so there is nothing to share.</p>
        ) : (
          <ul aria-labelledby="share-contents-heading" className="share-contents">
            {describeShare(
              buildShareExport(record, context(new Date().toISOString()), options),
              record,
              formatDate,
            ).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}

        <button type="button" onClick={download} disabled={off}>
          Download file to share
        </button>
        <div role="status" className="share-status">
          {notice.text && <p key={notice.count}>{notice.text}</p>}
        </div>

        {(sharing.email || sharing.url) && (
          <>
            <h3>How to hand it in</h3>
            <ul>
              {sharing.email && (
                <li>
                  Email the file to <a href={`mailto:${sharing.email}`}>{sharing.email}</a>.
                </li>
              )}
              {sharing.url && (
                <li>
                  Upload it at <a href={sharing.url}>{sharing.url}</a>.
                </li>
              )}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
