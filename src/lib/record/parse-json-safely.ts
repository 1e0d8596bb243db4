import { UNSAFE_KEYS } from './record-problem';

/**
 * `JSON.parse` for untrusted text (an imported file, a stored value) that drops every `__proto__`,
 * `constructor` and `prototype` key at any depth, so no later copy or merge can reach a prototype.
 * Throws the engine's SyntaxError for text that is not JSON.
 */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
}

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
