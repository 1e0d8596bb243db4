import { describe, expect, it } from 'vitest';
import { checkXapiStatements, type XapiRule } from '../../../helpers/xapi-rules';

// Hand-written from the xAPI 1.0.3 examples, not from the mapping, so the checker is tested alone.
const agent = { objectType: 'Agent', account: { homePage: 'https://example.org/', name: 'learner-1' } };
const quiz = { objectType: 'Activity', id: 'https://example.org/lessons/a/#quiz', definition: { name: { 'en-US': 'Quiz' }, type: 'http://adlnet.gov/expapi/activities/assessment' } };
const interaction = (definition: Record<string, unknown>) => ({
  objectType: 'Activity',
  id: 'https://example.org/lessons/a/#quiz-q1',
  definition: { name: { 'en-US': 'Q1' }, type: 'http://adlnet.gov/expapi/activities/cmi.interaction', ...definition },
});
const choices = [{ id: 'a', description: { 'en-US': 'A' } }, { id: 'b', description: { 'en-US': 'B' } }, { id: 'c', description: { 'en-US': 'C' } }];

/** A statement the rules accept; each test breaks one thing in a copy. */
const valid = () => ({
  id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
  actor: structuredClone(agent),
  verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  object: structuredClone(quiz),
  result: { score: { scaled: 0.8, raw: 8, min: 0, max: 10 }, success: true, completion: true, duration: 'PT4M12.5S' },
  context: { registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7', platform: 'Example', language: 'en-US', contextActivities: { parent: [structuredClone(quiz)] } },
  timestamp: '2025-03-03T09:00:00.000Z',
});
const answered = (definition: Record<string, unknown>, response: string) => ({ ...valid(), verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, object: interaction(definition), result: { response, success: true } });
const rulesOf = (statements: unknown) => [...new Set(checkXapiStatements(statements).map((problem) => problem.rule))];
const broken = (change: (statement: ReturnType<typeof valid>) => unknown): XapiRule[] => {
  const statement = valid();
  const changed = change(statement) ?? statement;
  return rulesOf([changed]);
};

describe('checkXapiStatements', () => {
  it('accepts a well-formed statement and well-formed interactions of every type Micropath uses', () => {
    expect(rulesOf([valid()])).toEqual([]);
    expect(
      rulesOf([
        answered({ interactionType: 'choice', choices, correctResponsesPattern: ['a[,]c'] }, 'a[,]c'),
        answered({ interactionType: 'true-false', correctResponsesPattern: ['true'] }, 'false'),
        answered({ interactionType: 'fill-in', correctResponsesPattern: ['{case_matters=false}alt text', '{lang=en}text'] }, 'Alt text'),
        answered({ interactionType: 'numeric', correctResponsesPattern: ['4[:]5', '[:]10', '3'] }, '4.5'),
        answered({ interactionType: 'sequencing', choices, correctResponsesPattern: ['a[,]b[,]c'] }, 'c[,]a[,]b'),
        answered({ interactionType: 'matching', source: choices, target: [{ id: 'x', description: { en: 'X' } }], correctResponsesPattern: ['a[.]x'] }, 'a[.]x[,]b[.]x'),
      ].map((statement, index) => ({ ...statement, id: `fd41c918-b88b-4b20-a0a5-a4c32391aaa${index}` }))),
    ).toEqual([]);
  });

  it('requires a JSON array of objects', () => {
    expect(rulesOf({})).toEqual(['not-an-array']);
    expect(rulesOf(['statement'])).toEqual(['not-an-object']);
  });

  it('requires actor, verb and object', () => {
    for (const key of ['actor', 'verb', 'object'] as const) expect(broken((statement) => { delete (statement as Record<string, unknown>)[key]; })).toEqual(['required-property']);
    expect(broken((statement) => { statement.verb = { display: { 'en-US': 'x' } } as never; })).toEqual(['required-property']);
  });

  it('refuses properties xAPI does not define, at the top level and inside', () => {
    expect(broken((statement) => ({ ...statement, score: 1 }))).toEqual(['unknown-property']);
    expect(broken((statement) => { (statement.result as Record<string, unknown>).passed = true; })).toEqual(['unknown-property']);
    expect(broken((statement) => { (statement.object.definition as Record<string, unknown>).title = 'x'; })).toEqual(['unknown-property']);
  });

  it('requires a UUID statement id, unique across the export, and a UUID registration', () => {
    expect(broken((statement) => { statement.id = 'attempt-1'; })).toEqual(['uuid']);
    expect(broken((statement) => { statement.context.registration = '12345'; })).toEqual(['uuid']);
    expect(rulesOf([valid(), valid()])).toEqual(['duplicate-id']);
  });

  it('requires exactly one inverse functional identifier on the actor', () => {
    expect(broken((statement) => { (statement.actor as Record<string, unknown>).mbox = 'mailto:a@example.org'; })).toEqual(['actor-ifi']);
    expect(broken((statement) => { statement.actor = { objectType: 'Agent' } as never; })).toEqual(['actor-ifi']);
    expect(broken((statement) => { statement.actor.objectType = 'Person'; })).toEqual(['actor-ifi']);
  });

  it('requires an account with an IRL home page and a name', () => {
    expect(broken((statement) => { statement.actor.account.homePage = 'example.org'; })).toEqual(['irl']);
    expect(broken((statement) => { statement.actor.account.homePage = 'urn:example:site'; })).toEqual(['irl']);
    expect(broken((statement) => { statement.actor.account.name = ''; })).toEqual(['account']);
  });

  it('requires absolute IRIs for verb, activity and activity type ids', () => {
    expect(broken((statement) => { statement.verb.id = 'passed'; })).toEqual(['iri']);
    expect(broken((statement) => { statement.object.id = '/lessons/a/'; })).toEqual(['iri']);
    expect(broken((statement) => { statement.object.id = 'https://example.org/lessons/a b/'; })).toEqual(['iri']);
    expect(broken((statement) => { statement.object.id = 'https://example.org/a/#quiz#q1'; })).toEqual(['iri']);
    expect(broken((statement) => { statement.object.definition.type = 'assessment'; })).toEqual(['iri']);
    expect(broken((statement) => { statement.context.contextActivities.parent[0]!.id = 'quiz'; })).toEqual(['iri']);
  });

  it('requires language maps keyed by language tags', () => {
    expect(broken((statement) => { statement.verb.display = 'passed' as never; })).toEqual(['language-map']);
    expect(broken((statement) => { statement.object.definition.name = { english: 'Quiz' } as never; })).toEqual(['language-map']);
    expect(broken((statement) => { statement.object.definition.name = { 'en-US': 3 } as never; })).toEqual(['language-map']);
    expect(broken((statement) => { statement.context.language = 'English'; })).toEqual(['language-map']);
  });

  it('requires ISO 8601 timestamps with a time zone', () => {
    for (const timestamp of ['2025-03-03T09:00:00', '2025-03-03 09:00:00Z', '03/03/2025', '2025-13-03T09:00:00Z', '2025-03-03T09:00:00-00:00']) {
      expect(broken((statement) => { statement.timestamp = timestamp; }), timestamp).toEqual(['timestamp']);
    }
    expect(broken((statement) => { statement.timestamp = '2025-03-03T11:00:00+02:00'; })).toEqual([]);
  });

  it('refuses a timestamp after the time the statements were made, when that time is given', () => {
    expect(rulesOf([valid()])).toEqual([]);
    expect(checkXapiStatements([valid()], { now: '2025-03-03T08:59:59.999Z' }).map((problem) => problem.rule)).toEqual(['future-timestamp']);
    expect(checkXapiStatements([valid()], { now: '2025-03-03T09:00:00.000Z' })).toEqual([]);
  });

  it('requires ISO 8601 durations', () => {
    for (const duration of ['4:12', 'PT', 'P', '252', 'PT-1S', 'P1H']) expect(broken((statement) => { statement.result.duration = duration; }), duration).toEqual(['duration']);
    for (const duration of ['PT0S', 'PT1H2M3.25S', 'P1DT2H', 'P3W']) expect(broken((statement) => { statement.result.duration = duration; }), duration).toEqual([]);
  });

  it('requires score.scaled within -1 to 1 and raw within min and max', () => {
    expect(broken((statement) => { statement.result.score.scaled = 1.2; })).toEqual(['score']);
    expect(broken((statement) => { statement.result.score.scaled = -1.5; })).toEqual(['score']);
    expect(broken((statement) => { statement.result.score.raw = 11; })).toEqual(['score']);
    expect(broken((statement) => { statement.result.score.min = 10; })).toEqual(['score']);
    expect(broken((statement) => { statement.result.score.scaled = '0.8' as never; })).toEqual(['score']);
    expect(broken((statement) => { statement.result.success = 'yes' as never; })).toEqual(['boolean']);
  });

  it('requires an interaction type from the xAPI list and only the component lists it allows', () => {
    expect(rulesOf([answered({ interactionType: 'single-choice', choices }, 'a')])).toEqual(['interaction-type']);
    expect(rulesOf([answered({ choices, correctResponsesPattern: ['a'] }, 'a')])).toEqual(['interaction-type']);
    expect(rulesOf([answered({ interactionType: 'true-false', choices, correctResponsesPattern: ['true'] }, 'true')])).toEqual(['interaction-components']);
    expect(rulesOf([answered({ interactionType: 'choice', choices: [{ id: 'a b', description: { en: 'A' } }] }, 'a')])).toContain('interaction-components');
    expect(rulesOf([answered({ interactionType: 'choice', choices: [choices[0], choices[0]] }, 'a')])).toEqual(['interaction-components']);
  });

  it('checks correct response patterns in the format of their interaction type', () => {
    const cases: Record<string, unknown>[] = [
      { interactionType: 'choice', choices, correctResponsesPattern: ['a,c'] },
      { interactionType: 'choice', choices, correctResponsesPattern: ['a[,]z'] },
      { interactionType: 'true-false', correctResponsesPattern: ['yes'] },
      { interactionType: 'numeric', correctResponsesPattern: ['5[:]4'] },
      { interactionType: 'numeric', correctResponsesPattern: ['4-5'] },
      { interactionType: 'numeric', correctResponsesPattern: ['[:]'] },
      { interactionType: 'sequencing', choices, correctResponsesPattern: ['a[.]b'] },
      { interactionType: 'matching', source: choices, target: choices, correctResponsesPattern: ['a[,]b'] },
      { interactionType: 'fill-in', correctResponsesPattern: ['{case_matters=maybe}alt'] },
      { interactionType: 'fill-in', correctResponsesPattern: ['{lang=english}alt'] },
      { interactionType: 'choice', choices, correctResponsesPattern: 'a' },
    ];
    for (const definition of cases) expect(rulesOf([answered(definition, 'a')].map((statement) => ({ ...statement, result: {} }))), JSON.stringify(definition)).toEqual(['correct-responses-pattern']);
  });

  it('checks a response in the format of its interaction type', () => {
    expect(rulesOf([answered({ interactionType: 'choice', choices }, 'a,b')])).toEqual(['response']);
    expect(rulesOf([answered({ interactionType: 'choice', choices }, 'a[,]a')])).toEqual(['response']);
    expect(rulesOf([answered({ interactionType: 'true-false' }, 'True')])).toEqual(['response']);
    expect(rulesOf([answered({ interactionType: 'numeric' }, '4[:]5')])).toEqual(['response']);
    expect(rulesOf([answered({ interactionType: 'numeric' }, '4,5')])).toEqual(['response']);
    expect(rulesOf([answered({ interactionType: 'sequencing', choices }, 'a[,]d')])).toEqual(['response']);
    expect(rulesOf([answered({ interactionType: 'matching', source: choices, target: choices }, 'a[.]b[.]c')])).toEqual(['response']);
    expect(rulesOf([{ ...answered({ interactionType: 'fill-in' }, 'x'), result: { response: 3 } }])).toEqual(['response']);
  });

  it('allows platform only on statements about an activity, as a string', () => {
    expect(broken((statement) => { statement.context.platform = 3 as never; })).toEqual(['context']);
    expect(broken((statement) => { statement.object.objectType = 'Agent'; })).toContain('context');
  });

  it('says which statement and where a rule is broken', () => {
    const statement = valid();
    statement.result.score.scaled = 2;
    expect(checkXapiStatements([valid(), { ...statement, id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa9' }])).toEqual([{ statement: 1, path: 'result.score.scaled', rule: 'score', message: 'score.scaled 2 is outside -1 to 1.' }]);
  });
});
