import type { Question } from '../../schemas/question';
import { createRandom, deriveSeed, type Random } from '../bench/random';
import { buildExport, exportFileName } from '../record/export-record';
import { checkQuizId, createRecord, lessonQuizId, RECORD_VERSION, type Answer, type LearnerRecord } from '../record/learner-record';
import { addAttempt, addFeedback, completeLesson, rateConfidence, recordVisit } from '../record/record-actions';
import { scoreQuiz } from '../record/score-answer';
import { generateRightAnswer, generateWrongAnswer } from './generate-answer';
import type { InsightsModel } from './insights-model';

/** A generated file, with what it is, so tests know the answer without re-reading it. */
export interface GeneratedExport {
  name: string;
  bytes: Uint8Array;
  /** `export`: a learner's latest export; `earlier`: an older export of the same learner; `bad`: a file the validator refuses. */
  kind: 'export' | 'earlier' | 'bad';
  /** The learner of an `export` or `earlier` file. */
  learnerId?: string;
}

/** How many questions a generated check attempt draws from the pool. */
const CHECK_DRAW = 5;
const DAY = 24 * 60 * 60 * 1000;
const COMMENTS = ['Clear and practical, thank you.', 'The example helped me fix our newsletter.', 'A bit long for me.', 'I would like more examples, please.', 'Finally understood this, "great" lesson.', '=Useful, but the quiz was hard'];
const encoder = new TextEncoder();

/**
 * Generates `count` export files as learners' browsers write them (createRecord, the record
 * actions, buildExport), against the model's real lessons, questions and answers: some right,
 * some wrong, retries, test-outs, confidence before and after, feedback with comments. About one
 * file in 20 is an earlier export of a learner who also has a later one; `badShare` of the files
 * (default 0) are broken in each of the ways the validator refuses. Deterministic for a seed;
 * no date passes `now`.
 */
export function generateExports(model: InsightsModel, options: { count: number; seed: number; now: string; badShare?: number }): GeneratedExport[] {
  const random = createRandom(options.seed);
  const now = Date.parse(options.now);
  const bad = Math.round(options.count * Math.min(1, Math.max(0, options.badShare ?? 0)));
  const good = options.count - bad;
  const earlier = Math.floor(good / 20);
  const learners = good - earlier;
  const files: GeneratedExport[] = [];
  let earlierMade = 0;
  for (let index = 0; index < learners; index++) {
    const { record, snapshot } = simulateLearner(model, createRandom(deriveSeed(options.seed, index)), now, index % 19 === 3 && earlierMade < earlier);
    // The latest export comes after the earlier one even when the learner did nothing in between.
    files.push(toFile(model, record, 'export', index, snapshot?.at));
    if (snapshot) {
      files.push(toFile(model, snapshot.record, 'earlier', index, snapshot.at, true));
      earlierMade++;
    }
  }
  // Fewer learners than the pattern needs: fill the remaining earlier exports with plain ones.
  for (let index = files.length; index < good; index++) files.push(toFile(model, simulateLearner(model, createRandom(deriveSeed(options.seed, index)), now, false).record, 'export', index));
  for (let index = 0; index < bad; index++) files.push(makeBadFile(model, index));
  return random.sample(files, files.length);
}

type Simulated = { record: LearnerRecord; snapshot?: { record: LearnerRecord; at: string } };

/** One learner's months on the portal: leaves taken in display order, each path lesson by lesson. */
function simulateLearner(model: InsightsModel, random: Random, now: number, withSnapshot: boolean): Simulated {
  const id = generateLearnerId(random);
  let time = now - random.int(30, 540) * DAY;
  const at = (minutes: number) => new Date(Math.min(now - 60_000, (time += minutes * 60_000))).toISOString();
  let record = createRecord(id, at(0));
  const skill = 0.45 + random.next() * 0.5;
  // Most members take a few competencies; some take them all.
  const engagement = random.chance(0.15) ? 0.9 : 0.1 + random.next() * 0.4;
  const quizzes = new Map(model.quizzes.map((quiz) => [quiz.id, quiz]));
  let attemptNumber = 0;
  const attempt = (quizId: string, questions: Question[], passingScore: number, chance: number) => {
    const answers: Record<string, Answer> = {};
    for (const question of questions) answers[question.id] = random.chance(chance) ? generateRightAnswer(question) : generateWrongAnswer(question, random);
    const { score, passed } = scoreQuiz(questions, answers, passingScore);
    const startedAt = at(random.int(1, 30));
    record = addAttempt(record, { id: `${id}-a${attemptNumber++}`, quizId, startedAt, finishedAt: at(random.int(1, 8)), answers, score, passed });
    return passed;
  };
  const takeCheck = (competency: string, chance: number) => {
    const check = quizzes.get(checkQuizId(competency));
    return check ? attempt(check.id, random.sample(check.questions, CHECK_DRAW), check.passingScore, chance) : false;
  };

  const leaves = model.competencies.filter((competency) => competency.leaf);
  let snapshot: Simulated['snapshot'];
  leaves.forEach((competency, position) => {
    if (withSnapshot && !snapshot && position >= leaves.length / 3) snapshot = { record, at: at(random.int(60, 600)) };
    if (!random.chance(engagement)) return;
    time += random.int(0, 12) * DAY;
    const before = random.chance(0.7) ? random.int(1, 4) : 0;
    if (before) record = rateConfidence(record, competency.id, 'before', before, at(1));
    let mastered = random.chance(0.08) && takeCheck(competency.id, Math.min(0.97, skill + 0.25));
    let finished = true;
    for (const slug of model.mastery.competencies[competency.id]?.path ?? []) {
      if (random.chance(0.07)) {
        finished = false;
        break;
      }
      record = recordVisit(record, slug, at(random.int(5, 600)));
      const quiz = quizzes.get(lessonQuizId(slug));
      let done = true;
      if (quiz) {
        done = false;
        for (let tries = 0; tries < 3 && !done; tries++) done = attempt(quiz.id, quiz.questions, quiz.passingScore, Math.min(0.97, skill + 0.15 * tries));
      } else if (random.chance(0.92)) record = completeLesson(record, slug, at(random.int(5, 15)));
      else done = false;
      finished &&= done;
      if (random.chance(0.3)) {
        const useful = random.chance(0.8);
        record = addFeedback(record, { id: `${id}-f${slug}`, lesson: slug, useful, ...(random.chance(0.3) ? { comment: random.pick(COMMENTS) } : {}), at: at(1) });
      }
    }
    for (let tries = 0; finished && !mastered && tries < 2; tries++) mastered = takeCheck(competency.id, Math.min(0.97, skill + 0.1 + 0.1 * tries));
    if (finished && (before || random.chance(0.3)) && random.chance(0.8)) {
      record = rateConfidence(record, competency.id, 'after', Math.min(5, Math.max(1, (before || 3) + random.int(-1, 2))), at(1));
    }
  });
  return snapshot ? { record, snapshot } : { record };
}

/** An export made a minute after the record's last event (and after `notBefore`), or exactly at `at`. */
function toFile(model: InsightsModel, record: LearnerRecord, kind: 'export' | 'earlier', index: number, notBefore?: string, exact = false): GeneratedExport {
  const lastEvent = [record.createdAt, notBefore ?? '', ...record.attempts.map((attempt) => attempt.finishedAt), ...record.feedback.map((feedback) => feedback.at), ...record.confidence.map((rating) => rating.at)].sort().at(-1)!;
  const now = exact && notBefore ? notBefore : new Date(Date.parse(lastEvent) + 60_000).toISOString();
  const file = buildExport(record, { siteId: model.site.id, siteUrl: model.site.url, contentVersion: 'generated', now });
  const name = exportFileName(model.site.id, now).replace(/\.json$/, `-${kind === 'earlier' ? 'earlier-' : ''}${index + 1}.json`);
  return { name, bytes: encoder.encode(JSON.stringify(file, null, 2)), kind, learnerId: record.learnerId };
}

/** A file refused for reason `index` modulo the six kinds: not JSON, not Micropath, empty, newer, damaged, UTF-16. */
function makeBadFile(model: InsightsModel, index: number): GeneratedExport {
  const valid = JSON.stringify(buildExport(createRecord(`bad-${index}`, '2026-01-01T00:00:00.000Z'), { siteId: model.site.id, siteUrl: model.site.url, contentVersion: 'generated', now: '2026-01-02T00:00:00.000Z' }));
  const kinds: (() => Uint8Array)[] = [
    () => encoder.encode(valid.slice(0, valid.length - 20)),
    // Each its own contents, as different people's files are: the same bytes would be a copy, read once.
    () => encoder.encode(JSON.stringify({ name: `spreadsheet export ${index + 1}`, rows: [] })),
    () => new Uint8Array(0),
    () => encoder.encode(valid.replace(`"version":${RECORD_VERSION}`, `"version":${RECORD_VERSION + 1}`)),
    () => encoder.encode(valid.replace('"attempts":[]', '"attempts":"none"')),
    () => new Uint8Array([0xff, 0xfe, ...[...valid].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]),
  ];
  return { name: `broken-${index + 1}.json`, bytes: kinds[index % kinds.length]!(), kind: 'bad' };
}

/** A random version-4-shaped UUID, as the browser's crypto.randomUUID writes learner ids. */
function generateLearnerId(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.int(0, 3)).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
