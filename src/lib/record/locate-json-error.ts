// Kept apart from parseJsonSafely, which every page with progress loads: only the import needs this.

/**
 * Where a JSON SyntaxError points, as "line 3, column 7", when the engine says (V8 gives a
 * position for most errors, Firefox a line and column); undefined when it does not.
 */
export function locateJsonError(text: string, error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}
