import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../../../src/lib/content/parse-entry';

const lesson = '---\ntitle: Alt text\nduration: 5\nupdated: 2026-11-20\n---\n\nThe body.\n';

describe('parseEntry', () => {
  it('names a lesson after its file, wherever it sits below lessons/', () => {
    const entry = parseEntry('lessons', 'content/lessons/perceivable/write-alt-text.mdx', lesson);
    expect(entry).toEqual({
      kind: 'lessons',
      id: 'write-alt-text',
      file: 'content/lessons/perceivable/write-alt-text.mdx',
      data: { title: 'Alt text', duration: 5, updated: '2026-11-20' },
      body: '\nThe body.\n',
      bodyLine: 6,
    });
  });

  it('reads a YAML file whole, naming it after the file without .yaml or .yml', () => {
    expect(
      parseEntry(
        'competencies',
        'content/competencies/skill-a.yml',
        'title: Skill A\ncode: 1.10\n',
      ),
    ).toEqual({
      kind: 'competencies',
      id: 'skill-a',
      file: 'content/competencies/skill-a.yml',
      data: { title: 'Skill A', code: '1.10' },
    });
  });

  it('reads a lesson saved with a byte order mark and Windows line endings like any other', () => {
    const windows = parseEntry(
      'lessons',
      'content/lessons/a.mdx',
      `\uFEFF${lesson.replace(/\n/g, '\r\n')}`,
    );
    expect(windows).toEqual(parseEntry('lessons', 'content/lessons/a.mdx', lesson));
  });

  it('records a frontmatter syntax error with its line in the file, counting the opening fence', () => {
    const entry = parseEntry(
      'lessons',
      'content/lessons/a.mdx',
      '---\ntitle: A\ndescription: Alt text: the basics\n---\nBody\n',
    );
    expect(entry.data).toBeUndefined();
    expect(entry.parseError).toMatchInlineSnapshot(`
      {
        "line": 3,
        "message": "the YAML cannot be read: Nested mappings are not allowed in compact mappings.",
      }
    `);
  });

  it('records a YAML syntax error with its line in the file', () => {
    const entry = parseEntry(
      'competencies',
      'content/competencies/a.yaml',
      'title: A\nsummary: Skill: the basics\nparent: b\n',
    );
    expect(entry.parseError?.line).toBe(2);
  });

  it('records a lesson without frontmatter as unreadable, on line 1', () => {
    const entry = parseEntry('lessons', 'content/lessons/a.mdx', 'title: A\n\nBody\n');
    expect(entry.parseError).toMatchInlineSnapshot(`
      {
        "line": 1,
        "message": "the file has no frontmatter: start it with a line of three dashes (---), the lesson fields, and another --- line",
      }
    `);
  });
});
