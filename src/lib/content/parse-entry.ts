import { parseYaml, YamlSyntaxError } from './parse-yaml';
import type { ContentKind, RawEntry } from './raw-content';
import { splitFrontmatter } from './split-frontmatter';

/** Turns one file's text into a raw entry; a syntax error is recorded, never thrown. */
export function parseEntry(kind: ContentKind, file: string, text: string): RawEntry {
  const base = file.split('/').pop() ?? file;
  const id = base.replace(/\.(mdx|md|ya?ml)$/i, '');
  if (kind !== 'lessons') return { kind, id, file, ...parseData(text, 0) };
  const split = splitFrontmatter(text);
  if (!split.hasFrontmatter) {
    return {
      kind, id, file, data: undefined, body: split.body, bodyLine: 1,
      parseError: { message: 'the file has no frontmatter: start it with a line of three dashes (---), the lesson fields, and another --- line', line: 1 },
    };
  }
  return { kind, id, file, body: split.body, bodyLine: split.bodyLine, ...parseData(split.frontmatter, 1) };
}

function parseData(text: string, lineOffset: number): Pick<RawEntry, 'data' | 'parseError'> {
  try {
    return { data: parseYaml(text) };
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return { data: undefined, parseError: { message: `the YAML cannot be read: ${error.message.replace(/[.\s]*$/, '')}.`, line: error.line === undefined ? undefined : error.line + lineOffset } };
  }
}
