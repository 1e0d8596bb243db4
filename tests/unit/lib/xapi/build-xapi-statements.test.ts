import { describe, expect, it } from 'vitest';
import { computeMastery } from '../../../../src/lib/record/compute-mastery';
import { createRecord, type Answer, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { mergeRecords } from '../../../../src/lib/record/merge-records';
import { buildXapiStatements, xapiFileName } from '../../../../src/lib/xapi/build-xapi-statements';
import type { XapiStatement } from '../../../../src/lib/xapi/xapi-statement';
import { QuestionSchema } from '../../../../src/schemas/question';
import { seededRecord } from '../../../e2e/progress-fixtures';
import { checkXapiStatements } from '../../../helpers/xapi-rules';
import { ANSWERS, at, attemptOf, CATALOG, contentCatalog, generateRecord, QUESTIONS, SITE } from './xapi-fixtures';

const ADL = 'http://adlnet.gov/expapi/verbs/';
const statementsOf = (record: LearnerRecord) => buildXapiStatements(record, CATALOG, SITE).statements;
const verbOf = (statement: XapiStatement) => statement.verb.id.slice(ADL.length);
const withVerb = (statements: XapiStatement[], verb: string) => statements.filter((statement) => verbOf(statement) === verb);

/** A record with one attempt at the 7-type quiz, answering every question right or every one wrong. */
const answeredAll = (which: 'right' | 'wrong') => {
  const record = createRecord('learner-1', at(1));
  record.attempts = [attemptOf('a1', 'lesson:with-quiz', Object.fromEntries(Object.values(QUESTIONS).map((question) => [question.id, ANSWERS[question.type][which]])))];
  return record;
};
const answeredTo = (statements: XapiStatement[], questionId: string) => {
  const found = withVerb(statements, 'answered').find((statement) => statement.object.id.endsWith(`#quiz-${questionId}`));
  if (!found) throw new Error(`no answered statement for ${questionId}`);
  return found;
};

describe('buildXapiStatements', () => {
  it('describes a single-choice question with the author\'s choices as components and the chosen one as response', () => {
    const right = answeredTo(statementsOf(answeredAll('right')), 'q-single');
    expect(right.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      choices: QUESTIONS.single.type === 'single' ? QUESTIONS.single.choices.map((choice, index) => ({ id: `choice-${index}`, description: { en: choice.text } })) : [],
      correctResponsesPattern: ['choice-1'],
    });
    expect(right.result).toEqual({ response: 'choice-1', success: true });
    expect(answeredTo(statementsOf(answeredAll('wrong')), 'q-single').result).toEqual({ response: 'choice-2', success: false });
  });

  it('joins every right choice of a multiple-choice question with [,]', () => {
    const right = answeredTo(statementsOf(answeredAll('right')), 'q-multiple');
    expect(right.object.definition).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['choice-0[,]choice-2'] });
    expect(right.result).toEqual({ response: 'choice-0[,]choice-2', success: true });
    expect(answeredTo(statementsOf(answeredAll('wrong')), 'q-multiple').result).toEqual({ response: 'choice-1', success: false });
  });

  it('writes a true-false answer and its right value as "true" or "false"', () => {
    const right = answeredTo(statementsOf(answeredAll('right')), 'q-true-false');
    expect(right.object.definition).toMatchObject({ interactionType: 'true-false', correctResponsesPattern: ['false'] });
    expect(right.object.definition.choices).toBeUndefined();
    expect(right.result).toEqual({ response: 'false', success: true });
    expect(answeredTo(statementsOf(answeredAll('wrong')), 'q-true-false').result).toEqual({ response: 'true', success: false });
  });

  it('lists every accepted text as a case-insensitive fill-in pattern and keeps the typed text as response', () => {
    const right = answeredTo(statementsOf(answeredAll('right')), 'q-text');
    expect(right.object.definition).toMatchObject({ interactionType: 'fill-in', correctResponsesPattern: ['{case_matters=false}alt text', '{case_matters=false}text alternative'] });
    expect(right.result).toEqual({ response: 'Alt Text', success: true });
    expect(answeredTo(statementsOf(answeredAll('wrong')), 'q-text').result).toEqual({ response: 'caption', success: false });
  });

  it('leaves out a typed text holding the [,] delimiter or a leading {…} tag, which an LRS would read as several answers or a tag', () => {
    const record = createRecord('learner-1', at(1));
    record.attempts = [
      attemptOf('a1', 'lesson:with-quiz', { 'q-text': { type: 'text', value: 'alt[,]text' } }),
      attemptOf('a2', 'lesson:with-quiz', { 'q-text': { type: 'text', value: '{lang=fr}texte' } }),
      attemptOf('a3', 'lesson:with-quiz', { 'q-text': { type: 'text', value: 'ünï 😀 [.] -1' } }),
    ];
    const { statements, leftOut } = buildXapiStatements(record, CATALOG, SITE);
    expect(leftOut.answers).toBe(0);
    expect(withVerb(statements, 'answered').map((statement) => statement.result)).toEqual([
      { success: false },
      { success: false },
      { response: 'ünï 😀 [.] -1', success: false },
    ]);
  });

  it('drops an accepted text that holds the [,] delimiter from the fill-in patterns, since xAPI has no escape for it', () => {
    const question = QuestionSchema.parse({ id: 'q-text', type: 'text', prompt: 'Name it', explanation: 'E', accept: ['alt text', 'a[,]b'] });
    const catalog = { ...CATALOG, quizzes: { 'lesson:with-quiz': { ...CATALOG.quizzes['lesson:with-quiz']!, questions: [question] } } };
    const { statements } = buildXapiStatements(answeredAll('right'), catalog, SITE);
    expect(answeredTo(statements, 'q-text').object.definition.correctResponsesPattern).toEqual(['{case_matters=false}alt text']);
  });

  it('gives a numeric question with a tolerance the range min[:]max', () => {
    const right = answeredTo(statementsOf(answeredAll('right')), 'q-numeric');
    expect(right.object.definition).toMatchObject({ interactionType: 'numeric', correctResponsesPattern: ['4.4[:]4.6'] });
    expect(right.result).toEqual({ response: '4.55', success: true });
    expect(answeredTo(statementsOf(answeredAll('wrong')), 'q-numeric').result).toEqual({ response: '3', success: false });
  });

  it('gives a numeric question without a tolerance its exact number', () => {
    const record = createRecord('learner-1', at(1));
    record.attempts = [attemptOf('a1', 'lesson:exact', { n: { type: 'numeric', value: 7 } })];
    const catalog = { ...CATALOG, quizzes: { 'lesson:exact': { ...CATALOG.quizzes['lesson:with-quiz']!, id: 'lesson:exact', questions: [QuestionSchema.parse({ id: 'n', type: 'numeric', prompt: 'How many?', explanation: 'E', answer: 3 })] } } };
    const [answered] = withVerb(buildXapiStatements(record, catalog, SITE).statements, 'answered');
    expect(answered?.object.definition.correctResponsesPattern).toEqual(['3']);
    expect(answered?.result).toEqual({ response: '7', success: false });
  });

  it('writes an order question as a sequencing of the author\'s items, the learner\'s arrangement as response', () => {
    const right = answeredTo(statementsOf(answeredAll('right')), 'q-order');
    expect(right.object.definition).toMatchObject({
      interactionType: 'sequencing',
      choices: [{ id: 'choice-0', description: { en: 'First' } }, { id: 'choice-1', description: { en: 'Second' } }, { id: 'choice-2', description: { en: 'Third' } }],
      correctResponsesPattern: ['choice-0[,]choice-1[,]choice-2'],
    });
    expect(right.result).toEqual({ response: 'choice-0[,]choice-1[,]choice-2', success: true });
    expect(answeredTo(statementsOf(answeredAll('wrong')), 'q-order').result).toEqual({ response: 'choice-2[,]choice-0[,]choice-1', success: false });
  });

  it('writes a match question as matching pairs source[.]target joined with [,]', () => {
    const right = answeredTo(statementsOf(answeredAll('right')), 'q-match');
    expect(right.object.definition).toMatchObject({
      interactionType: 'matching',
      source: [{ id: 'source-0', description: { en: 'H1' } }, { id: 'source-1', description: { en: 'H2' } }],
      target: [{ id: 'target-0', description: { en: 'Title' } }, { id: 'target-1', description: { en: 'Section' } }],
      correctResponsesPattern: ['source-0[.]target-0[,]source-1[.]target-1'],
    });
    expect(right.result).toEqual({ response: 'source-0[.]target-0[,]source-1[.]target-1', success: true });
    expect(answeredTo(statementsOf(answeredAll('wrong')), 'q-match').result).toEqual({ response: 'source-0[.]target-1[,]source-1[.]target-0', success: false });
  });

  it('puts each answer in the context of its quiz and its attempt\'s registration', () => {
    const statements = statementsOf(answeredAll('right'));
    const [attempt] = withVerb(statements, 'passed');
    const answered = withVerb(statements, 'answered');
    expect(answered).toHaveLength(7);
    for (const statement of answered) {
      expect(statement.context?.contextActivities?.parent).toEqual([attempt!.object]);
      expect(statement.context?.registration).toBe(attempt!.context?.registration);
      expect(statement.object.id.startsWith(`${SITE.siteUrl}lessons/with-quiz/#quiz-`)).toBe(true);
    }
    const other = statementsOf({ ...answeredAll('right'), attempts: [{ ...answeredAll('right').attempts[0]!, id: 'a2' }] });
    expect(withVerb(other, 'passed')[0]!.context?.registration).not.toBe(attempt!.context?.registration);
  });

  it('names the learner by an account on the site and nothing else', () => {
    for (const statement of statementsOf(generateRecord('actor'))) {
      expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: SITE.siteUrl, name: 'learner-actor' } });
    }
  });

  it('chooses passed or failed by how the attempt was graded, with its score, completion and duration', () => {
    const record = createRecord('learner-1', at(1));
    // Graded under an older pass mark: the stored verdict wins over today's 0.8.
    record.attempts = [attemptOf('a1', 'check:skill', {}, { score: 0.5, passed: true }), attemptOf('a2', 'check:skill', {}, { score: 0.9, passed: false, finishedAt: at(3, '10:00:00.000') })];
    const statements = statementsOf(record);
    const [passed] = withVerb(statements, 'passed');
    const [failed] = withVerb(statements, 'failed');
    expect(passed?.result).toEqual({ score: { scaled: 0.5 }, success: true, completion: true, duration: 'PT4M12.5S' });
    expect(failed?.result).toEqual({ score: { scaled: 0.9 }, success: false, completion: true, duration: 'PT1H' });
    expect(passed?.object).toMatchObject({ id: `${SITE.siteUrl}competencies/skill/#check`, definition: { type: 'http://adlnet.gov/expapi/activities/assessment' } });
    expect(failed?.verb).toEqual({ id: `${ADL}failed`, display: { 'en-US': 'failed' } });
  });

  it('gives one experienced per lesson visited and one completed per lesson completed, a quiz lesson at its first pass', () => {
    const record = generateRecord('lessons');
    const statements = statementsOf(record);
    expect(withVerb(statements, 'experienced').map((statement) => [statement.object.id, statement.timestamp]).sort()).toEqual(
      Object.entries(record.lessons).map(([slug, lesson]) => [`${SITE.siteUrl}lessons/${slug}/`, lesson.firstVisitedAt]).sort(),
    );
    const firstPass = record.attempts.filter((attempt) => attempt.quizId === 'lesson:with-quiz' && attempt.passed).map((attempt) => attempt.finishedAt).sort()[0];
    expect(firstPass).toBeDefined();
    expect(withVerb(statements, 'completed').map((statement) => [statement.object.id, statement.timestamp]).sort()).toEqual(
      [[`${SITE.siteUrl}lessons/reading/`, record.lessons.reading!.firstCompletedAt], [`${SITE.siteUrl}lessons/with-quiz/`, firstPass]].sort(),
    );
  });

  it('gives one mastered per competency mastered, areas included, dated when mastery was reached', () => {
    const record = createRecord('learner-1', at(1));
    record.lessons = { reading: { firstVisitedAt: at(2), lastVisitedAt: at(2), visits: 1, firstCompletedAt: at(4) } };
    record.attempts = [attemptOf('c1', 'check:skill', {}, { finishedAt: at(5) }), attemptOf('c2', 'check:skill', {}, { finishedAt: at(6) })];
    const mastery = computeMastery(CATALOG.model, record);
    const mastered = withVerb(statementsOf(record), 'mastered');
    expect(mastered.map((statement) => statement.object.id).sort()).toEqual(['area', 'other', 'skill'].map((id) => `${SITE.siteUrl}competencies/${id}/`));
    for (const statement of mastered) {
      const id = statement.object.id.slice(`${SITE.siteUrl}competencies/`.length, -1);
      expect(statement.timestamp).toBe(mastery.competencies[id]!.masteredAt);
      expect(statement.object.definition).toMatchObject({ name: { en: CATALOG.competencies[id]!.title }, type: 'http://adlnet.gov/expapi/activities/objective' });
    }
    expect(withVerb(statementsOf({ ...record, attempts: [] }), 'mastered').map((statement) => statement.object.id)).toEqual([`${SITE.siteUrl}competencies/other/`]);
  });

  it('repeats every statement id in a second export and after merging another browser\'s record', () => {
    const record = generateRecord('stable');
    const first = statementsOf(record);
    expect(statementsOf(structuredClone(record))).toEqual(first);
    const elsewhere = { ...generateRecord('elsewhere', 6), learnerId: 'zz-learner' };
    elsewhere.attempts = elsewhere.attempts.map((attempt) => ({ ...attempt, id: `other-${attempt.id}` }));
    const merged = statementsOf(mergeRecords(record, elsewhere));
    const mergedIds = new Set(merged.map((statement) => statement.id));
    for (const statement of first) expect(mergedIds.has(statement.id), `${verbOf(statement)} ${statement.object.id}`).toBe(true);
    expect(merged.length).toBeGreaterThan(first.length);
  });

  it('derives ids from the site and the learner, so another learner or site gets other ids', () => {
    const record = generateRecord('ids');
    const ids = new Set(statementsOf(record).map((statement) => statement.id));
    expect(ids.size).toBe(statementsOf(record).length);
    for (const statement of statementsOf({ ...record, learnerId: 'someone-else' })) expect(ids.has(statement.id)).toBe(false);
    for (const statement of buildXapiStatements(record, CATALOG, { ...SITE, siteUrl: 'https://other.example/' }).statements) expect(ids.has(statement.id)).toBe(false);
  });

  it('writes every timestamp in UTC, whatever zone the record used', () => {
    const record = createRecord('learner-1', at(1));
    record.lessons = { reading: { firstVisitedAt: '2025-03-02T11:00:00+02:00', lastVisitedAt: '2025-03-02T11:00:00+02:00', visits: 1 } };
    expect(statementsOf(record).map((statement) => statement.timestamp)).toEqual(['2025-03-02T09:00:00.000Z']);
    for (const statement of statementsOf(generateRecord('utc'))) expect(statement.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('dates an event recorded after the export at the export, since xAPI forbids timestamps in the future', () => {
    const record = createRecord('learner-1', at(1));
    record.lessons = { reading: { firstVisitedAt: '2025-07-01T00:00:00.000Z', lastVisitedAt: '2025-07-01T00:00:00.000Z', visits: 1 } };
    expect(statementsOf(record).map((statement) => statement.timestamp)).toEqual([SITE.now]);
    expect(checkXapiStatements(statementsOf(generateRecord('future')), { now: SITE.now })).toEqual([]);
    expect(checkXapiStatements(statementsOf(generateRecord('future')), { now: at(4) }).map((problem) => problem.rule)).toContain('future-timestamp');
  });

  it('leaves out and counts attempts at quizzes no longer published and answers that no longer fit', () => {
    const record = createRecord('learner-1', at(1));
    record.attempts = [
      attemptOf('gone', 'lesson:removed', { x: ANSWERS.single.right }),
      attemptOf('a1', 'lesson:with-quiz', { 'q-single': { type: 'single', choice: 9 }, 'q-order': ANSWERS.match.right, 'q-removed': ANSWERS.text.right, 'q-text': ANSWERS.text.right }),
    ];
    const { statements, leftOut } = buildXapiStatements(record, CATALOG, SITE);
    expect(leftOut).toEqual({ attempts: 1, answers: 3 });
    expect(withVerb(statements, 'answered').map((statement) => statement.result?.response)).toEqual(['Alt Text']);
    expect(statements.some((statement) => statement.object.id.includes('removed'))).toBe(false);
  });

  it('leaves out answers no published question could have given: a choice twice, an order that is not every item once', () => {
    const record = createRecord('learner-1', at(1));
    const odd: Record<string, Answer>[] = [
      { 'q-multiple': { type: 'multiple', choices: [1, 1] } },
      { 'q-order': { type: 'order', items: [0] } },
      { 'q-order': { type: 'order', items: [0, 0, 2] } },
    ];
    record.attempts = odd.map((answers, index) => attemptOf(`a${index}`, 'lesson:with-quiz', answers));
    const { statements, leftOut } = buildXapiStatements(record, CATALOG, SITE);
    expect(checkXapiStatements(statements, { now: SITE.now })).toEqual([]);
    expect(leftOut.answers).toBe(3);
  });

  it('passes the xAPI 1.0.3 rules for a generated record with all 7 question types', () => {
    for (const seed of ['one', 'two', 'three']) {
      const statements = statementsOf(generateRecord(seed, 20));
      expect(new Set(withVerb(statements, 'answered').map((statement) => statement.object.definition.interactionType)).size).toBe(6);
      expect(checkXapiStatements(JSON.parse(JSON.stringify(statements)), { now: SITE.now })).toEqual([]);
    }
  });

  it('passes the xAPI 1.0.3 rules for the progress page\'s seeded record against the bundled content', () => {
    const { catalog } = contentCatalog();
    const { statements, leftOut } = buildXapiStatements(seededRecord as LearnerRecord, catalog, SITE);
    expect(leftOut).toEqual({ attempts: 0, answers: 0 });
    expect(withVerb(statements, 'passed').length + withVerb(statements, 'failed').length).toBe(seededRecord.attempts.length);
    expect(withVerb(statements, 'mastered').map((statement) => statement.object.id).sort()).toEqual(['predictable', 'text-alternatives'].map((id) => `${SITE.siteUrl}competencies/${id}/`));
    expect(checkXapiStatements(JSON.parse(JSON.stringify(statements)), { now: SITE.now })).toEqual([]);
  });

  it('names the download after the site and the UTC day', () => {
    expect(xapiFileName('adc-academy', '2025-03-04T23:30:00-02:00')).toBe('micropath-adc-academy-xapi-2025-03-05.json');
  });
});
