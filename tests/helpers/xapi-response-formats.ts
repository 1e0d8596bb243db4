/**
 * The response formats of xAPI 1.0.3 interactions (xAPI-Data §2.4.4.1.1): how a `result.response`
 * and each `correctResponsesPattern` entry are written per interaction type. Part of the
 * independent checker in xapi-rules.ts; shares no code with src/lib/xapi.
 */

/** A parsed JSON object. */
export type Json = Record<string, unknown>;

/** An RFC 5646 language tag, as far as xAPI content uses them (`en`, `en-US`, `pt-BR`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;

/** Why `value` is not a valid response (or correct-response pattern) for the interaction, if it is not. */
export function explainResponse(type: string, value: string, definition: Json, pattern: boolean): string | undefined {
  const ids = (key: string) => new Set(Array.isArray(definition[key]) ? (definition[key] as Json[]).map((component) => component.id) : []);
  const items = value.split('[,]');
  switch (type) {
    case 'true-false':
      return value === 'true' || value === 'false' ? undefined : `"${value}" is not "true" or "false".`;
    case 'choice':
    case 'sequencing': {
      const choices = ids('choices');
      const unknown = items.filter((item) => !choices.has(item));
      if (unknown.length) return `"${value}" names ${unknown.map((item) => `"${item}"`).join(', ')}, not ids of choices, joined by [,].`;
      if (type === 'choice' && new Set(items).size !== items.length) return `"${value}" names a choice twice.`;
      return undefined;
    }
    case 'likert':
      return ids('scale').has(value) ? undefined : `"${value}" is not the id of a scale item.`;
    case 'matching': {
      const sources = ids('source');
      const targets = ids('target');
      const bad = items.filter((item) => {
        const parts = item.split('[.]');
        return parts.length !== 2 || !sources.has(parts[0]) || !targets.has(parts[1]);
      });
      return bad.length ? `"${value}" has ${bad.map((item) => `"${item}"`).join(', ')}: each item is a source id, [.], a target id.` : undefined;
    }
    case 'numeric': {
      if (!pattern) return NUMBER.test(value) ? undefined : `"${value}" is not a number.`;
      const bounds = value.split('[:]');
      if (bounds.length === 1) return NUMBER.test(value) ? undefined : `"${value}" is not a number or a range min[:]max.`;
      if (bounds.length !== 2 || (bounds[0] === '' && bounds[1] === '')) return `"${value}" is not a range min[:]max.`;
      const [min, max] = bounds as [string, string];
      if ((min && !NUMBER.test(min)) || (max && !NUMBER.test(max))) return `"${value}" has a bound that is not a number.`;
      return min && max && Number(min) > Number(max) ? `"${value}" has its minimum above its maximum.` : undefined;
    }
    case 'fill-in':
    case 'long-fill-in': {
      if (!pattern) return undefined;
      const rest = value.replace(/^\{case_matters=(true|false)\}/, '').replace(/^\{order_matters=(true|false)\}/, '');
      if (/^\{(case_matters|order_matters)=/.test(rest) || /^\{case_matters=(?!true\}|false\})/.test(value)) return `"${value}" has a malformed {case_matters=…} or {order_matters=…} prefix.`;
      const lang = /^\{lang=([^}]*)\}/.exec(rest);
      return lang && !LANGUAGE_TAG.test(lang[1]!) ? `"${value}" names language "${lang[1]}", not an RFC 5646 tag.` : undefined;
    }
    default:
      return undefined;
  }
}
