import type { QuizCatalog } from '../portal/quiz-catalog';
import type { MasteryModel } from '../record/compute-mastery';

/** What the mapping needs to know of the portal: the published quizzes, titles, and mastery's model. */
export interface XapiCatalog {
  /** The quiz catalog as published at `data/quizzes.json`. */
  quizzes: QuizCatalog['quizzes'];
  /** Lesson slug → its title (and one-line description, when known). */
  lessons: Record<string, { title: string; description?: string }>;
  /** Competency id → its title (and summary, when known). */
  competencies: Record<string, { title: string; summary?: string }>;
  /** The model computeMastery derives mastered competencies from. */
  model: MasteryModel;
}

/** Where the statements come from. */
export interface XapiSiteContext {
  /** The portal's public root URL with its base path, e.g. `https://example.org/my-portal/`. */
  siteUrl: string;
  /** The portal's name, written as each statement's `context.platform`. */
  siteTitle: string;
  /** When the export is made (ISO date-time): xAPI forbids statements dated later than that. */
  now: string;
  /** The content's language (RFC 5646, e.g. `en`) for activity names; verbs are always en-US. */
  language?: string;
}
