import { useEffect, useRef, useState, type DragEvent } from 'react';
import { describeImport } from '../../lib/record/describe-import';
import { buildExport, exportFileName } from '../../lib/record/export-record';
import type { LearnerRecord } from '../../lib/record/learner-record';
import { restoreOwnLearnerId } from '../../lib/record/share-record';
import type { LearnerStore, StorageStatus } from '../../stores/learner';
import { downloadFile } from './download-file';
import { ImportReview, type PendingImport } from './ImportReview';
import type { ProgressData } from './progress-data';
import { readImportFile } from './read-import-file';
import { XapiExport } from './XapiExport';

interface Props {
  data: ProgressData;
  store: LearnerStore | null;
  record: LearnerRecord | null;
  status: StorageStatus;
  formatDate: (iso: string) => string;
}

/** The last thing done, announced politely, with an undo when it can be undone. */
interface Notice {
  text: string;
  undo?: () => void;
}

type Focus = 'review' | 'undo' | 'notice' | 'file' | 'reset-question' | 'reset-button';

/**
 * Export, import and reset. Nothing changes until the learner confirms; imports and resets can be
 * undone; every outcome is announced in one live region and focus lands on what comes next.
 */
export function DataControls({ data, store, record, status, formatDate }: Props) {
  const [notice, setShownNotice] = useState<Notice | null>(null);
  // Counted so each notice is a new node in the live region: the same text again is announced.
  const [noticeCount, setNoticeCount] = useState(0);
  const setNotice = (next: Notice | null) => {
    setShownNotice(next);
    setNoticeCount((count) => count + 1);
  };
  const [refusal, setRefusal] = useState('');
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [dragging, setDragging] = useState(false);
  const focusNext = useRef<Focus | null>(null);
  const targets = {
    review: useRef<HTMLHeadingElement>(null),
    undo: useRef<HTMLButtonElement>(null),
    notice: useRef<HTMLParagraphElement>(null),
    file: useRef<HTMLInputElement>(null),
    'reset-question': useRef<HTMLParagraphElement>(null),
    'reset-button': useRef<HTMLButtonElement>(null),
  };
  useEffect(() => {
    if (!focusNext.current) return;
    targets[focusNext.current].current?.focus();
    focusNext.current = null;
  });

  const ready = store !== null && record !== null;
  // Storage is not keeping what this page holds (blocked, full, or a newer record it must not overwrite).
  const atRisk = status.problem !== undefined && status.problem !== 'corrupt';
  const { site } = data;
  const titles = {
    competencies: Object.fromEntries(
      data.competencies.map((competency) => [competency.id, competency.title]),
    ),
    certifications: Object.fromEntries(
      data.certifications.map((certification) => [certification.id, certification.title]),
    ),
  };
  const announce = (next: Notice, focus: Focus) => {
    setNotice(next);
    focusNext.current = focus;
  };

  const exportRecord = () => {
    if (!record) return;
    const now = new Date().toISOString();
    const name = exportFileName(site.id, now);
    const file = buildExport(record, {
      siteId: site.id,
      siteUrl: site.url,
      contentVersion: site.contentVersion,
      now,
    });
    downloadFile(name, `${JSON.stringify(file, null, 2)}\n`);
    setNotice({
      text: `Your progress was exported as ${name}. Keep the file somewhere safe: you can import it here or in another browser.`,
    });
  };

  const readFile = async (file: File) => {
    if (!store || !record) return;
    setRefusal('');
    setPending(null);
    const result = await readImportFile(file, site.id);
    if (!result.ok) {
      setRefusal(result.message);
      return;
    }
    const current = store.$record.get() ?? record;
    const incoming = restoreOwnLearnerId(result.record, current, site.id);
    setPending({
      fileName: file.name,
      result: { ...result, record: incoming },
      description: describeImport(current, incoming, data.model),
    });
    setNotice(null);
    focusNext.current = 'review';
  };

  const confirmImport = () => {
    if (!store || !pending) return;
    const previous = store.importRecord(pending.result.record);
    setPending(null);
    announce(
      {
        text: `Imported. ${pending.description.changesAnything ? 'Your progress now includes what the file held.' : 'Nothing changed: your record already held everything in the file.'}`,
        undo: () => {
          store.restore(previous);
          announce({ text: 'Import undone: your progress is as it was before.' }, 'notice');
        },
      },
      'undo',
    );
  };

  const cancelImport = () => {
    setPending(null);
    announce({ text: 'Import cancelled. Nothing changed.' }, 'file');
  };

  const cancelReset = () => {
    setConfirmingReset(false);
    announce({ text: 'Reset cancelled. Nothing changed.' }, 'reset-button');
  };

  const reset = () => {
    if (!store) return;
    const previous = store.reset();
    setConfirmingReset(false);
    announce(
      {
        text: 'Progress reset.',
        undo: () => {
          store.restore(previous);
          announce({ text: 'Reset undone: your progress is back.' }, 'notice');
        },
      },
      'undo',
    );
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <>
      <div role="status" className="data-status">
        {notice && (
          <p key={noticeCount} ref={targets.notice} tabIndex={-1}>
            {notice.text}
          </p>
        )}
      </div>
      {notice?.undo && (
        <p>
          <button type="button" ref={targets.undo} onClick={notice.undo}>
            Undo
          </button>
        </p>
      )}

      <div id="export" className={atRisk ? 'data-control emphasis' : 'data-control'}>
        <h3>Export</h3>
        <p>
          {atRisk
            ? 'This browser is not saving your progress right now. Export it to keep a copy: you can import the file later, here or in another browser.'
            : 'Download your progress as a file, to keep a backup or to move it to another browser.'}
        </p>
        <button type="button" onClick={exportRecord} disabled={!ready}>
          Export your progress
        </button>{' '}
        <XapiExport
          data={data}
          record={record}
          unreadable={status.problem === 'newer-version'}
          onNotice={(text) => setNotice({ text })}
        />
      </div>

      <div className="data-control">
        <h3>Import</h3>
        <p>
          Add the progress from a file you exported. Nothing changes until you have seen what the
          file adds and chosen Import.
        </p>
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="import-file">
            Choose an exported progress file (.json), or drop it here
          </label>
          <input
            id="import-file"
            ref={targets.file}
            type="file"
            accept=".json,application/json"
            disabled={!ready}
            aria-describedby="import-refusal"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void readFile(file);
            }}
          />
        </div>
        <div role="alert" id="import-refusal">
          {refusal && <p className="import-refusal">{refusal}</p>}
        </div>
        {pending && (
          <ImportReview
            pending={pending}
            titles={titles}
            formatDate={formatDate}
            headingRef={targets.review}
            onConfirm={confirmImport}
            onCancel={cancelImport}
          />
        )}
      </div>

      <div className="data-control">
        <h3>Reset</h3>
        {confirmingReset ? (
          <div
            role="group"
            aria-labelledby="reset-question"
            onKeyDown={(event) => {
              // Escape answers "no", as Cancel does, from anywhere in the question.
              if (event.key === 'Escape') cancelReset();
            }}
          >
            <p id="reset-question" ref={targets['reset-question']} tabIndex={-1}>
              This removes your progress from this browser. Export first if you want to keep it.
            </p>
            <div className="button-row">
              <button type="button" className="secondary" onClick={exportRecord}>
                Export first
              </button>
              <button type="button" onClick={reset}>
                Yes, reset my progress
              </button>
              <button
                type="button"
                className="secondary"
                onClick={cancelReset}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <>
            <p>Start afresh in this browser. You can undo it straight after.</p>
            <button
              type="button"
              className="secondary"
              ref={targets['reset-button']}
              disabled={!ready}
              onClick={() => {
                setConfirmingReset(true);
                focusNext.current = 'reset-question';
              }}
            >
              Reset progress…
            </button>
          </>
        )}
      </div>
    </>
  );
}
