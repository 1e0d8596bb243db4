import { describe, expect, it } from 'vitest';
import { parseYaml, YamlSyntaxError } from '../../../../src/lib/content/parse-yaml';

/** Calls parseYaml and returns the error it throws. */
function syntaxErrorOf(text: string): YamlSyntaxError {
  try {
    parseYaml(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error('parseYaml accepted the text');
}

describe('parseYaml', () => {
  it('keeps a code such as 1.10 as the text the editor typed', () => {
    expect(parseYaml('code: 1.10\n')).toEqual({ code: '1.10' });
  });

  it('keeps codes and ids as text inside lists and nested maps too', () => {
    const data = parseYaml(
      'alignments:\n  - { framework: WCAG, code: 1.40 }\nquestions:\n  - id: 2026\n',
    );
    expect(data).toEqual({
      alignments: [{ framework: 'WCAG', code: '1.40' }],
      questions: [{ id: '2026' }],
    });
  });

  it('still reads numbers in other fields as numbers', () => {
    expect(parseYaml('duration: 5\nceCredits: 0.10\norder: 1.10\n')).toEqual({
      duration: 5,
      ceCredits: 0.1,
      order: 1.1,
    });
  });

  it('leaves a date as the calendar day text', () => {
    expect(parseYaml('updated: 2026-11-20\n')).toEqual({ updated: '2026-11-20' });
  });

  it('reads an empty file as no fields', () => {
    expect(parseYaml('')).toEqual({});
    expect(parseYaml('# only a comment\n')).toEqual({});
  });

  it('accepts a byte order mark and Windows line endings', () => {
    expect(parseYaml('\uFEFFtitle: Skill A\r\ncode: 1.10\r\n')).toEqual({
      title: 'Skill A',
      code: '1.10',
    });
  });

  it('reports a syntax error with the line it is on', () => {
    const error = syntaxErrorOf('title: Skill A\nsummary: fine\ndescription: Note: this breaks\n');
    expect({ message: error.message, line: error.line }).toMatchInlineSnapshot(`
      {
        "line": 3,
        "message": "Nested mappings are not allowed in compact mappings",
      }
    `);
  });

  it('refuses a key written twice, naming its line', () => {
    const error = syntaxErrorOf('title: One\nsummary: S\ntitle: Two\n');
    expect({ message: error.message, line: error.line }).toMatchInlineSnapshot(`
      {
        "line": 3,
        "message": "Map keys must be unique",
      }
    `);
  });

  it('refuses a file whose top level is not key: value pairs', () => {
    const error = syntaxErrorOf('- title: One\n');
    expect({ message: error.message, line: error.line }).toMatchInlineSnapshot(`
      {
        "line": 1,
        "message": "expected key: value pairs at the top of the file",
      }
    `);
  });
});
