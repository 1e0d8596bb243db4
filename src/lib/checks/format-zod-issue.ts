import { z } from 'astro/zod';
import { error, formatPath, quote, type Problem } from './problem';
import { suggest } from './nearest';

/**
 * Turns zod's issues for one file into editor-facing problems: the field path, what was expected,
 * what was found, and how to fix it. Union noise collapses into the list of valid options.
 */
export function formatZodIssues(file: string, schema: z.ZodTypeAny, issues: readonly z.ZodIssue[], data: unknown): Problem[] {
  return issues.flatMap((issue) => formatIssue(file, schema, issue, data));
}

function formatIssue(file: string, schema: z.ZodTypeAny, issue: z.ZodIssue, data: unknown): Problem[] {
  const field = formatPath(issue.path);
  const received = readPath(data, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = listKeysAt(schema, issue.path, data);
      return issue.keys.map((key) =>
        error(
          'unknown-field',
          file,
          formatPath([...issue.path, key]),
          `"${key}" is not a field here.${suggest(key, known)}`,
          known.length ? `Remove it or rename it; valid fields: ${known.join(', ')}.` : 'Remove it.',
        ),
      );
    }
    case 'invalid_type':
      if (issue.received === 'undefined') return [error('missing-field', file, field, `${field} is required but missing.`, `Add a line "${String(issue.path.at(-1))}: …" with ${describeExpected(issue.expected)}.`)];
      if (issue.received === 'null') return [error('missing-field', file, field, `${field} is empty.`, `Write ${describeExpected(issue.expected)} after the colon, or remove the line if the field is optional.`)];
      return [error('wrong-type', file, field, `expected ${describeExpected(issue.expected)}, received ${quote(received)} (${issue.received}).`, hintForType(issue.expected, received))];
    case 'invalid_enum_value':
      return [error('invalid-option', file, field, `${quote(received)} is not allowed.${suggest(String(received), issue.options.map(String))}`, `Use one of: ${issue.options.join(', ')}.`)];
    case 'invalid_union_discriminator':
      return [error('invalid-option', file, field, `${quote(received)} is not a valid ${String(issue.path.at(-1))}.${suggest(String(received), issue.options.map(String))}`, `Use one of: ${issue.options.join(', ')}.`)];
    case 'invalid_literal':
      return [error('invalid-option', file, field, `expected ${quote(issue.expected)}, received ${quote(received)}.`)];
    case 'too_small':
      return [error('too-small', file, field, describeSize(issue, received, 'at least'), undefined)];
    case 'too_big':
      return [error('too-big', file, field, describeSize(issue, received, 'at most'), undefined)];
    case 'invalid_union': {
      // Collapse the union's noise into the one message its branches agree on, when there is one.
      const custom = issue.unionErrors.flatMap((union) => union.issues).find((inner) => inner.code === 'custom');
      return [error('wrong-type', file, field, `${quote(received)} is not valid here${custom ? `: ${custom.message}` : ''}.`, undefined)];
    }
    case 'custom':
      return [error('invalid-value', file, field, `${quote(received)} is not valid.`, capitalise(issue.message) + '.')];
    default:
      return [error('invalid-value', file, field, `${quote(received)}: ${issue.message}.`, undefined)];
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeSize(issue: z.ZodTooSmallIssue | z.ZodTooBigIssue, received: unknown, bound: string): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const custom = issue.message && !/^(String|Number|Array) must/.test(issue.message) && !issue.message.startsWith('Too') ? ` (${issue.message})` : '';
  switch (issue.type) {
    case 'array':
      return `needs ${bound} ${limit} item${limit === 1 ? '' : 's'}, has ${Array.isArray(received) ? received.length : 0}${custom}.`;
    case 'string':
      return `must be ${bound} ${limit} character${limit === 1 ? '' : 's'} long, is ${String(received ?? '').length}${custom}.`;
    default:
      return `${quote(received)} must be ${bound} ${limit}${custom}.`;
  }
}

function describeExpected(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of fields', date: 'a date' };
  return words[expected] ?? expected;
}

function hintForType(expected: string, received: unknown): string | undefined {
  if (expected === 'array' && typeof received === 'string') return `Write a list: [${received}].`;
  if (expected === 'string' && typeof received === 'number') return `Quote it: "${received}".`;
  if (expected === 'number' && typeof received === 'string') return 'Write the number without quotes.';
  return undefined;
}

/** The field names the schema allows at `path`, following the data through unions and lists. */
function listKeysAt(schema: z.ZodTypeAny, path: ReadonlyArray<string | number>, data: unknown): string[] {
  let node: z.ZodTypeAny | undefined = schema;
  let value = data;
  for (let index = 0; index <= path.length && node; ) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable) node = node.unwrap();
    else if (node instanceof z.ZodDefault) node = node._def.innerType;
    else if (node instanceof z.ZodEffects) node = node.innerType();
    else if (node instanceof z.ZodDiscriminatedUnion) node = node.optionsMap.get((value as Record<string, unknown> | undefined)?.[node.discriminator] as string);
    else if (index === path.length) break;
    else {
      const part = path[index++]!;
      value = (value as Record<string | number, unknown> | undefined)?.[part];
      node = node instanceof z.ZodObject ? node.shape[part] : node instanceof z.ZodArray ? node.element : undefined;
    }
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function readPath(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}
