/**
 * The subset of xAPI 1.0.3 statements Micropath writes (https://github.com/adlnet/xAPI-Spec,
 * "Data" part): an Agent identified by an account, ADL verbs, Activities with definitions, results
 * and context. Shapes only; the mapping lives beside this file.
 */

/** A language map: RFC 5646 tag → text. */
export type LanguageMap = Record<string, string>;

/** The learner: an Agent whose only inverse functional identifier is an account on the site. */
export interface XapiAgent {
  objectType: 'Agent';
  account: { homePage: string; name: string };
}

/** What the learner did, by IRI. */
export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

/** One item of a choice, sequencing or matching list. */
export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

/** The xAPI interaction types Micropath's question types map to. */
export type InteractionType = 'choice' | 'true-false' | 'fill-in' | 'numeric' | 'sequencing' | 'matching';

/** What an activity is. Interaction fields only on `cmi.interaction` activities. */
export interface ActivityDefinition {
  name: LanguageMap;
  description?: LanguageMap;
  type: string;
  interactionType?: InteractionType;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
}

/** A lesson, quiz, question or competency, identified by an IRI under the site. */
export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: ActivityDefinition;
}

/** The outcome of an attempt or answer. */
export interface XapiResult {
  score?: { scaled: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, e.g. `PT4M12.5S`. */
  duration?: string;
}

/** Where a statement happened. */
export interface XapiContext {
  registration?: string;
  contextActivities?: { parent?: XapiActivity[] };
  platform?: string;
  language?: string;
}

/** One xAPI statement. */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  /** UTC, ISO 8601 with `Z`. */
  timestamp: string;
}
