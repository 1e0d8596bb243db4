import type { Question } from '../../schemas/question';
import { summariseProgress, type ProgressCatalogue } from '../charts/progress-summary';
import { computeMastery, type MasteryStatus } from '../record/compute-mastery';
import type { Attempt, LearnerRecord } from '../record/learner-record';
import { isCorrect } from '../record/score-answer';
import { describeWrongAnswer } from './describe-wrong-answer';
import type { InsightsModel } from './insights-model';

/** Mastery stages as small numbers, in order (index = code). */
export const STATUS_CODES: readonly MasteryStatus[] = ['not-started', 'in-progress', 'practised', 'mastered'];

/** A question of the model with the position its figures have in every summary. */
export interface IndexedQuestion {
  quizId: string;
  question: Question;
}

/**
 * What one learner contributes to the insights, in typed arrays indexed like the model's
 * competencies, questions and lessons: a few hundred bytes instead of the whole file, so thousands
 * of exports fit in a browser worker.
 */
export interface LearnerSummary {
  /** STATUS_CODES index per competency. */
  status: Uint8Array;
  testedOut: Uint8Array;
  /** Best check score per competency; NaN when the check was not taken. */
  bestCheck: Float64Array;
  /** `YYYY-MM` of each leaf competency's mastery (undefined elsewhere). */
  masteredMonth: (string | undefined)[];
  /** The month of the first mastery of a leaf, if any. */
  firstMasteryMonth?: string;
  /** Per question: -1 never answered, 0 wrong, 1 right on the first attempt that contained it. */
  firstAnswer: Int8Array;
  /** Per question answered wrong first: the wrong options or answer, as text. */
  wrongAnswers: Map<number, string[]>;
  /** Latest confidence rating per competency, 0 when none. */
  before: Uint8Array;
  after: Uint8Array;
  /** Latest "useful?" answer per lesson: -1 none, 0 not useful, 1 useful. */
  useful: Int8Array;
  comments: { lesson: number; text: string; useful: boolean; at: string }[];
  /** CE credits earned: completed lessons' plus earned certifications'. */
  credits: number;
  /** Per certification: 1 when earned. */
  earned: Uint8Array;
}

/** Summarises records against one model; the index is built once for all learners. */
export function createSummariser(model: InsightsModel): { questions: IndexedQuestion[]; summarise(record: LearnerRecord): LearnerSummary } {
  const competencyIndex = new Map(model.competencies.map((competency, index) => [competency.id, index]));
  const lessonSlugs = Object.keys(model.lessons);
  const lessonIndex = new Map(lessonSlugs.map((slug, index) => [slug, index]));
  const questions: IndexedQuestion[] = model.quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quizId: quiz.id, question })));
  const questionsOf = new Map<string, { index: number; question: Question }[]>();
  questions.forEach(({ quizId, question }, index) => {
    const list = questionsOf.get(quizId) ?? [];
    list.push({ index, question });
    questionsOf.set(quizId, list);
  });
  const catalogue: ProgressCatalogue = { competencies: model.competencies.filter((competency) => competency.leaf).map((competency) => competency.id), lessons: model.lessons, certifications: model.certifications };

  const summarise = (record: LearnerRecord): LearnerSummary => {
    const report = computeMastery(model.mastery, record);
    const count = model.competencies.length;
    const summary: LearnerSummary = {
      status: new Uint8Array(count),
      testedOut: new Uint8Array(count),
      bestCheck: new Float64Array(count).fill(NaN),
      masteredMonth: new Array<string | undefined>(count),
      firstAnswer: new Int8Array(questions.length).fill(-1),
      wrongAnswers: new Map(),
      before: new Uint8Array(count),
      after: new Uint8Array(count),
      useful: new Int8Array(lessonSlugs.length).fill(-1),
      comments: [],
      credits: 0,
      earned: new Uint8Array(model.certifications.length),
    };
    model.competencies.forEach((competency, index) => {
      const mastery = Object.hasOwn(report.competencies, competency.id) ? report.competencies[competency.id]! : undefined;
      if (!mastery) return;
      summary.status[index] = STATUS_CODES.indexOf(mastery.status);
      summary.testedOut[index] = mastery.testedOut ? 1 : 0;
      if (mastery.bestCheckScore !== undefined) summary.bestCheck[index] = mastery.bestCheckScore;
      if (competency.leaf && mastery.masteredAt) {
        const month = mastery.masteredAt.slice(0, 7);
        summary.masteredMonth[index] = month;
        if (!summary.firstMasteryMonth || month < summary.firstMasteryMonth) summary.firstMasteryMonth = month;
      }
    });

    // The first attempt that contained a question decides "right first time" (ties: earlier finish, then id).
    const attempts = record.attempts.slice().sort(compareAttempts);
    for (const attempt of attempts) {
      for (const { index, question } of questionsOf.get(attempt.quizId) ?? []) {
        if (summary.firstAnswer[index] !== -1 || !Object.hasOwn(attempt.answers, question.id)) continue;
        const answer = attempt.answers[question.id]!;
        const right = isCorrect(question, answer);
        summary.firstAnswer[index] = right ? 1 : 0;
        if (!right) {
          const wrong = describeWrongAnswer(question, answer);
          if (wrong.length) summary.wrongAnswers.set(index, wrong);
        }
      }
    }

    const ratedAt = new Map<string, string>();
    for (const rating of record.confidence) {
      const index = competencyIndex.get(rating.competency);
      if (index === undefined) continue;
      const key = `${rating.phase}\n${index}`;
      const seen = ratedAt.get(key);
      if (seen !== undefined && rating.at < seen) continue;
      ratedAt.set(key, rating.at);
      (rating.phase === 'before' ? summary.before : summary.after)[index] = rating.rating;
    }

    const answeredAt = new Map<number, string>();
    for (const feedback of record.feedback) {
      const index = lessonIndex.get(feedback.lesson);
      if (index === undefined) continue;
      if (feedback.comment) summary.comments.push({ lesson: index, text: feedback.comment, useful: feedback.useful, at: feedback.at });
      const seen = answeredAt.get(index);
      if (seen !== undefined && feedback.at < seen) continue;
      answeredAt.set(index, feedback.at);
      summary.useful[index] = feedback.useful ? 1 : 0;
    }

    const progress = summariseProgress(catalogue, report);
    summary.credits = progress.credits;
    progress.certifications.forEach((certification, index) => (summary.earned[index] = certification.earned ? 1 : 0));
    return summary;
  };
  return { questions, summarise };
}

function compareAttempts(a: Attempt, b: Attempt): number {
  return compare(a.startedAt, b.startedAt) || compare(a.finishedAt, b.finishedAt) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
