// The page's one learner store over localStorage, created on first use (never at import time).
import { createLearnerStore, type LearnerStore } from './learner';
import { createBrowserEngine } from './storage-engine';

let store: LearnerStore | undefined;

/** The learner store for this site (`micropath:<site id>`), loaded, and reloaded when the page returns from the back/forward cache. */
export function getLearnerStore(siteId: string): LearnerStore {
  if (store) return store;
  store = createLearnerStore({ key: `micropath:${siteId}`, engine: createBrowserEngine() });
  store.load();
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) store?.load();
  });
  return store;
}
