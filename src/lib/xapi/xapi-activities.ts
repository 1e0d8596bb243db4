import type { Question } from '../../schemas/question';
import type { QuizCatalogEntry } from '../portal/quiz-catalog';
import { describeInteraction } from './describe-interaction';
import type { XapiCatalog } from './xapi-catalog';
import type { LanguageMap, XapiActivity } from './xapi-statement';
import { ACTIVITY_TYPES } from './xapi-vocabulary';

/** Builds the activities of one portal: ids are the pages (and quiz fragments) under the site URL. */
export interface ActivityFactory {
  lesson(slug: string): XapiActivity;
  quiz(entry: QuizCatalogEntry): XapiActivity;
  question(entry: QuizCatalogEntry, question: Question): XapiActivity;
  competency(id: string): XapiActivity;
}

/**
 * The activity builder for a site. Question ids point at the question's fieldset on its page
 * (`#quiz-<id>` on a lesson, `#check-<id>` on a competency), so each id resolves to what was asked.
 */
export function createActivityFactory(siteUrl: string, catalog: XapiCatalog, language: string): ActivityFactory {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const text = (value: string): LanguageMap => ({ [language]: value });
  const lessonUrl = (slug: string) => `${root}lessons/${encodeURIComponent(slug)}/`;
  const competencyUrl = (id: string) => `${root}competencies/${encodeURIComponent(id)}/`;
  const quizPage = (entry: QuizCatalogEntry) => (entry.kind === 'lesson' && entry.lesson ? { url: lessonUrl(entry.lesson), prefix: 'quiz' } : { url: competencyUrl(entry.competency), prefix: 'check' });
  const quizName = (entry: QuizCatalogEntry) => (entry.kind === 'lesson' ? `${entry.title} quiz` : entry.title);
  const titleOf = <T extends { title: string }>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

  return {
    lesson(slug) {
      const lesson = titleOf(catalog.lessons, slug);
      return {
        objectType: 'Activity',
        id: lessonUrl(slug),
        definition: { name: text(lesson?.title ?? slug), ...(lesson?.description ? { description: text(lesson.description) } : {}), type: ACTIVITY_TYPES.lesson },
      };
    },
    quiz(entry) {
      const { url, prefix } = quizPage(entry);
      const what = entry.kind === 'lesson' ? 'The quiz of the lesson' : 'The competency check';
      return {
        objectType: 'Activity',
        id: `${url}#${prefix}`,
        definition: { name: text(quizName(entry)), description: text(`${what}: ${entry.questions.length} questions, passed at ${Math.round(entry.passingScore * 100)} %.`), type: ACTIVITY_TYPES.assessment },
      };
    },
    question(entry, question) {
      const { url, prefix } = quizPage(entry);
      const position = entry.questions.findIndex((candidate) => candidate.id === question.id) + 1;
      return {
        objectType: 'Activity',
        id: `${url}#${prefix}-${encodeURIComponent(question.id)}`,
        definition: { name: text(`${quizName(entry)}, question ${position}`), description: text(question.prompt), type: ACTIVITY_TYPES.interaction, ...describeInteraction(question, language) },
      };
    },
    competency(id) {
      const competency = titleOf(catalog.competencies, id);
      return {
        objectType: 'Activity',
        id: competencyUrl(id),
        definition: { name: text(competency?.title ?? id), ...(competency?.summary ? { description: text(competency.summary) } : {}), type: ACTIVITY_TYPES.objective },
      };
    },
  };
}
