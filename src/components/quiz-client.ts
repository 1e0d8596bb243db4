/**
 * A lesson quiz or competency check without a framework (DESIGN §9: the quiz's JavaScript stays
 * small). QuizForm.astro renders every question, disabled; this module, loaded once the quiz comes
 * into view, plans each attempt (the first seeded by the quiz id so it matches the HTML, or for a
 * check that draws by quiz and learner; later ones random: a new draw and shuffle), reads the answers from the form, grades them with the pure
 * helpers of src/lib/quiz, records the attempt in the learner store, shows each question's verdict
 * and feedback, moves focus to the result and announces it once.
 */
import { buildAnswers, type FieldState } from '../lib/quiz/build-answer';
import { describeAttempt, describePass, describeScore } from '../lib/quiz/describe-score';
import { formatDay } from '../lib/quiz/format-day';
import { describeOutcome, gradeQuestion, type QuestionGrade } from '../lib/quiz/grade-question';
import { planAttempt, type PlannedQuestion } from '../lib/quiz/plan-attempt';
import { createSeededRandom, type Random } from '../lib/quiz/random';
import { describeHistory, summariseAttempts } from '../lib/quiz/summarise-attempts';
import type { Attempt } from '../lib/record/learner-record';
import { scoreQuiz } from '../lib/record/score-answer';
import { getLearnerStore } from '../stores/learner-browser';
import { showStorageProblems } from '../stores/storage-notice';
import type { QuizData } from './quiz-data';

const now = () => new Date().toISOString();

/** Brings one quiz section (QuizForm.astro) to life. */
export async function bindQuiz(root: HTMLElement): Promise<void> {
  const part = <T extends HTMLElement = HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`)!;
  const data = JSON.parse(part('data').textContent ?? '{}') as QuizData;
  const { quizId, questions, passingScore, shuffle, draw, check, lesson } = data;
  // Only a check needs the mastery model, so a lesson page never loads it.
  const checkView = check ? await import('./quiz-check') : undefined;
  const form = root.querySelector('form')!;
  const fields = new Map([...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((field) => [field.dataset.question!, field]));
  const history = part('history');
  const actions = part('actions');
  const status = part('status');
  const moves = part('moves');
  const submit = actions.querySelector('button')!;
  const day = (iso: string) => formatDay(iso, data.locale);

  const store = getLearnerStore(data.siteId);
  showStorageProblems(root, store, data.siteId);
  store.$record.subscribe((record) => {
    if (!record) return;
    history.textContent = check
      ? checkView!.describeCheckHistory(record, quizId, check.competency, check.model, day)
      : describeHistory(summariseAttempts(record.attempts, quizId), day);
  });

  let plan: PlannedQuestion[] = [];
  let began = now();
  let firstAnswerAt: string | undefined;
  let summary: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const start = (random: Random) => {
    plan = planAttempt(questions, { shuffle, draw }, random);
    showPlan(form, fields, plan, actions);
    began = now();
    firstAnswerAt = undefined;
  };
  // A check that draws from a pool draws per learner, else every member would meet the same
  // questions first and the insights' item analysis would never see the rest; the form is still
  // disabled here, so nobody sees the order change. Other quizzes keep the order the HTML shows.
  const learnerId = store.$record.get()?.learnerId;
  start(createSeededRandom(draw && learnerId ? `${quizId}:${learnerId}` : quizId));
  submit.disabled = false;
  submit.textContent = 'Check answers';

  const answered = () => (firstAnswerAt ??= now());
  form.addEventListener('change', answered);
  form.addEventListener('input', answered);
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
    if (!button) return;
    const message = moveItem(button);
    if (!message) return;
    answered();
    moves.textContent = message;
  });

  // Enter in a typed answer would submit the whole quiz with the rest unanswered; it only confirms the field.
  form.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'number')) event.preventDefault();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (summary) return;
    const states = Object.fromEntries(plan.map((planned) => [planned.question.id, readField(planned, fields.get(planned.question.id)!)]));
    const answers = buildAnswers(plan, states);
    const asked = plan.map(({ question }) => question);
    const { score, passed, correct } = scoreQuiz(asked, answers, passingScore);
    const finishedAt = now();
    const attempt: Attempt = { id: store.newId(), quizId, startedAt: firstAnswerAt ?? began, finishedAt, answers, score, passed };
    store.recordAttempt(attempt);
    let note: string | undefined;
    if (passed && lesson) {
      store.complete(lesson);
      note = 'This lesson is now complete.';
    }
    const current = store.$record.get();
    if (passed && check && current) note = checkView!.describeCheckPass(current, check.competency, check.model);
    const grades = plan.map(({ question }) => gradeQuestion(question, states[question.id]));
    plan.forEach(({ question }, index) => showGrade(fields.get(question.id)!, grades[index]!, question.explanation));

    status.textContent = '';
    moves.textContent = '';
    summary = renderSummary({ idPrefix: data.idPrefix, plan, grades, passed, correct, passingScore, note });
    form.insertBefore(summary, actions);
    actions.hidden = true;
    summary.querySelector('button')!.addEventListener('click', tryAgain);
    // Results render first, then focus moves to their heading, then the live region speaks once.
    summary.querySelector('h3')!.focus();
    const message = describeAttempt({ correct, total: plan.length, passingScore, passed, note });
    timer = setTimeout(() => (status.textContent = message), 100);
  });

  function tryAgain() {
    clearTimeout(timer);
    status.textContent = '';
    summary?.remove();
    summary = undefined;
    actions.hidden = false;
    start(Math.random);
    form.querySelector<HTMLElement>('fieldset:not([hidden]) :is(input, select, button)')?.focus();
  }
}

/** Shows the questions of an attempt in its order, answers cleared and controls enabled; takes the rest of a pool out of the form. */
function showPlan(form: HTMLFormElement, fields: Map<string, HTMLFieldSetElement>, plan: readonly PlannedQuestion[], before: HTMLElement): void {
  // Pool questions not drawn this time leave the form (they are rendered hidden), so nothing counts or finds them.
  for (const field of fields.values()) field.remove();
  plan.forEach(({ question, choiceOrder, itemOrder, optionOrder }, index) => {
    const field = fields.get(question.id)!;
    form.insertBefore(field, before);
    field.hidden = false;
    field.disabled = false;
    field.className = 'quiz-question';
    field.querySelector('.quiz-feedback')?.remove();
    field.querySelector('.quiz-number')!.textContent = `Question ${index + 1} of ${plan.length}`;
    for (const input of field.querySelectorAll('input')) {
      input.checked = false;
      if (input.type === 'text') input.value = '';
    }
    const choices = field.querySelector('.quiz-choices');
    if (choices && choiceOrder.length) reorder(choices, choiceOrder);
    const order = field.querySelector('.quiz-order');
    if (order) {
      reorder(order, itemOrder);
      markEnds(order);
    }
    for (const select of field.querySelectorAll('select')) {
      reorder(select, optionOrder, 1);
      select.value = '';
    }
  });
}

/** Puts the children of `list` that carry an index (data-index, or an option's value) in `order`, after the first `skip`. */
function reorder(list: Element, order: readonly number[], skip = 0): void {
  const children = [...list.children].slice(skip);
  const byIndex = new Map(children.map((child) => [Number((child as HTMLElement).dataset.index ?? (child as HTMLOptionElement).value), child]));
  for (const index of order) list.append(byIndex.get(index)!);
}

/** The ends of an order list: "Move up" on the first item and "Move down" on the last stay focusable but do nothing. */
function markEnds(list: Element): void {
  const items = [...list.children];
  items.forEach((item, position) => {
    for (const button of item.querySelectorAll<HTMLButtonElement>('button[data-move]')) {
      const atEnd = button.dataset.move === 'up' ? position === 0 : position === items.length - 1;
      if (atEnd) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    }
  });
}

/**
 * Moves an order item one place and keeps focus on the pressed button, so pressing the same key
 * again keeps moving it. Returns what to announce, or nothing at the end of the list.
 */
function moveItem(button: HTMLButtonElement): string | undefined {
  if (button.getAttribute('aria-disabled') === 'true') return undefined;
  const item = button.closest('li')!;
  const list = item.parentElement!;
  if (button.dataset.move === 'up') list.insertBefore(item, item.previousElementSibling);
  else list.insertBefore(item.nextElementSibling!, item);
  markEnds(list);
  button.focus();
  const items = [...list.children];
  return `${item.querySelector('.quiz-order-text')!.textContent}: moved to position ${items.indexOf(item) + 1} of ${items.length}.`;
}

/** What the form holds for one question now, in the author's indices. */
function readField({ question }: PlannedQuestion, field: HTMLFieldSetElement): FieldState {
  const checked = [...field.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  const text = field.querySelector<HTMLInputElement>('input[type="text"]')?.value ?? '';
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: checked[0] === undefined ? undefined : Number(checked[0]) };
    case 'multiple':
      return { type: 'multiple', choices: checked.map(Number) };
    case 'true-false':
      return { type: 'true-false', value: checked[0] === undefined ? undefined : checked[0] === 'true' };
    case 'text':
    case 'numeric':
      return { type: question.type, value: text };
    case 'order':
      return { type: 'order', items: [...field.querySelectorAll<HTMLElement>('.quiz-order > li')].map((item) => Number(item.dataset.index)) };
    case 'match':
      return { type: 'match', pairs: [...field.querySelectorAll('select')].map((select) => (select.value === '' ? undefined : Number(select.value))) };
  }
}

/** Creates an element with a class and children (text or elements). */
function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

/** The verdict on one question in words, the feedback on each chosen option, and the explanation; the fieldset locked for review. */
function showGrade(field: HTMLFieldSetElement, grade: QuestionGrade, explanation: string): void {
  field.disabled = true;
  field.classList.add(`is-${grade.outcome}`);
  const feedback = element('div', 'quiz-feedback', element('p', 'quiz-verdict', element('strong', '', `${describeOutcome(grade.outcome)}.`), ...(grade.note ? [` ${grade.note}`] : [])));
  if (grade.chosen.length) {
    const chosen = grade.chosen.map((choice) => element('li', '', `You chose “${choice.text}” (${choice.correct ? 'a right answer' : 'not a right answer'}): ${choice.feedback}`));
    feedback.append(element('ul', 'quiz-chosen', ...chosen));
  }
  if (grade.missed > 0) feedback.append(element('p', '', `You did not choose ${grade.missed === 1 ? 'one of the right answers' : `${grade.missed} of the right answers`}.`));
  feedback.append(element('p', '', explanation));
  field.append(feedback);
}

/** The result of an attempt: a focusable heading, the score, what it means, each question's verdict and "Try again". */
function renderSummary(view: { idPrefix: string; plan: readonly PlannedQuestion[]; grades: readonly QuestionGrade[]; passed: boolean; correct: number; passingScore: number; note?: string }): HTMLElement {
  const { idPrefix, plan, grades, passed } = view;
  const heading = element('h3', '', `Your result: ${describePass(passed)}`);
  heading.id = `${idPrefix}-result`;
  heading.tabIndex = -1;
  const summary = element('div', `quiz-summary ${passed ? 'is-passed' : 'is-not-passed'}`, heading, element('p', '', describeScore(view.correct, plan.length, view.passingScore)));
  if (view.note) summary.append(element('p', '', element('strong', '', view.note)));
  if (!passed) summary.append(element('p', '', 'Read the feedback under each question, then try again.'));
  const overview = plan.map(({ question }, index) => {
    const link = element('a', '', `Question ${index + 1}`) as HTMLAnchorElement;
    link.href = `#${idPrefix}-${question.id}`;
    return element('li', '', link, `: ${describeOutcome(grades[index]!.outcome)}`);
  });
  const again = element('button', '', 'Try again') as HTMLButtonElement;
  again.type = 'button';
  summary.append(element('ul', 'quiz-overview', ...overview), again);
  return summary;
}
