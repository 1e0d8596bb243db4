/**
 * Lesson progress without a framework (DESIGN §9: a lesson page without a quiz ships no framework
 * JavaScript). Records the visit; shows when the lesson was completed, live, so a quiz passed on the
 * page shows at once; offers "Mark this lesson complete" for a lesson without a quiz; takes "Was
 * this lesson useful?". The markup is LessonProgress.astro, rendered hidden and shown here, so
 * nothing pretends to work without JavaScript.
 */
import { describeLessonProgress } from '../lib/record/describe-lesson-progress';
import { getLearnerStore } from '../stores/learner-browser';
import { showStorageProblems } from '../stores/storage-notice';

/** Brings one lesson-progress section to life. */
export function trackLesson(root: HTMLElement): void {
  const { slug = '', siteId = '', locale } = root.dataset;
  const hasQuiz = root.dataset.hasQuiz === 'true';
  const part = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`)!;
  const todo = part('todo');
  const done = part('done');
  const form = part<HTMLFormElement>('feedback');
  const comment = part<HTMLTextAreaElement>('comment');
  const answered = part('answered');
  const status = part('status');
  /** Puts a date-time into a <time> element, written as a date in the site's language. */
  const showDate = (name: string, iso: string) => {
    const time = part(name);
    time.setAttribute('datetime', iso);
    time.textContent = new Date(iso).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  };
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="useful"]')];

  const store = getLearnerStore(siteId);
  root.hidden = false;
  showStorageProblems(root, store, siteId);
  store.visit(slug);

  // The saved answer fills the form, unless the learner has started changing it.
  let editing = false;
  form.addEventListener('input', () => (editing = true));

  store.$record.subscribe((record) => {
    if (!record) return;
    const view = describeLessonProgress(record, slug, hasQuiz);
    todo.hidden = view.completedAt !== undefined;
    done.hidden = view.completedAt === undefined;
    if (view.completedAt) showDate('done-date', view.completedAt);
    const feedback = view.feedback;
    answered.hidden = !feedback;
    if (!feedback) return;
    showDate('answered-date', feedback.at);
    if (editing) return;
    for (const radio of radios) radio.checked = radio.value === (feedback.useful ? 'yes' : 'no');
    comment.value = feedback.comment ?? '';
  });

  const mark = root.querySelector<HTMLButtonElement>('[data-part="mark"]');
  mark?.addEventListener('click', () => {
    store.complete(slug);
    // The button is gone now: focus goes to what replaced it.
    done.focus();
    announce(status, status.dataset.marked!);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = radios.find((radio) => radio.checked);
    if (!choice) {
      radios[0]?.focus();
      announce(status, status.dataset.unanswered!);
      return;
    }
    const useful = choice.value === 'yes';
    const text = comment.value.trim();
    const latest = describeLessonProgress(store.$record.get()!, slug, hasQuiz).feedback;
    // Sending the same answer again changes nothing, so nothing new is kept.
    if (!latest || latest.useful !== useful || (latest.comment ?? '') !== text) {
      store.giveFeedback({ lesson: slug, useful, ...(text ? { comment: text } : {}) });
    }
    editing = false;
    announce(status, status.dataset.thanks!);
  });
}

/**
 * Says `message` through a role=status region, emptied first and filled a moment later so the same
 * message said twice (a second Send) is announced again. (confidence-rating.ts has its own copy: a
 * module shared by the two scripts would be a chunk of its own, costing the lesson page more
 * JavaScript than these lines.)
 */
function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}
