import ts from 'typescript';

/**
 * The `/** … *\/` comment written right before a node, as one line of text; "" when there is none.
 * Read from the comment ranges rather than TypeScript's JSDoc nodes, which skip a comment that
 * shares its line with other code (`{ a: …, /** Doc. *\/ b: … }`).
 */
export function readDocComment(node: ts.Node, sourceFile: ts.SourceFile): string {
  const text = sourceFile.text;
  const start = node.getFullStart();
  // A comment on the line of the previous token counts as that token's "trailing" comment in TypeScript.
  const ranges = [
    ...(ts.getTrailingCommentRanges(text, start) ?? []),
    ...(ts.getLeadingCommentRanges(text, start) ?? []),
  ];
  const last = ranges.filter((range) => text.startsWith('/**', range.pos)).at(-1);
  if (!last) return '';
  return text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*(?!\*)\s?/, '').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\*\\\//g, '*/');
}
