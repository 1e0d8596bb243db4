import { join } from 'node:path';
import { checkContent } from '../../../../src/lib/checks/check-content';
import { readContentDir } from '../../../../src/lib/node/read-content-dir';
import { buildPortal, type Portal } from '../../../../src/lib/portal/build-portal';
import { buildMasteryModel } from '../../../../src/lib/portal/mastery-model';
import { buildQuizCatalog, type QuizCatalogEntry } from '../../../../src/lib/portal/quiz-catalog';
import { createRecord, type Answer, type Attempt, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { scoreQuiz } from '../../../../src/lib/record/score-answer';
import { createSeededRandom } from '../../../../src/lib/quiz/random';
import type { XapiCatalog, XapiSiteContext } from '../../../../src/lib/xapi/xapi-catalog';
import { QuestionSchema, type Question } from '../../../../src/schemas/question';
import { repoRoot } from '../../../helpers/content-files';

/** Where the statements say they come from. */
export const SITE: XapiSiteContext = { siteUrl: 'https://example.org/my-portal/', siteTitle: 'Example Academy', now: '2025-06-01T12:00:00.000Z', language: 'en' };

/** One question of every type, parsed by the real schema so defaults (tolerance, correct) apply. */
export const QUESTIONS: Record<Question['type'], Question> = {
  single: QuestionSchema.parse({ id: 'q-single', type: 'single', prompt: 'Pick one', explanation: 'E', choices: [{ text: 'Wrong', feedback: 'F' }, { text: 'Right', correct: true, feedback: 'F' }, { text: 'Also wrong', feedback: 'F' }] }),
  multiple: QuestionSchema.parse({ id: 'q-multiple', type: 'multiple', prompt: 'Pick some', explanation: 'E', choices: [{ text: 'A', correct: true, feedback: 'F' }, { text: 'B', feedback: 'F' }, { text: 'C', correct: true, feedback: 'F' }] }),
  'true-false': QuestionSchema.parse({ id: 'q-true-false', type: 'true-false', prompt: 'True?', explanation: 'E', answer: false }),
  text: QuestionSchema.parse({ id: 'q-text', type: 'text', prompt: 'Name it', explanation: 'E', accept: ['alt text', 'text alternative'] }),
  numeric: QuestionSchema.parse({ id: 'q-numeric', type: 'numeric', prompt: 'Contrast?', explanation: 'E', answer: 4.5, tolerance: 0.1, unit: ':1' }),
  order: QuestionSchema.parse({ id: 'q-order', type: 'order', prompt: 'Order them', explanation: 'E', items: ['First', 'Second', 'Third'] }),
  match: QuestionSchema.parse({ id: 'q-match', type: 'match', prompt: 'Match them', explanation: 'E', pairs: [{ left: 'H1', right: 'Title' }, { left: 'H2', right: 'Section' }] }),
};

/** A right and a wrong answer for every question type, indexing into the author's lists. */
export const ANSWERS: Record<Question['type'], { right: Answer; wrong: Answer }> = {
  single: { right: { type: 'single', choice: 1 }, wrong: { type: 'single', choice: 2 } },
  multiple: { right: { type: 'multiple', choices: [0, 2] }, wrong: { type: 'multiple', choices: [1] } },
  'true-false': { right: { type: 'true-false', value: false }, wrong: { type: 'true-false', value: true } },
  text: { right: { type: 'text', value: 'Alt Text' }, wrong: { type: 'text', value: 'caption' } },
  numeric: { right: { type: 'numeric', value: 4.55 }, wrong: { type: 'numeric', value: 3 } },
  order: { right: { type: 'order', items: [0, 1, 2] }, wrong: { type: 'order', items: [2, 0, 1] } },
  match: { right: { type: 'match', pairs: [0, 1] }, wrong: { type: 'match', pairs: [1, 0] } },
};

const quizEntry = (fields: Omit<QuizCatalogEntry, 'questions'>, questions: Question[]): QuizCatalogEntry => ({ ...fields, questions });

/**
 * A small portal: competency `skill` (path: lesson `with-quiz` holding all 7 question types, then
 * `reading` without a quiz) with a check, and `other` (path: `reading`) without one; area `area`.
 */
export const CATALOG: XapiCatalog = {
  quizzes: {
    'lesson:with-quiz': quizEntry({ id: 'lesson:with-quiz', kind: 'lesson', title: 'Every question type', lesson: 'with-quiz', competency: 'skill', passingScore: 0.8 }, Object.values(QUESTIONS)),
    'check:skill': quizEntry({ id: 'check:skill', kind: 'check', title: 'Skill check', competency: 'skill', passingScore: 0.8 }, [QUESTIONS.single, QUESTIONS['true-false']]),
  },
  lessons: { 'with-quiz': { title: 'Every question type' }, reading: { title: 'A reading', description: 'Read this.' } },
  competencies: { area: { title: 'The area' }, skill: { title: 'A skill', summary: 'Do the thing.' }, other: { title: 'Another skill' } },
  model: {
    competencies: {
      area: { children: ['skill', 'other'], path: [], hasCheck: false, threshold: 0.8 },
      skill: { children: [], path: ['with-quiz', 'reading'], hasCheck: true, threshold: 0.8 },
      other: { children: [], path: ['reading'], hasCheck: false, threshold: 0.8 },
    },
    lessons: { 'with-quiz': { hasQuiz: true }, reading: { hasQuiz: false } },
    certifications: {},
  },
};

/** An ISO date-time on a day of March 2025 at a given UTC time. */
export const at = (day: number, time = '09:00:00.000') => `2025-03-${String(day).padStart(2, '0')}T${time}Z`;

/** An attempt at a quiz of CATALOG with the given answers. */
export function attemptOf(id: string, quizId: string, answers: Record<string, Answer>, fields: Partial<Attempt> = {}): Attempt {
  return { id, quizId, startedAt: at(3), finishedAt: at(3, '09:04:12.500'), answers, score: 1, passed: true, ...fields };
}

/**
 * A generated record over CATALOG: `attempts` attempts at the 7-type quiz and the check, each
 * question answered right or wrong at random (seeded), with lessons visited and completed.
 */
export function generateRecord(seed: string, attempts = 12): LearnerRecord {
  const random = createSeededRandom(seed);
  const record = createRecord(`learner-${seed}`, at(1));
  record.lessons = { 'with-quiz': { firstVisitedAt: at(2), lastVisitedAt: at(4), visits: 3 }, reading: { firstVisitedAt: at(2), lastVisitedAt: at(2), visits: 1, firstCompletedAt: at(2, '10:00:00.000') } };
  for (let index = 0; index < attempts; index++) {
    const entry = index % 3 === 2 ? CATALOG.quizzes['check:skill']! : CATALOG.quizzes['lesson:with-quiz']!;
    const answers = Object.fromEntries(entry.questions.filter(() => random() < 0.9).map((question) => [question.id, ANSWERS[question.type][random() < 0.6 ? 'right' : 'wrong']]));
    const { score, passed } = scoreQuiz(entry.questions, answers, entry.passingScore);
    const day = 3 + index;
    record.attempts.push(attemptOf(`a${index}`, entry.id, answers, { startedAt: at(day, '08:00:00.000'), finishedAt: at(day, `08:${String(1 + index).padStart(2, '0')}:30.250`), score, passed }));
  }
  return record;
}

/** The catalog of the real bundled portal in content/, as the progress page assembles it. */
export function contentCatalog(): { catalog: XapiCatalog; portal: Portal } {
  const { content } = checkContent(readContentDir(join(repoRoot, 'content'), repoRoot));
  if (!content) throw new Error('content/ does not pass the content checks');
  const portal = buildPortal(content);
  const catalog: XapiCatalog = {
    quizzes: buildQuizCatalog(portal).quizzes,
    lessons: Object.fromEntries(Object.values(portal.lessons).map((lesson) => [lesson.id, { title: lesson.title }])),
    competencies: Object.fromEntries(Object.values(portal.competencies).map((competency) => [competency.id, { title: competency.title }])),
    model: buildMasteryModel(portal),
  };
  return { catalog, portal };
}
