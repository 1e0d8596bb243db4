/**
 * The confidence self-rating of a competency page, without a framework: "before" until the path is
 * done, then "after" (see describeConfidence). The markup is ConfidenceRating.astro, rendered hidden
 * and shown here; the mastery model comes as JSON in `data-model`.
 */
import { computeMastery, type MasteryModel } from '../lib/record/compute-mastery';
import { describeConfidence, describeRating, type ConfidenceView } from '../lib/record/describe-confidence';
import type { LearnerRecord } from '../lib/record/learner-record';
import { getLearnerStore } from '../stores/learner-browser';
import { showStorageProblems } from '../stores/storage-notice';

/** Brings one confidence-rating form to life. */
export function bindConfidenceRating(root: HTMLFormElement): void {
  const { siteId = '', competency = '', locale } = root.dataset;
  const model = JSON.parse(root.dataset.model ?? '{}') as MasteryModel;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  const before = part('phase-before');
  const after = part('phase-after');
  const beforeRating = part('before-rating');
  const saved = part('saved');
  const status = part('status');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="confidence"]')];

  const store = getLearnerStore(siteId);
  const describe = (record: LearnerRecord): ConfidenceView => describeConfidence(record, competency, computeMastery(model, record).competencies[competency]);
  root.hidden = false;
  showStorageProblems(root, store, siteId);

  // The saved rating is shown checked, unless the learner has started choosing another.
  let editing = false;
  let phase: ConfidenceView['phase'] | undefined;
  root.addEventListener('input', () => (editing = true));

  store.$record.subscribe((record) => {
    if (!record) return;
    const view = describe(record);
    if (view.phase !== phase) editing = false;
    phase = view.phase;
    before.hidden = view.phase !== 'before';
    after.hidden = view.phase !== 'after';
    beforeRating.textContent = view.before ? `Before it, you rated ${describeRating(view.before.rating)}.` : '';
    saved.hidden = !view.current;
    if (view.current) saved.textContent = `Your rating ${view.phase} the path: ${describeRating(view.current.rating)}, saved on ${new Date(view.current.at).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' })}.`;
    if (!editing) for (const radio of radios) radio.checked = Number(radio.value) === view.current?.rating;
  });

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = radios.find((radio) => radio.checked);
    if (!choice) {
      radios[0]?.focus();
      announce(status, 'Choose a rating from 1 to 5, then save.');
      return;
    }
    const rating = Number(choice.value);
    const view = describe(store.$record.get()!);
    // Saving the same rating again keeps nothing new.
    if (view.current?.rating !== rating) store.rateConfidence(competency, view.phase, rating);
    editing = false;
    announce(status, `Saved: your confidence ${view.phase} the path is ${describeRating(rating)}.`);
  });
}

/** Says `message` through a role=status region, so that the same message said twice is announced again (as lesson-tracker.ts does). */
function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}
