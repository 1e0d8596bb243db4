import type { MasteryModel } from '../lib/record/compute-mastery';
import type { Question } from '../schemas/question';

/** What QuizForm.astro hands quiz-client.ts as JSON: everything needed to plan and grade attempts. */
export interface QuizData {
  siteId: string;
  /** The site's language, for dates. */
  locale: string;
  /** `lesson:<slug>` or `check:<competency>`. */
  quizId: string;
  /** Prefix of the ids of the quiz's fieldsets. */
  idPrefix: string;
  /** The questions, or the pool to draw from. */
  questions: Question[];
  passingScore: number;
  shuffle: boolean;
  /** Questions drawn per attempt; all when absent. */
  draw?: number;
  /** A lesson quiz: the lesson that passing completes. */
  lesson?: string;
  /** A competency check: its competency and mastery model. */
  check?: { competency: string; model: MasteryModel };
}
