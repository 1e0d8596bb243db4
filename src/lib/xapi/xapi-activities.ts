import type { Question } from '../../schemas/question';
import type { QuizCatalogEntry } from '../portal/quiz-catalog';
import { describeInteraction } from './describe-interaction';
import type { XapiCatalog } from './xapi-catalog';
import type { ActivityDefinition, LanguageMap, XapiActivity } from './xapi-statement';
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
  const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);
  const activity = (id: string, type: string, name: string, description?: string, extra: Partial<ActivityDefinition> = {}): XapiActivity => ({
    objectType: 'Activity',
    id,
    definition: { name: text(name), ...(description ? { description: text(description) } : {}), type, ...extra },
  });

  return {
    lesson(slug) {
      const lesson = own(catalog.lessons, slug);
      return activity(lessonUrl(slug), ACTIVITY_TYPES.lesson, lesson?.title ?? slug, lesson?.description);
    },
    quiz(entry) {
      const { url, prefix } = quizPage(entry);
      const what = entry.kind === 'lesson' ? 'The quiz of the lesson' : 'The competency check';
      return activity(`${url}#${prefix}`, ACTIVITY_TYPES.assessment, quizName(entry), `${what}: ${entry.questions.length} questions, passed at ${Math.round(entry.passingScore * 100)} %.`);
    },
    question(entry, question) {
      const { url, prefix } = quizPage(entry);
      const position = entry.questions.findIndex((candidate) => candidate.id === question.id) + 1;
      return activity(`${url}#${prefix}-${encodeURIComponent(question.id)}`, ACTIVITY_TYPES.interaction, `${quizName(entry)}, question ${position}`, question.prompt, describeInteraction(question, language));
    },
    competency(id) {
      const competency = own(catalog.competencies, id);
      return activity(competencyUrl(id), ACTIVITY_TYPES.objective, competency?.title ?? id, competency?.summary);
    },
  };
}
