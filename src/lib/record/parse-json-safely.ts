import { UNSAFE_KEYS } from './record-problem';

/**
 * `JSON.parse` for untrusted text (an imported file, a stored value) that drops every `__proto__`,
 * `constructor` and `prototype` key at any depth, so no later copy or merge can reach a prototype.
 * Throws the engine's SyntaxError for text that is not JSON.
 */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
}
