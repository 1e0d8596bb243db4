import { describeHeadline } from './describe-headline';
import type { CompetencyInsight, ConfidenceInsight, FilesInsight, Insights, LessonInsight, MonthInsight, QuestionInsight } from './insights';
import type { InsightsModel } from './insights-model';
import { STATUS_CODES, type IndexedQuestion, type LearnerSummary } from './summarise-learner';

/** How many questions the "hardest" list holds. */
export const HARDEST_COUNT = 10;

const PRACTISED = STATUS_CODES.indexOf('practised');
const MASTERED = STATUS_CODES.indexOf('mastered');

/**
 * Turns the learners' summaries (one per member) into the insights. Pure and independent of the
 * order of `members`, except comments on the same lesson at the same instant (kept in input order).
 */
export function buildInsights(model: InsightsModel, questions: readonly IndexedQuestion[], members: readonly LearnerSummary[], files: FilesInsight, now: string): Insights {
  const n = members.length;
  const rate = (count: number) => (n ? count / n : 0);
  const count = (test: (member: LearnerSummary) => boolean) => members.reduce((total, member) => total + (test(member) ? 1 : 0), 0);

  const competencies = model.competencies.map((competency, index): CompetencyInsight => {
    const started = count((member) => member.status[index]! > 0);
    const practised = count((member) => member.status[index]! >= PRACTISED);
    const mastered = count((member) => member.status[index] === MASTERED);
    const scores = members.map((member) => member.bestCheck[index]!).filter((score) => !Number.isNaN(score));
    return {
      id: competency.id,
      title: competency.title,
      ...(competency.code === undefined ? {} : { code: competency.code }),
      leaf: competency.leaf,
      area: competency.depth === 0,
      depth: competency.depth,
      started,
      startedRate: rate(started),
      practised,
      practisedRate: rate(practised),
      mastered,
      masteredRate: rate(mastered),
      checkTakers: scores.length,
      medianBestScore: median(scores),
      testedOut: count((member) => member.testedOut[index] === 1),
    };
  });

  const quizzes = new Map(model.quizzes.map((quiz) => [quiz.id, quiz]));
  const questionInsights = questions.map(({ quizId, question }, index): QuestionInsight => {
    const quiz = quizzes.get(quizId)!;
    const answered = count((member) => member.firstAnswer[index] !== -1);
    const correctFirst = count((member) => member.firstAnswer[index] === 1);
    const wrong = new Map<string, number>();
    for (const member of members) for (const text of member.wrongAnswers.get(index) ?? []) wrong.set(text, (wrong.get(text) ?? 0) + 1);
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
      correctFirst,
      correctFirstRate: answered ? correctFirst / answered : null,
      commonWrong: mostCommon(wrong),
    };
  });

  const confidence = model.competencies.map((competency, index): ConfidenceInsight => {
    const before = members.map((member) => member.before[index]!).filter(Boolean);
    const after = members.map((member) => member.after[index]!).filter(Boolean);
    const both = members.filter((member) => member.before[index]! > 0 && member.after[index]! > 0);
    const changes = both.map((member) => member.after[index]! - member.before[index]!);
    return {
      id: competency.id,
      title: competency.title,
      withBefore: before.length,
      withAfter: after.length,
      meanBefore: mean(before),
      meanAfter: mean(after),
      withBoth: both.length,
      meanChange: mean(changes),
      rose: changes.filter((change) => change > 0).length,
    };
  });

  const lessons = Object.entries(model.lessons).map(([slug, lesson], index): LessonInsight => {
    const useful = count((member) => member.useful[index] === 1);
    const notUseful = count((member) => member.useful[index] === 0);
    const comments = members
      .flatMap((member) => member.comments.filter((comment) => comment.lesson === index))
      .map(({ text, useful: helped, at }) => ({ text, useful: helped, at }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const ratings = useful + notUseful;
    return { slug, title: lesson.title, competency: lesson.competency, ratings, useful, notUseful, usefulShare: ratings ? useful / ratings : null, comments };
  });

  const certifications = model.certifications.map((certification, index) => {
    const earned = count((member) => member.earned[index] === 1);
    const ceCredits = certification.ceCredits ?? 0;
    return { id: certification.id, title: certification.title, earned, earnedRate: rate(earned), ceCredits, creditsEarned: round2(earned * ceCredits) };
  });
  const total = round2(members.reduce((sum, member) => sum + member.credits, 0));

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
    months: countMonths(members),
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
function countMonths(members: readonly LearnerSummary[]): MonthInsight[] {
  const mastered = new Map<string, number>();
  const first = new Map<string, number>();
  for (const member of members) {
    for (const month of member.masteredMonth) if (month) mastered.set(month, (mastered.get(month) ?? 0) + 1);
    if (member.firstMasteryMonth) first.set(member.firstMasteryMonth, (first.get(member.firstMasteryMonth) ?? 0) + 1);
  }
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
function mostCommon(counts: Map<string, number>): { answer: string; count: number } | null {
  let best: { answer: string; count: number } | null = null;
  for (const [answer, count] of counts) if (!best || count > best.count || (count === best.count && answer < best.answer)) best = { answer, count };
  return best;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
