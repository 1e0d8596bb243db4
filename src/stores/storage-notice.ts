// Which part of the page tells the learner about a storage problem. Shared by the React islands and
// the plain scripts of pages without islands, so a page tells the learner once, whoever runs first.
import type { LearnerStore } from './learner';

let claimedBy: symbol | undefined;

/** True for the first notice on the page to ask (and for it again); false for every other. */
export function claimStorageNotice(owner: symbol): boolean {
  claimedBy ??= owner;
  return claimedBy === owner;
}

/**
 * For plain (framework-free) scripts: shows the message for a storage problem among those
 * StorageProblemNotice.astro rendered hidden inside `root`, unless another part of the page already
 * told the learner. The messages are in the HTML, so they cost the page no JavaScript.
 */
export function showStorageProblems(root: HTMLElement, store: LearnerStore, siteId = 'site'): void {
  const owner = Symbol('storage-notice');
  store.$status.subscribe(({ problem }) => {
    const message = problem && root.querySelector<HTMLElement>(`[data-problem="${problem}"]`);
    if (!message || !claimStorageNotice(owner)) return;
    message.className = 'storage-notice';
    message.hidden = false;
    // What is only in memory is offered for download here, where it is: another page would not have it.
    const exportNow = root.querySelector<HTMLElement>('[data-part="export-now"]');
    if (!exportNow || problem === 'corrupt') return;
    exportNow.hidden = false;
    exportNow.querySelector('button')!.onclick = () => void downloadRecord(store, siteId);
  });
}

async function downloadRecord(store: LearnerStore, siteId: string): Promise<void> {
  const record = store.$record.get();
  if (!record) return;
  const { buildExport, exportFileName } = await import('../lib/record/export-record');
  const now = new Date().toISOString();
  const file = buildExport(record, { siteId, siteUrl: location.origin + '/', contentVersion: now.slice(0, 10), now });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  link.download = exportFileName(siteId, now);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
