import { isMap, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';

/** A YAML text that could not be read, with the line of the first problem. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line of the problem, when known. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/** Keys whose values stay text even when they look like numbers ("1.10" must not become 1.1). */
const TEXT_KEYS = new Set(['code', 'id']);

/**
 * Parses YAML 1.2 (dates stay text, so they cannot shift with a time zone) and keeps code-like
 * values as the characters the editor typed.
 */
export function parseYaml(text: string): unknown {
  // Without prettyErrors, errors carry only offsets (no linePos); the counter maps them to lines.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const [first] = doc.errors;
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new YamlSyntaxError(first.message.split('\n')[0] ?? 'invalid YAML', line);
  }
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) return;
      if (TEXT_KEYS.has(String(pair.key.value)) && typeof pair.value.value === 'number' && pair.value.source) {
        pair.value.value = pair.value.source;
      }
    },
  });
  if (doc.contents !== null && !isMap(doc.contents) && doc.contents !== undefined) {
    throw new YamlSyntaxError('expected key: value pairs at the top of the file', 1);
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 }) ?? {};
  } catch (error) {
    throw new YamlSyntaxError(error instanceof Error ? error.message : String(error));
  }
}
