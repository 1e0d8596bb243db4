import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../../src/lib/content/parse-yaml';
import { toCompetencyYaml } from '../../../../src/lib/standards/imported-competency';
import { CompetencySchema } from '../../../../src/schemas';

describe('toCompetencyYaml', () => {
  it('writes the fields in the framework key order, the code quoted, the source as a comment', () => {
    const text = toCompetencyYaml({
      id: 'skill',
      source: 'Imported by npm run import:case from "Doc", CASE item i1.',
      data: {
        summary: 'One sentence.',
        order: 2,
        title: 'Skill: with a colon',
        code: '1.10',
        parent: 'area',
        description: 'First paragraph.\n\nSecond paragraph.',
        alignments: [{ framework: 'Doc', code: '1.10', url: 'https://case.example/i1' }],
      },
    });
    expect(text).toBe(
      [
        '# Imported by npm run import:case from "Doc", CASE item i1.',
        '',
        'title: "Skill: with a colon"',
        'code: "1.10"',
        'parent: area',
        'order: 2',
        'summary: One sentence.',
        'description: |-',
        '  First paragraph.',
        '',
        '  Second paragraph.',
        'alignments:',
        '  - framework: Doc',
        '    code: "1.10"',
        '    url: https://case.example/i1',
        '',
      ].join('\n'),
    );
    expect(CompetencySchema.parse(parseYaml(text))).toMatchObject({
      code: '1.10',
      title: 'Skill: with a colon',
      description: 'First paragraph.\n\nSecond paragraph.',
    });
  });

  it('leaves out empty optional fields', () => {
    const text = toCompetencyYaml({
      id: 'a',
      source: 's',
      data: { title: 'A', order: 1, summary: 'S.', description: undefined, alignments: [] },
    });
    expect(text).toBe('# s\n\ntitle: A\norder: 1\nsummary: S.\n');
  });
});
