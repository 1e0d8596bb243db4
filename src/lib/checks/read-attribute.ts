import type { MdxJsxAttribute } from 'mdast-util-mdx';

/** Marks an attribute whose value is code rather than text. */
export const CODE = Symbol('code');

/** An attribute's text: a quoted string, or a string literal in braces; `CODE` for anything else. */
export function readAttribute(attribute: MdxJsxAttribute): string | null | typeof CODE {
  const value = attribute.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  const body = value.data?.estree?.body;
  const statement = body?.length === 1 ? body[0] : undefined;
  if (statement?.type === 'ExpressionStatement' && statement.expression.type === 'Literal' && typeof statement.expression.value === 'string') return statement.expression.value;
  return CODE;
}
