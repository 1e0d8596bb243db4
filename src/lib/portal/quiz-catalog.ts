import type { Question } from '../../schemas/question';
import { checkQuizId, lessonQuizId } from '../record/learner-record';
import type { Portal } from './build-portal';

/** One quiz or competency check as published for tools that read learners' answers (insights, xAPI). */
export interface QuizCatalogEntry {
  /** `lesson:<slug>` or `check:<competency>`, as attempts in a learner record name it. */
  id: string;
  kind: 'lesson' | 'check';
  /** The lesson's title, or the check's (its own title or the competency's). */
  title: string;
  /** The lesson a lesson quiz belongs to. */
  lesson?: string;
  /** The competency a check proves, or a lesson quiz's primary competency. */
  competency: string;
  /** Share of questions to answer correctly to pass. */
  passingScore: number;
  /** Every question (a check's whole pool), in the author's order: answers index into these lists. */
  questions: Question[];
}

/** Every published quiz and check, keyed by quiz id. */
export interface QuizCatalog {
  quizzes: Record<string, QuizCatalogEntry>;
}

/** Lists every lesson quiz and competency check of the portal, in display order. */
export function buildQuizCatalog(portal: Portal): QuizCatalog {
  const quizzes: Record<string, QuizCatalogEntry> = {};
  for (const id of portal.competencyOrder) {
    const competency = portal.competencies[id]!;
    for (const slug of competency.path) {
      const lesson = portal.lessons[slug];
      if (!lesson?.quiz) continue;
      const quizId = lessonQuizId(slug);
      quizzes[quizId] = { id: quizId, kind: 'lesson', title: lesson.title, lesson: slug, competency: id, passingScore: lesson.quiz.passingScore, questions: lesson.quiz.questions };
    }
    if (competency.assessment) {
      const quizId = checkQuizId(id);
      quizzes[quizId] = { id: quizId, kind: 'check', title: competency.assessment.title ?? `${competency.title} check`, competency: id, passingScore: competency.threshold, questions: competency.assessment.questions };
    }
  }
  return { quizzes };
}
