import type { StorageProblem } from './learner';

/**
 * What the learner is told when storage fails: what happened, what is kept, what to do. Plain
 * pages render these on the server and only show one; islands render them themselves.
 */
export const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  blocked:
    'This browser is not letting the site save your progress (storage is blocked, for example in some private modes). Your progress is kept while this page is open: download a copy before you leave it, and import it later on the Progress page.',
  full: "This browser's storage for the site is full, so your latest progress could not be saved. It is kept while this page is open: download a copy before you leave it, and import it later on the Progress page.",
  corrupt:
    'Your saved progress could not be read, so a fresh record was started. The unreadable copy was kept aside in this browser. If you exported a backup, import it on the Progress page.',
  'newer-version':
    'Your saved progress was written by a newer version of this site, which this page cannot read. It is safe: this page will not save over it. Reload the page to get the newer version; until then, what you do here is kept only while this page is open.',
};
