import { useEffect, useState } from 'react';
import type { StorageStatus } from '../stores/learner';
import { STORAGE_MESSAGES } from '../stores/storage-messages';
import { claimStorageNotice } from '../stores/storage-notice';

/** Tells the learner once per page when storage fails, and what to do; announced politely. */
export function StorageNotice({ status, progressHref }: { status: StorageStatus; progressHref: string }) {
  const [token] = useState(() => Symbol('storage-notice'));
  const [mine, setMine] = useState(false);
  useEffect(() => {
    if (!status.problem) return;
    // Several islands (and plain scripts) on a page share one store; only the first to ask shows the notice.
    setMine(claimStorageNotice(token));
  }, [status.problem, token]);
  return (
    <div role="status" className="storage-notice-region">
      {mine && status.problem && (
        <p className="storage-notice">
          {STORAGE_MESSAGES[status.problem]} <a href={progressHref}>Go to your progress</a>
        </p>
      )}
    </div>
  );
}
