import { useEffect, useState } from 'react';
import type { StorageStatus } from '../stores/learner';

// Several islands on a page share one store; only the first to mount shows the notice.
let claimedBy: symbol | undefined;

const MESSAGES: Record<NonNullable<StorageStatus['problem']>, string> = {
  blocked: 'This browser is not letting the site save your progress (storage is blocked, for example in some private modes). Your progress is kept while this page is open: export it from the Progress page to keep it.',
  full: "This browser's storage for the site is full, so your latest progress could not be saved. It is kept while this page is open: export it from the Progress page to keep it.",
  corrupt: 'Your saved progress could not be read, so a fresh record was started. The unreadable copy was kept aside in this browser. If you exported a backup, import it on the Progress page.',
};

/** Tells the learner once per page when storage fails, and what to do; announced politely. */
export function StorageNotice({ status, progressHref }: { status: StorageStatus; progressHref: string }) {
  const [token] = useState(() => Symbol('storage-notice'));
  const [mine, setMine] = useState(false);
  useEffect(() => {
    if (!status.problem) return;
    if (claimedBy === undefined) claimedBy = token;
    setMine(claimedBy === token);
  }, [status.problem, token]);
  return (
    <div role="status" className="storage-notice-region">
      {mine && status.problem && (
        <p className="storage-notice">
          {MESSAGES[status.problem]} <a href={progressHref}>Go to your progress</a>
        </p>
      )}
    </div>
  );
}
