import { describeHeadline } from './describe-headline';
import type { CompetencyInsight, ConfidenceInsight, FilesInsight, Insights, LessonInsight, MonthInsight, QuestionInsight } from './insights';
import type { InsightsModel } from './insights-model';
import { sumSummaries } from './sum-summaries';
import type { IndexedQuestion, LearnerSummary } from './summarise-learner';

/** How many questions the "hardest" list holds. */
export const HARDEST_COUNT = 10;

/**
 * Turns the learners' summaries (one per member) into the insights. Pure, and the same whatever
 * the order of `members` (comments are sorted newest first, then by text).
 */
export function buildInsights(model: InsightsModel, questions: readonly IndexedQuestion[], members: readonly LearnerSummary[], files: FilesInsight, now: string): Insights {
  const n = members.length;
  const rate = (count: number) => (n ? count / n : 0);
  const totals = sumSummaries(model, questions.length, members);

  const competencies = model.competencies.map((competency, index): CompetencyInsight => {
    const scores = totals.checkScores[index]!;
    return {
      id: competency.id,
      title: competency.title,
      ...(competency.code === undefined ? {} : { code: competency.code }),
      leaf: competency.leaf,
      area: competency.depth === 0,
      depth: competency.depth,
      started: totals.started[index]!,
      startedRate: rate(totals.started[index]!),
      practised: totals.practised[index]!,
      practisedRate: rate(totals.practised[index]!),
      mastered: totals.mastered[index]!,
      masteredRate: rate(totals.mastered[index]!),
      checkTakers: scores.length,
      medianBestScore: median(scores),
      testedOut: totals.testedOut[index]!,
    };
  });

  const quizzes = new Map(model.quizzes.map((quiz) => [quiz.id, quiz]));
  const questionInsights = questions.map(({ quizId, question }, index): QuestionInsight => {
    const quiz = quizzes.get(quizId)!;
    const answered = totals.answered[index]!;
    return {
      quizId,
      quizTitle: quiz.title,
      kind: quiz.kind,
      ...(quiz.lesson === undefined ? {} : { lesson: quiz.lesson }),
      competency: quiz.competency,
      questionId: question.id,
      prompt: question.prompt,
      type: question.type,
      answered,
      correctFirst: totals.correctFirst[index]!,
      correctFirstRate: answered ? totals.correctFirst[index]! / answered : null,
      commonWrong: mostCommon(totals.wrong[index]),
    };
  });

  const confidence = model.competencies.map((competency, index): ConfidenceInsight => ({
    id: competency.id,
    title: competency.title,
    withBefore: totals.withBefore[index]!,
    withAfter: totals.withAfter[index]!,
    meanBefore: ratio(totals.sumBefore[index]!, totals.withBefore[index]!),
    meanAfter: ratio(totals.sumAfter[index]!, totals.withAfter[index]!),
    withBoth: totals.withBoth[index]!,
    meanChange: ratio(totals.sumChange[index]!, totals.withBoth[index]!),
    rose: totals.rose[index]!,
  }));

  const lessons = Object.entries(model.lessons).map(([slug, lesson], index): LessonInsight => {
    const useful = totals.useful[index]!;
    const notUseful = totals.notUseful[index]!;
    const comments = totals.comments[index]!.sort((a, b) => compare(b.at, a.at) || compare(a.text, b.text) || Number(a.useful) - Number(b.useful));
    const ratings = useful + notUseful;
    return { slug, title: lesson.title, competency: lesson.competency, ratings, useful, notUseful, usefulShare: ratings ? useful / ratings : null, comments };
  });

  const certifications = model.certifications.map((certification, index) => {
    const earned = totals.earned[index]!;
    const ceCredits = certification.ceCredits ?? 0;
    return { id: certification.id, title: certification.title, earned, earnedRate: rate(earned), ceCredits, creditsEarned: round2(earned * ceCredits) };
  });
  const total = round2(totals.credits);

  return {
    site: model.site,
    generatedAt: now,
    files,
    members: n,
    competencies,
    questions: questionInsights,
    hardest: pickHardest(questionInsights),
    confidence,
    lessons,
    credits: { total, meanPerMember: n ? round2(total / n) : null, certifications },
    months: countMonths(totals.masteredIn, totals.firstIn),
    headline: describeHeadline(n, certifications, competencies),
  };
}

/**
 * The hardest questions: among those answered by at least one member, the lowest share right on
 * the first attempt; on a tie the one more members answered (the surer figure), then display order.
 */
export function pickHardest(questions: readonly QuestionInsight[], limit = HARDEST_COUNT): QuestionInsight[] {
  return questions
    .map((question, order) => ({ question, order }))
    .filter(({ question }) => question.answered > 0)
    .sort((a, b) => a.question.correctFirstRate! - b.question.correctFirstRate! || b.question.answered - a.question.answered || a.order - b.order)
    .slice(0, limit)
    .map(({ question }) => question);
}

/** Mastery per UTC month from the first to the last, months without any included. */
function countMonths(mastered: Map<string, number>, first: Map<string, number>): MonthInsight[] {
  const months = [...mastered.keys()].sort();
  if (months.length === 0) return [];
  const result: MonthInsight[] = [];
  for (let month = months[0]!; month <= months.at(-1)!; month = nextMonth(month)) {
    result.push({ month, mastered: mastered.get(month) ?? 0, firstMasteries: first.get(month) ?? 0 });
  }
  return result;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${String(year).padStart(4, '0')}-${String(number + 1).padStart(2, '0')}`;
}

/** The most frequent key (ties: the alphabetically first, so input order never matters). */
function mostCommon(counts: Map<string, number> | undefined): { answer: string; count: number } | null {
  let best: { answer: string; count: number } | null = null;
  for (const [answer, count] of counts ?? []) if (!best || count > best.count || (count === best.count && answer < best.answer)) best = { answer, count };
  return best;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function ratio(sum: number, count: number): number | null {
  return count ? sum / count : null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
