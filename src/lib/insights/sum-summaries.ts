import type { LessonComment } from './insights';
import type { InsightsModel } from './insights-model';
import { STATUS_CODES, type LearnerSummary } from './summarise-learner';

const PRACTISED = STATUS_CODES.indexOf('practised');
const MASTERED = STATUS_CODES.indexOf('mastered');

/**
 * Sums every member's figures in one pass, per competency, question, lesson and certification
 * (a pass over the members per figure took most of the time at 5,000 members).
 */
export function sumSummaries(model: InsightsModel, questionCount: number, members: readonly LearnerSummary[]) {
  const c = model.competencies.length;
  const l = Object.keys(model.lessons).length;
  const counts = (size: number) => new Uint32Array(size);
  const totals = {
    started: counts(c), practised: counts(c), mastered: counts(c), testedOut: counts(c),
    checkScores: Array.from({ length: c }, (): number[] => []),
    answered: counts(questionCount), correctFirst: counts(questionCount),
    wrong: new Array<Map<string, number> | undefined>(questionCount),
    withBefore: counts(c), withAfter: counts(c), withBoth: counts(c), rose: counts(c),
    sumBefore: new Float64Array(c), sumAfter: new Float64Array(c), sumChange: new Float64Array(c),
    useful: counts(l), notUseful: counts(l),
    comments: Array.from({ length: l }, (): LessonComment[] => []),
    earned: counts(model.certifications.length),
    credits: 0,
    masteredIn: new Map<string, number>(), firstIn: new Map<string, number>(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const member of members) {
    for (let i = 0; i < c; i++) {
      const status = member.status[i]!;
      if (status > 0) totals.started[i]!++;
      if (status >= PRACTISED) totals.practised[i]!++;
      if (status === MASTERED) totals.mastered[i]!++;
      if (member.testedOut[i] === 1) totals.testedOut[i]!++;
      if (!Number.isNaN(member.bestCheck[i]!)) totals.checkScores[i]!.push(member.bestCheck[i]!);
      const before = member.before[i]!;
      const after = member.after[i]!;
      if (before) {
        totals.withBefore[i]!++;
        totals.sumBefore[i]! += before;
      }
      if (after) {
        totals.withAfter[i]!++;
        totals.sumAfter[i]! += after;
      }
      if (before && after) {
        totals.withBoth[i]!++;
        totals.sumChange[i]! += after - before;
        if (after > before) totals.rose[i]!++;
      }
      const month = member.masteredMonth[i];
      if (month) bump(totals.masteredIn, month);
    }
    if (member.firstMasteryMonth) bump(totals.firstIn, member.firstMasteryMonth);
    for (let q = 0; q < questionCount; q++) {
      const first = member.firstAnswer[q]!;
      if (first !== -1) totals.answered[q]!++;
      if (first === 1) totals.correctFirst[q]!++;
    }
    for (const [q, texts] of member.wrongAnswers) for (const text of texts) bump((totals.wrong[q] ??= new Map()), text);
    for (let i = 0; i < l; i++) {
      if (member.useful[i] === 1) totals.useful[i]!++;
      else if (member.useful[i] === 0) totals.notUseful[i]!++;
    }
    for (const { lesson, text, useful, at } of member.comments) totals.comments[lesson]!.push({ text, useful, at });
    member.earned.forEach((earned, i) => (totals.earned[i]! += earned));
    totals.credits += member.credits;
  }
  return totals;
}
