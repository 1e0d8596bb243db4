import type { XapiVerb } from './xapi-statement';

const verb = (word: string): XapiVerb => ({ id: `http://adlnet.gov/expapi/verbs/${word}`, display: { 'en-US': word } });

/** The ADL verbs Micropath uses (ADL vocabulary, http://adlnet.gov/expapi/verbs/). */
export const VERBS = {
  experienced: verb('experienced'),
  completed: verb('completed'),
  answered: verb('answered'),
  passed: verb('passed'),
  failed: verb('failed'),
  mastered: verb('mastered'),
} as const;

/** The ADL activity types Micropath uses; a competency is an ADL "objective". */
export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;
