import { expect, type Locator, type Page } from '@playwright/test';

// A learner record seeded straight into localStorage (the quiz island is not needed to make one),
// and the figures the progress page must show for it. Ids come from content/.

/** The storage key of the site under test (content/site.yaml id). */
export const RECORD_KEY = 'micropath:adc-academy';

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const attempt = (id: string, quizId: string, day: number, score: number) => ({
  id,
  quizId,
  startedAt: at(day),
  finishedAt: at(day),
  answers: {},
  score,
  passed: score >= 0.8,
});

/**
 * Text alternatives tested out by its check; Predictable (no check) mastered by passing both of its
 * lesson quizzes; Time-based media in progress (1 of 3), with a failed quiz; ratings and feedback.
 */
export const seededRecord = {
  version: 1,
  learnerId: 'e2e-learner',
  createdAt: at(1),
  lessons: {
    'captions-that-work': { firstVisitedAt: at(5), lastVisitedAt: at(5), visits: 1 },
  },
  attempts: [
    attempt('c1', 'check:text-alternatives', 2, 0.9),
    attempt('q1', 'lesson:consistent-navigation-and-naming', 3, 1),
    attempt('q2', 'lesson:no-surprises-on-input', 4, 0.8),
    attempt('q3', 'lesson:captions-that-work', 5, 1),
    attempt('q4', 'lesson:transcripts-for-audio-and-video', 6, 0.4),
  ],
  confidence: [
    { competency: 'text-alternatives', phase: 'before', rating: 2, at: at(1) },
    { competency: 'text-alternatives', phase: 'after', rating: 4, at: at(2) },
    { competency: 'predictable', phase: 'before', rating: 3, at: at(3) },
  ],
  feedback: [
    { id: 'f1', lesson: 'captions-that-work', useful: true, comment: 'Clear examples.', at: at(5) },
  ],
};

/** The seeded record with the Time-based media check passed too, as another tab might write it. */
export function withTimeBasedMediaMastered(record: typeof seededRecord = seededRecord) {
  return {
    ...record,
    attempts: [...record.attempts, attempt('c2', 'check:time-based-media', 7, 1)],
  };
}

/** What the page shows for `seededRecord`. */
export const SEEDED = {
  mastered: '2 of 13 competencies mastered',
  lessons: '3 lessons completed',
  credits: '0.3 CE credits earned',
  communicator: 'Accessible Communicator Certificate: 1 of 6 competencies mastered',
  forms: 'Accessible Forms and Interaction Certificate: 1 of 5 competencies mastered',
};

/** Puts `record` in localStorage once, before the page's scripts run; later navigations keep what the page wrote. */
export function seedRecord(page: Page, record: unknown = seededRecord): Promise<void> {
  return seedStoredText(page, JSON.stringify(record));
}

/** Stores `text` under the record's key once (it may be anything, e.g. a corrupt value). */
export async function seedStoredText(page: Page, text: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', 'yes');
      localStorage.setItem(key!, value!);
    },
    [RECORD_KEY, text],
  );
}

/** The stored record's text, exactly as stored. */
export function storedRecord(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
}

/** Opens /progress/ and waits until the island has read the record. */
export async function openProgress(page: Page): Promise<void> {
  await page.goto('progress/');
  await expect(page.getByText('Reading your progress from this browser…').first()).toBeHidden();
}

/** The summary's headline: "N of M competencies mastered". */
export function headline(page: Page) {
  return page.locator('.progress-headline');
}

/** Starts recording the text of every node added inside `region` (what a screen reader would announce). */
export async function watchAnnouncements(region: Locator): Promise<() => Promise<string[]>> {
  await region.evaluate((element) => {
    const added: string[] = [];
    (window as unknown as { announced: string[] }).announced = added;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) added.push(node.textContent ?? '');
    }).observe(element, { childList: true, subtree: true, characterData: true });
  });
  return () =>
    region.page().evaluate(() => (window as unknown as { announced: string[] }).announced);
}
