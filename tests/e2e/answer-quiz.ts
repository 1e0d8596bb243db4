import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import type { Question } from '../../src/schemas/question';
import { contentDir, readLessons } from './helpers';

// Answering quizzes the way a keyboard user does: Tab to a control, then Space, Enter, arrows or
// typing. Answers are read from the content files, so the tests follow the content.

/** The raw question types as the content writes them (schema defaults applied here). */
export type QuestionType = Question['type'];

/** A lesson quiz from content/lessons, with the schema's defaults. */
export interface LessonQuiz {
  slug: string;
  passingScore: number;
  shuffle: boolean;
  questions: Question[];
}

/** The schema's defaults, so a question read from YAML is what the page was built from. */
function withDefaults(question: Record<string, unknown>): Question {
  const raw = question as Question & { tolerance?: number };
  if (raw.type === 'numeric') return { ...raw, tolerance: raw.tolerance ?? 0 };
  if (raw.type === 'single' || raw.type === 'multiple') {
    return {
      ...raw,
      choices: raw.choices.map((choice) => ({ ...choice, correct: choice.correct ?? false })),
    };
  }
  return raw;
}

/** Every published lesson's quiz. */
export function readLessonQuizzes(): LessonQuiz[] {
  return readLessons()
    .filter((lesson) => lesson.quiz && !lesson.data.draft)
    .map((lesson) => {
      const quiz = (
        parseYaml(lesson.quiz) as {
          quiz: { passingScore?: number; shuffle?: boolean; questions: Record<string, unknown>[] };
        }
      ).quiz;
      return {
        slug: lesson.slug,
        passingScore: quiz.passingScore ?? 0.8,
        shuffle: quiz.shuffle ?? false,
        questions: quiz.questions.map(withDefaults),
      };
    });
}

/** A competency check from content/assessments. */
export function readAssessment(id: string): {
  draw?: number;
  passingScore?: number;
  title?: string;
  questions: Question[];
} {
  const data = parseYaml(readFileSync(path.join(contentDir, 'assessments', `${id}.yaml`), 'utf8'));
  return { ...data, questions: data.questions.map(withDefaults) };
}

/** The quiz section of a page, found by its heading. */
export function quizSection(page: Page, heading: string | RegExp): Locator {
  return page.getByRole('region', { name: heading });
}

/** Scrolls the quiz into view (its JavaScript loads only then) and waits until it can be used. */
export async function openQuiz(quiz: Locator): Promise<void> {
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check answers' })).toBeEnabled({
    timeout: 15_000,
  });
  await expect(quiz.locator('.quiz-history')).not.toBeEmpty();
}

/** Presses Tab until `target` has focus; fails if it never does (a keyboard trap or a skipped control). */
export async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  const element = await target.elementHandle();
  if (!element) throw new Error(`${target} is not on the page`);
  for (let step = 0; step < limit; step++) {
    if (await element.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Starts keyboard navigation at the top of the main content, as the skip link does. */
export async function startAtMain(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
}

/** The fieldset of the question whose prompt is `prompt`. */
export function questionField(quiz: Locator, prompt: string): Locator {
  return quiz
    .locator('fieldset.quiz-question')
    .filter({ has: quiz.page().locator('legend', { hasText: prompt }) });
}

/** How to answer a question: rightly, or wrongly on purpose. */
export type Intent = 'right' | 'wrong';

/** A wrong answer that is still an answer, for each type. */
function wrongChoice(question: Question & { type: 'single' | 'multiple' }): number {
  return question.choices.findIndex((choice) => !choice.correct);
}

/** Selects the radio labelled `label` in `field` by keyboard: Tab into the group, then arrows. */
async function chooseRadio(page: Page, field: Locator, label: string): Promise<void> {
  const radios = field.getByRole('radio');
  const labels = await radios.evaluateAll((inputs) =>
    inputs.map((input) => input.closest('label')?.textContent?.trim() ?? ''),
  );
  const target = labels.indexOf(label);
  expect(target, `a radio labelled "${label}"`).toBeGreaterThanOrEqual(0);
  await tabTo(page, radios.first());
  if (target === 0) await page.keyboard.press('Space');
  for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(target)).toBeChecked();
}

/** Answers one question by keyboard alone; focus moves forward only. */
export async function answerQuestion(
  page: Page,
  field: Locator,
  question: Question,
  intent: Intent,
): Promise<void> {
  const right = intent === 'right';
  switch (question.type) {
    case 'single': {
      const index = right
        ? question.choices.findIndex((choice) => choice.correct)
        : wrongChoice(question);
      await chooseRadio(page, field, question.choices[index]!.text);
      return;
    }
    case 'multiple': {
      const wanted = new Set(
        right
          ? question.choices.filter((choice) => choice.correct).map((choice) => choice.text)
          : [question.choices[wrongChoice(question)]!.text],
      );
      const boxes = field.getByRole('checkbox');
      for (let index = 0; index < (await boxes.count()); index++) {
        const box = boxes.nth(index);
        const text = (await box.evaluate(
          (input) => input.closest('label')?.textContent?.trim() ?? '',
        )) as string;
        if (!wanted.has(text)) continue;
        await tabTo(page, box);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      return;
    }
    case 'true-false':
      await chooseRadio(page, field, question.answer === right ? 'True' : 'False');
      return;
    case 'text':
    case 'numeric': {
      const input = field.getByRole('textbox', { name: 'Your answer' });
      await tabTo(page, input);
      const value =
        question.type === 'text'
          ? right
            ? question.accept[0]!
            : 'no idea'
          : String(right ? question.answer : question.answer + question.tolerance + 7);
      await page.keyboard.type(value);
      await expect(input).toHaveValue(value);
      return;
    }
    case 'order': {
      if (!right) return; // The items are never shown in the right order: leaving them is wrong.
      for (let target = 0; target < question.items.length; target++) {
        const shown = await field.locator('.quiz-order-text').allTextContents();
        const from = shown.indexOf(question.items[target]!);
        if (from === target) continue;
        const up = field.getByRole('button', {
          name: `Move up: ${question.items[target]}`,
          exact: true,
        });
        await tabTo(page, up);
        for (let step = from; step > target; step--) {
          await page.keyboard.press('Enter');
          // Focus follows the moved item, so the same key keeps moving it.
          await expect(up).toBeFocused();
        }
      }
      await expect(field.locator('.quiz-order-text')).toHaveText(question.items);
      return;
    }
    case 'match': {
      for (let left = 0; left < question.pairs.length; left++) {
        const pair = question.pairs[left]!;
        const wanted = right
          ? pair.right
          : question.pairs[(left + 1) % question.pairs.length]!.right;
        const select = field.getByRole('combobox', { name: pair.left, exact: true });
        const options = await select.locator('option').allTextContents();
        await tabTo(page, select);
        for (let step = 0; step < options.indexOf(wanted); step++)
          await page.keyboard.press('ArrowDown');
        await expect(select.locator('option:checked')).toHaveText(wanted);
      }
      return;
    }
  }
}

/** The prompts of the questions shown now, in order. */
export async function shownPrompts(quiz: Locator): Promise<string[]> {
  return quiz.locator('fieldset.quiz-question legend .quiz-prompt').allTextContents();
}

/**
 * Answers every shown question by keyboard (each from `pool` by its prompt), leaving out those
 * `skip` names, then checks the answers with Enter on "Check answers".
 */
export async function answerAll(
  page: Page,
  quiz: Locator,
  pool: readonly Question[],
  intent: Intent,
  skip: (question: Question) => boolean = () => false,
): Promise<Question[]> {
  const shown = (await shownPrompts(quiz)).map((prompt) => {
    const question = pool.find((candidate) => candidate.prompt === prompt);
    if (!question)
      throw new Error(`The page shows a question that is not in the content: "${prompt}"`);
    return question;
  });
  for (const question of shown)
    if (!skip(question))
      await answerQuestion(page, questionField(quiz, question.prompt), question, intent);
  await tabTo(page, quiz.getByRole('button', { name: 'Check answers' }));
  await page.keyboard.press('Enter');
  return shown;
}

/** Records every non-empty text the quiz's live region is given, from now on. */
export async function recordAnnouncements(quiz: Locator): Promise<() => Promise<string[]>> {
  const region = quiz.locator('[role="status"].quiz-status');
  await expect(region).toHaveCount(1);
  await region.evaluate((element) => {
    const log: string[] = [];
    (window as unknown as { quizAnnouncements: string[] }).quizAnnouncements = log;
    new MutationObserver(() => {
      const text = element.textContent?.trim() ?? '';
      if (text) log.push(text);
    }).observe(element, { childList: true, characterData: true, subtree: true });
  });
  return () =>
    quiz
      .page()
      .evaluate(() =>
        (window as unknown as { quizAnnouncements: string[] }).quizAnnouncements.slice(),
      );
}

/** "75 %" as the page writes a share. */
export const percent = (share: number) => `${Math.round(share * 100)} %`;
