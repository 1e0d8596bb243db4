/**
 * Field readers for untrusted record data (an imported file, a stored value). Each returns a clean
 * value or throws a RecordProblem naming the first bad path, so the callers read top to bottom.
 */

/** Keys that could reach a prototype if copied onto a plain object; never accepted as data. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The first thing wrong with untrusted data: where (`attempts[2].score`), what was expected, what was found. */
export class RecordProblem extends Error {
  constructor(
    /** Path from the record's root, e.g. `lessons.alt-text.visits`; empty for the root itself. */
    readonly path: string,
    /** What belongs there, as a phrase: "a number from 0 to 1". */
    readonly expected: string,
    /** What was there instead. */
    readonly received: unknown,
  ) {
    super(`${path ? `${path}: ` : ''}expected ${expected}, found ${describeValue(received)}`);
    this.name = 'RecordProblem';
  }

  /** The problem as a clause after `subject`: "… is not valid at attempts[2].score: expected …". */
  describe(subject: string): string {
    return this.path ? `${subject} is not valid at ${this.message}.` : `${subject} is not valid: ${this.message}.`;
  }
}

/** The path of a child: `a.b`, `a[3]`, or `a["odd key"]` for keys that are not plain words. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[\w-]+$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** A plain object (not null, not a list). */
export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecordProblem(path, 'an object', value);
  return value as Record<string, unknown>;
}

/** A list. */
export function readArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new RecordProblem(path, 'a list', value);
  return value;
}

/** A string of `min` to `max` characters. */
export function readString(value: unknown, path: string, min = 1, max = 200): string {
  if (typeof value !== 'string' || value.length < min || value.length > max) {
    throw new RecordProblem(path, min > 0 ? `text of ${min} to ${max} characters` : `text of at most ${max} characters`, value);
  }
  return value;
}

/** An id used as a key (lesson slug, question id, competency): non-empty, short, never one of UNSAFE_KEYS. */
export function readKey(key: string, path: string): string {
  if (!key || key.length > 200 || UNSAFE_KEYS.has(key)) throw new RecordProblem(path, 'an id of 1 to 200 characters other than "__proto__", "constructor" and "prototype"', key);
  return key;
}

/** A boolean. */
export function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new RecordProblem(path, 'true or false', value);
  return value;
}

/** A finite number, optionally a whole number, within [min, max]. */
export function readNumber(value: unknown, path: string, min = -Infinity, max = Infinity, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    const kind = integer ? 'a whole number' : 'a number';
    const range = min > -Infinity && max < Infinity ? ` from ${min} to ${max}` : min > -Infinity ? ` of at least ${min}` : '';
    throw new RecordProblem(path, kind + range, value);
  }
  return value;
}

/** One of a fixed set of strings. */
export function readOneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (!options.includes(value as T)) throw new RecordProblem(path, `one of ${options.map((option) => `"${option}"`).join(', ')}`, value);
  return value as T;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date-time with a time zone, returned in the one form `toISOString` gives (UTC,
 * milliseconds), because merging compares times as strings and mixed forms would not sort.
 */
export function readDateTime(value: unknown, path: string): string {
  // Fast path for the form every record is written in: a value toISOString gives back unchanged
  // is a real date in that form already (30 February would come back as 2 March).
  if (typeof value === 'string' && value.length === 24 && value.endsWith('Z')) {
    const time = Date.parse(value);
    if (!Number.isNaN(time) && new Date(time).toISOString() === value) return value;
  }
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const time = match ? Date.parse(value as string) : NaN;
  // Date.parse rolls 30 February over to March; a real calendar day survives a round trip.
  const day = match ? Date.parse(`${match[1]}T00:00:00Z`) : NaN;
  const realDay = !Number.isNaN(day) && new Date(day).toISOString().startsWith(match![1]!);
  if (!match || Number.isNaN(time) || !realDay) throw new RecordProblem(path, 'a date-time such as "2025-03-14T09:30:00Z"', value);
  return new Date(time).toISOString();
}

/** A short, quoted description of a value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  return String(value);
}
