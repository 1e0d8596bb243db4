/**
 * An independent checker of xAPI 1.0.3 statement rules (xAPI-Data §2.4, §4), written from the
 * specification and sharing no code with src/lib/xapi, so the mapping cannot agree with itself by
 * accident. It covers what Micropath's statements use and what an LRS would reject: required
 * properties, one inverse functional identifier per Agent, IRI and IRL forms, UUIDs, timestamps,
 * durations, score ranges, language maps, interaction types and their response formats.
 */
import { explainResponse, LANGUAGE_TAG, type Json } from './xapi-response-formats';

/** One broken rule: which statement, where in it, which rule (a permanent name), and why. */
export interface XapiProblem {
  statement: number;
  path: string;
  rule: XapiRule;
  message: string;
}

/** The rules, named for what they require. */
export type XapiRule =
  | 'not-an-array'
  | 'not-an-object'
  | 'unknown-property'
  | 'required-property'
  | 'uuid'
  | 'duplicate-id'
  | 'actor-ifi'
  | 'account'
  | 'iri'
  | 'irl'
  | 'language-map'
  | 'timestamp'
  | 'future-timestamp'
  | 'duration'
  | 'score'
  | 'boolean'
  | 'interaction-type'
  | 'interaction-components'
  | 'correct-responses-pattern'
  | 'response'
  | 'context';

const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const AGENT_KEYS = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];
const VERB_KEYS = ['id', 'display'];
const ACTIVITY_KEYS = ['objectType', 'id', 'definition'];
const DEFINITION_KEYS = ['name', 'description', 'type', 'moreInfo', 'interactionType', 'correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps', 'extensions'];
const RESULT_KEYS = ['score', 'success', 'completion', 'response', 'duration', 'extensions'];
const SCORE_KEYS = ['scaled', 'raw', 'min', 'max'];
const CONTEXT_KEYS = ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'];
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];
const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
/** Which component lists each interaction type may carry (xAPI-Data §2.4.4.1.2). */
const COMPONENT_LISTS: Record<string, string[]> = { choice: ['choices'], sequencing: ['choices'], likert: ['scale'], matching: ['source', 'target'], performance: ['steps'] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every rule every statement of `statements` (a parsed JSON array) breaks; empty when all is well.
 * With `now` (when the statements were made), a timestamp after it breaks xAPI-Data §2.4.7.
 */
export function checkXapiStatements(statements: unknown, { now }: { now?: string } = {}): XapiProblem[] {
  if (!Array.isArray(statements)) return [{ statement: -1, path: '', rule: 'not-an-array', message: 'An xAPI export is a JSON array of statements.' }];
  const problems: XapiProblem[] = [];
  const seen = new Map<string, number>();
  statements.forEach((statement, index) => {
    const report = (path: string, rule: XapiRule, message: string) => problems.push({ statement: index, path, rule, message });
    checkStatement(statement, report);
    if (now && isObject(statement) && typeof statement.timestamp === 'string' && Date.parse(statement.timestamp) > Date.parse(now)) report('timestamp', 'future-timestamp', `timestamp ${statement.timestamp} is after the statements were made (${now}).`);
    if (isObject(statement) && typeof statement.id === 'string') {
      const earlier = seen.get(statement.id);
      if (earlier !== undefined) report('id', 'duplicate-id', `id ${statement.id} is also statement ${earlier}'s.`);
      else seen.set(statement.id, index);
    }
  });
  return problems;
}

type Report = (path: string, rule: XapiRule, message: string) => void;

function checkStatement(statement: unknown, report: Report): void {
  if (!isObject(statement)) return report('', 'not-an-object', 'A statement is a JSON object.');
  onlyKeys(statement, STATEMENT_KEYS, '', report);
  for (const key of ['actor', 'verb', 'object']) if (!(key in statement)) report(key, 'required-property', `A statement needs "${key}".`);
  if ('id' in statement && !(typeof statement.id === 'string' && UUID.test(statement.id))) report('id', 'uuid', `id ${JSON.stringify(statement.id)} is not a UUID.`);
  if ('actor' in statement) checkAgent(statement.actor, 'actor', report);
  if ('verb' in statement) checkVerb(statement.verb, report);
  if ('object' in statement) checkActivity(statement.object, 'object', report);
  if ('result' in statement) checkResult(statement.result, statement.object, report);
  if ('context' in statement) checkContext(statement.context, statement.object, report);
  if ('timestamp' in statement) checkTimestamp(statement.timestamp, 'timestamp', report);
}

function onlyKeys(value: Json, allowed: readonly string[], path: string, report: Report): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) report(join(path, key), 'unknown-property', `"${key}" is not an xAPI property here.`);
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

function checkAgent(agent: unknown, path: string, report: Report): void {
  if (!isObject(agent)) return report(path, 'not-an-object', 'An Agent is an object.');
  onlyKeys(agent, AGENT_KEYS, path, report);
  if ('objectType' in agent && agent.objectType !== 'Agent') report(join(path, 'objectType'), 'actor-ifi', `objectType ${JSON.stringify(agent.objectType)} is not "Agent".`);
  const ifis = IFIS.filter((key) => key in agent);
  if (ifis.length !== 1) report(path, 'actor-ifi', `An Agent has exactly one inverse functional identifier; this one has ${ifis.length} (${ifis.join(', ') || 'none'}).`);
  if ('mbox' in agent && !(typeof agent.mbox === 'string' && /^mailto:[^@\s]+@[^@\s]+$/.test(agent.mbox))) report(join(path, 'mbox'), 'iri', 'mbox is a mailto: IRI.');
  if ('account' in agent) {
    const account = agent.account;
    if (!isObject(account)) return report(join(path, 'account'), 'account', 'An account is an object with homePage and name.');
    onlyKeys(account, ['homePage', 'name'], join(path, 'account'), report);
    if (!isIrl(account.homePage)) report(join(path, 'account.homePage'), 'irl', `homePage ${JSON.stringify(account.homePage)} is not an IRL (an http or https URL).`);
    if (!(typeof account.name === 'string' && account.name.length > 0)) report(join(path, 'account.name'), 'account', 'An account needs a non-empty name.');
  }
}

function checkVerb(verb: unknown, report: Report): void {
  if (!isObject(verb)) return report('verb', 'not-an-object', 'A verb is an object.');
  onlyKeys(verb, VERB_KEYS, 'verb', report);
  if (!('id' in verb)) report('verb.id', 'required-property', 'A verb needs an id.');
  else if (!isIri(verb.id)) report('verb.id', 'iri', `verb id ${JSON.stringify(verb.id)} is not an absolute IRI.`);
  if ('display' in verb) checkLanguageMap(verb.display, 'verb.display', report);
}

function checkActivity(activity: unknown, path: string, report: Report): void {
  if (!isObject(activity)) return report(path, 'not-an-object', 'An Activity is an object.');
  onlyKeys(activity, ACTIVITY_KEYS, path, report);
  if ('objectType' in activity && activity.objectType !== 'Activity') report(join(path, 'objectType'), 'unknown-property', `objectType ${JSON.stringify(activity.objectType)}: this checker expects Activities.`);
  if (!('id' in activity)) report(join(path, 'id'), 'required-property', 'An Activity needs an id.');
  else if (!isIri(activity.id)) report(join(path, 'id'), 'iri', `Activity id ${JSON.stringify(activity.id)} is not an absolute IRI.`);
  if ('definition' in activity) checkDefinition(activity.definition, join(path, 'definition'), report);
}

function checkDefinition(definition: unknown, path: string, report: Report): void {
  if (!isObject(definition)) return report(path, 'not-an-object', 'A definition is an object.');
  onlyKeys(definition, DEFINITION_KEYS, path, report);
  for (const key of ['name', 'description']) if (key in definition) checkLanguageMap(definition[key], join(path, key), report);
  if ('type' in definition && !isIri(definition.type)) report(join(path, 'type'), 'iri', `type ${JSON.stringify(definition.type)} is not an absolute IRI.`);
  if ('moreInfo' in definition && !isIrl(definition.moreInfo)) report(join(path, 'moreInfo'), 'irl', 'moreInfo is an IRL.');
  const type = definition.interactionType;
  const lists = ['choices', 'scale', 'source', 'target', 'steps'].filter((key) => key in definition);
  if (type === undefined) {
    for (const key of ['correctResponsesPattern', ...lists]) if (key in definition) report(join(path, key), 'interaction-type', `"${key}" belongs to an interaction and needs an interactionType.`);
    return;
  }
  if (typeof type !== 'string' || !INTERACTION_TYPES.includes(type)) return report(join(path, 'interactionType'), 'interaction-type', `interactionType ${JSON.stringify(type)} is not one of ${INTERACTION_TYPES.join(', ')}.`);
  const allowed = COMPONENT_LISTS[type] ?? [];
  for (const key of lists) if (!allowed.includes(key)) report(join(path, key), 'interaction-components', `A ${type} interaction has no "${key}" list.`);
  for (const key of allowed) checkComponents(definition[key], join(path, key), report);
  if ('correctResponsesPattern' in definition) {
    const patterns = definition.correctResponsesPattern;
    if (!Array.isArray(patterns) || !patterns.every((pattern) => typeof pattern === 'string')) report(join(path, 'correctResponsesPattern'), 'correct-responses-pattern', 'correctResponsesPattern is an array of strings.');
    else patterns.forEach((pattern, index) => {
      const why = explainResponse(type, pattern, definition, true);
      if (why) report(join(join(path, 'correctResponsesPattern'), index), 'correct-responses-pattern', why);
    });
  }
}

function checkComponents(list: unknown, path: string, report: Report): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return report(path, 'interaction-components', 'An interaction component list is an array.');
  const ids = new Set<string>();
  list.forEach((component, index) => {
    const at = join(path, index);
    if (!isObject(component)) return report(at, 'interaction-components', 'An interaction component is an object.');
    onlyKeys(component, ['id', 'description'], at, report);
    if (typeof component.id !== 'string' || !component.id || /\s/.test(component.id)) report(join(at, 'id'), 'interaction-components', `Component id ${JSON.stringify(component.id)} must be a string without white space.`);
    else if (ids.has(component.id)) report(join(at, 'id'), 'interaction-components', `Component id "${component.id}" is used twice in the list.`);
    else ids.add(component.id);
    if ('description' in component) checkLanguageMap(component.description, join(at, 'description'), report);
  });
}

function checkResult(result: unknown, object: unknown, report: Report): void {
  if (!isObject(result)) return report('result', 'not-an-object', 'A result is an object.');
  onlyKeys(result, RESULT_KEYS, 'result', report);
  for (const key of ['success', 'completion']) if (key in result && typeof result[key] !== 'boolean') report(join('result', key), 'boolean', `result.${key} is true or false.`);
  if ('duration' in result && !(typeof result.duration === 'string' && DURATION.test(result.duration))) report('result.duration', 'duration', `duration ${JSON.stringify(result.duration)} is not an ISO 8601 duration such as PT1M30S.`);
  if ('score' in result) checkScore(result.score, report);
  if ('response' in result) {
    if (typeof result.response !== 'string') return report('result.response', 'response', 'A response is a string.');
    const definition = isObject(object) && isObject(object.definition) ? object.definition : undefined;
    const type = definition?.interactionType;
    if (definition && typeof type === 'string') {
      const why = explainResponse(type, result.response, definition, false);
      if (why) report('result.response', 'response', why);
    }
  }
}

function checkScore(score: unknown, report: Report): void {
  if (!isObject(score)) return report('result.score', 'not-an-object', 'A score is an object.');
  onlyKeys(score, SCORE_KEYS, 'result.score', report);
  for (const key of SCORE_KEYS) if (key in score && !(typeof score[key] === 'number' && Number.isFinite(score[key]))) report(join('result.score', key), 'score', `score.${key} is a number.`);
  const { scaled, raw, min, max } = score as Record<string, number | undefined>;
  if (typeof scaled === 'number' && (scaled < -1 || scaled > 1)) report('result.score.scaled', 'score', `score.scaled ${scaled} is outside -1 to 1.`);
  if (typeof min === 'number' && typeof max === 'number' && !(min < max)) report('result.score', 'score', `score.min ${min} is not below score.max ${max}.`);
  if (typeof raw === 'number' && ((typeof min === 'number' && raw < min) || (typeof max === 'number' && raw > max))) report('result.score.raw', 'score', `score.raw ${raw} is outside min ${min} to max ${max}.`);
}

function checkContext(context: unknown, object: unknown, report: Report): void {
  if (!isObject(context)) return report('context', 'not-an-object', 'A context is an object.');
  onlyKeys(context, CONTEXT_KEYS, 'context', report);
  if ('registration' in context && !(typeof context.registration === 'string' && UUID.test(context.registration))) report('context.registration', 'uuid', `registration ${JSON.stringify(context.registration)} is not a UUID.`);
  if ('language' in context && !(typeof context.language === 'string' && LANGUAGE_TAG.test(context.language))) report('context.language', 'language-map', `language ${JSON.stringify(context.language)} is not an RFC 5646 tag.`);
  // A missing object is reported once, as a missing property, not again here.
  const aboutActivity = !isObject(object) || object.objectType === undefined || object.objectType === 'Activity';
  for (const key of ['revision', 'platform']) {
    if (!(key in context)) continue;
    if (typeof context[key] !== 'string') report(join('context', key), 'context', `context.${key} is a string.`);
    if (!aboutActivity) report(join('context', key), 'context', `context.${key} is only for statements about an Activity.`);
  }
  if (!('contextActivities' in context)) return;
  const activities = context.contextActivities;
  if (!isObject(activities)) return report('context.contextActivities', 'not-an-object', 'contextActivities is an object.');
  onlyKeys(activities, CONTEXT_ACTIVITY_KEYS, 'context.contextActivities', report);
  for (const key of CONTEXT_ACTIVITY_KEYS) {
    if (!(key in activities)) continue;
    const list = activities[key];
    const path = join('context.contextActivities', key);
    if (Array.isArray(list)) list.forEach((activity, index) => checkActivity(activity, join(path, index), report));
    else checkActivity(list, path, report);
  }
}

function checkTimestamp(value: unknown, path: string, report: Report): void {
  const text = typeof value === 'string' ? value : '';
  // ISO 8601 with a zone; RFC 3339 forbids the "unknown offset" -00:00, and xAPI with it.
  if (!TIMESTAMP.test(text) || Number.isNaN(Date.parse(text)) || text.endsWith('-00:00')) report(path, 'timestamp', `timestamp ${JSON.stringify(value)} is not an ISO 8601 date-time with a time zone.`);
}

function checkLanguageMap(map: unknown, path: string, report: Report): void {
  if (!isObject(map) || Object.keys(map).length === 0) return report(path, 'language-map', 'A language map is an object of language tag → text.');
  for (const [tag, text] of Object.entries(map)) {
    if (!LANGUAGE_TAG.test(tag)) report(join(path, tag), 'language-map', `"${tag}" is not an RFC 5646 language tag.`);
    if (typeof text !== 'string') report(join(path, tag), 'language-map', `The text for "${tag}" is not a string.`);
  }
}

function isIri(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return value.split('#').length <= 2;
  } catch {
    return false;
  }
}

function isIrl(value: unknown): boolean {
  return isIri(value) && /^https?:\/\/[^/]+/i.test(value as string);
}
