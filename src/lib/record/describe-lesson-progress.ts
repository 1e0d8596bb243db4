import { lessonQuizId, type LearnerRecord, type LessonFeedback } from './learner-record';

/** What a lesson page shows of the learner's progress through it. */
export interface LessonProgressView {
  /** Visits counted so far. */
  visits: number;
  /** When the lesson was completed: first marked complete, or, for a lesson with a quiz, when the quiz was first passed. */
  completedAt?: string;
  /** True when the page offers "Mark this lesson complete": a lesson without a quiz, not yet complete. */
  canMarkComplete: boolean;
  /** The learner's latest answer to "Was this lesson useful?". */
  feedback?: LessonFeedback;
}

/**
 * A lesson's progress as the lesson page shows it. A lesson with a quiz completes only when its quiz
 * is passed (DESIGN §7): marking it complete would not count, so it is not offered.
 */
export function describeLessonProgress(record: LearnerRecord, slug: string, hasQuiz: boolean): LessonProgressView {
  // Own keys only: a lesson slugged "constructor" must not find Object.prototype.constructor.
  const progress = Object.hasOwn(record.lessons, slug) ? record.lessons[slug] : undefined;
  const quizId = lessonQuizId(slug);
  const completedAt = hasQuiz
    ? record.attempts.filter((attempt) => attempt.quizId === quizId && attempt.passed).map((attempt) => attempt.finishedAt).sort()[0]
    : progress?.firstCompletedAt;
  // The latest answer wins; records keep feedback in time order, and ties go to the later entry.
  const feedback = record.feedback.filter((item) => item.lesson === slug).reduce<LessonFeedback | undefined>((latest, item) => (!latest || item.at >= latest.at ? item : latest), undefined);
  return {
    visits: progress?.visits ?? 0,
    ...(completedAt ? { completedAt } : {}),
    canMarkComplete: !hasQuiz && !completedAt,
    ...(feedback ? { feedback } : {}),
  };
}
