import ts from 'typescript';
import { readDocComment } from './read-doc-comment';
import type { FieldDoc } from './schema-doc';

/** What describing a schema expression needs: the module-level constants and a way to name other schemas. */
export interface DescribeContext {
  /** Initializers of the top-level `const`s of every schema file, by name. */
  constants: Map<string, ts.Expression>;
  /** Called for a named schema used by a field; returns how the type column should refer to it. */
  refer: (name: string) => string;
  /** Called for a field without a doc comment. */
  undocumented: (path: string) => void;
}

/** A zod expression described for the reference. */
export interface ZodDescription {
  type: string;
  required: boolean;
  default?: string;
  /** Fields of an inline object (or of the objects in an inline list), with paths below the field's. */
  fields: FieldDoc[];
}

/** Splits `z.string().min(1).optional()` into its base (`z.string()`) and the calls on it, innermost first. */
export function unchain(expression: ts.Expression): {
  base: ts.Expression;
  calls: { name: string; args: readonly ts.Expression[] }[];
} {
  const calls: { name: string; args: readonly ts.Expression[] }[] = [];
  let node = expression;
  while (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    !isZ(node.expression.expression)
  ) {
    calls.unshift({ name: node.expression.name.text, args: node.arguments });
    node = node.expression.expression;
  }
  return { base: node, calls };
}

/** The zod constructor a base expression calls (`z.object(…)` → "object"), if it is one. */
export function zodConstructor(
  base: ts.Expression,
): { name: string; args: readonly ts.Expression[] } | undefined {
  if (
    ts.isCallExpression(base) &&
    ts.isPropertyAccessExpression(base.expression) &&
    isZ(base.expression.expression)
  ) {
    return { name: base.expression.name.text, args: base.arguments };
  }
  return undefined;
}

/** Describes a schema expression: its type in words, whether it is required, its default and nested fields. */
export function describeZod(
  expression: ts.Expression,
  path: string,
  context: DescribeContext,
): ZodDescription {
  const { base, calls } = unchain(expression);
  const described = describeBase(base, path, context);
  let { type } = described;
  let required = true;
  let fallback: string | undefined;
  const limits: string[] = [];
  const arg = (args: readonly ts.Expression[]) => (args[0] ? literalText(args[0]) : '');
  for (const { name, args } of calls) {
    if (name === 'optional') required = false;
    else if (name === 'default') {
      required = false;
      fallback = args[0] && !isEmptyObject(args[0]) ? literalText(args[0]) : undefined;
    } else if (name === 'int') type = type.replace(/^number/, 'whole number');
    else if (name === 'url') type = 'URL';
    else if (name === 'positive') limits.push('> 0');
    else if (name === 'nonnegative') limits.push('≥ 0');
    else if (name === 'min') limits.push(describeLimit(type, 'min', arg(args)));
    else if (name === 'max') limits.push(describeLimit(type, 'max', arg(args)));
  }
  // "list (at least 1) of text (not empty)": a list's own limits go next to the word "list".
  if (limits.length)
    type = type.startsWith('list of ')
      ? `list (${limits.join(', ')}) of ${type.slice('list of '.length)}`
      : `${type} (${limits.join(', ')})`;
  return {
    type,
    required,
    ...(fallback === undefined ? {} : { default: fallback }),
    fields: described.fields,
  };
}

function describeBase(
  base: ts.Expression,
  path: string,
  context: DescribeContext,
): { type: string; fields: FieldDoc[] } {
  if (ts.isIdentifier(base)) return { type: context.refer(base.text), fields: [] };
  const constructor = zodConstructor(base);
  if (!constructor) return { type: base.getText(), fields: [] };
  const [first] = constructor.args;
  switch (constructor.name) {
    case 'string':
      return { type: 'text', fields: [] };
    case 'number':
      return { type: 'number', fields: [] };
    case 'boolean':
      return { type: '`true` or `false`', fields: [] };
    case 'date':
      return { type: 'date', fields: [] };
    case 'literal':
      return { type: `\`${first ? literalText(first) : ''}\``, fields: [] };
    case 'enum':
      return {
        type: listValues(first, context)
          .map((value) => `\`${value}\``)
          .join(', '),
        fields: [],
      };
    case 'object':
      return {
        type: 'object',
        fields:
          first && ts.isObjectLiteralExpression(first)
            ? describeFields(first, `${path}.`, context)
            : [],
      };
    case 'array': {
      const inner = first ? describeZod(first, `${path}[]`, context) : undefined;
      return { type: `list of ${inner?.type ?? 'values'}`, fields: inner?.fields ?? [] };
    }
    case 'union':
      return {
        type:
          first && ts.isArrayLiteralExpression(first)
            ? first.elements.map((element) => describeZod(element, path, context).type).join(' or ')
            : 'value',
        fields: [],
      };
    default:
      return { type: constructor.name, fields: [] };
  }
}

/** The documented fields of a `z.object({ … })` literal, following spreads of constant objects. */
export function describeFields(
  literal: ts.ObjectLiteralExpression,
  prefix: string,
  context: DescribeContext,
): FieldDoc[] {
  const fields: FieldDoc[] = [];
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
      const spread = context.constants.get(property.expression.text);
      if (spread && ts.isObjectLiteralExpression(spread))
        fields.push(...describeFields(spread, prefix, context));
      continue;
    }
    if (!ts.isPropertyAssignment(property)) continue;
    const path = `${prefix}${property.name.getText()}`;
    const doc = readDocComment(property, property.getSourceFile());
    if (!doc) context.undocumented(path);
    const { fields: nested, ...described } = describeZod(property.initializer, path, context);
    fields.push({ path, ...described, doc }, ...nested);
  }
  return fields;
}

/** The values of `z.enum(X)`: an array literal, or a constant holding one (`as const` allowed). */
function listValues(node: ts.Expression | undefined, context: DescribeContext): string[] {
  let target = node;
  if (target && ts.isIdentifier(target)) target = context.constants.get(target.text);
  while (target && (ts.isAsExpression(target) || ts.isParenthesizedExpression(target)))
    target = target.expression;
  return target && ts.isArrayLiteralExpression(target) ? target.elements.map(literalText) : [];
}

function describeLimit(type: string, kind: 'min' | 'max', value: string): string {
  if (type.startsWith('text'))
    return kind === 'min'
      ? value === '1'
        ? 'not empty'
        : `at least ${value} characters`
      : `at most ${value} characters`;
  if (type.startsWith('list')) return kind === 'min' ? `at least ${value}` : `at most ${value}`;
  return kind === 'min' ? `≥ ${value}` : `≤ ${value}`;
}

/** A literal as an editor writes it in YAML: strings without quotes (`""` when empty), `[]`, numbers, booleans. */
function literalText(node: ts.Expression): string {
  if (ts.isStringLiteralLike(node)) return node.text === '' ? '""' : node.text;
  if (ts.isArrayLiteralExpression(node) && node.elements.length === 0) return '[]';
  return node.getText();
}

function isEmptyObject(node: ts.Expression): boolean {
  return ts.isObjectLiteralExpression(node) && node.properties.length === 0;
}

function isZ(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && node.text === 'z';
}
