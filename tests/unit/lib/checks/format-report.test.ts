import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatReport } from '../../../../src/lib/checks/format-report';
import { error, warning, type Problem } from '../../../../src/lib/checks/problem';

const problems: Problem[] = [
  warning(
    'empty-competency',
    'content/competencies/b.yaml',
    undefined,
    'no published lesson builds "b".',
    'Add a lesson.',
  ),
  error(
    'unknown-parent',
    'content/competencies/b.yaml',
    'parent',
    '"x" is not a competency.',
    'Use a file name.',
  ),
  {
    ...error(
      'unreadable-file',
      'content/lessons/a.mdx',
      undefined,
      'the YAML cannot be read: bad indentation.',
    ),
    line: 4,
  },
  warning(
    'empty-competency',
    'content/competencies/c.yaml',
    undefined,
    'no published lesson builds "c".',
  ),
];

describe('formatReport', () => {
  it('says the check passed when there are no problems', () => {
    expect(formatReport([])).toBe('Content check passed: no problems found.');
  });

  it('groups problems by file in path order, errors before warnings, and ends with the count and what to do', () => {
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "content/competencies/b.yaml
        ✖ error parent: "x" is not a competency. Use a file name. [unknown-parent]
        ▲ warning: no published lesson builds "b". Add a lesson. [empty-competency]

      content/competencies/c.yaml
        ▲ warning: no published lesson builds "c". [empty-competency]

      content/lessons/a.mdx
        ✖ error line 4: the YAML cannot be read: bad indentation. [unreadable-file]

      2 errors and 2 warnings in 3 files. Fix the errors above, then run npm run check again."
    `);
  });

  it('says warnings alone do not stop the build, counting in the singular', () => {
    expect(formatReport([problems[3]!])).toMatchInlineSnapshot(`
      "content/competencies/c.yaml
        ▲ warning: no published lesson builds "c". [empty-competency]

      0 errors and 1 warning in 1 file. Warnings do not stop the build."
    `);
  });

  it('adds one GitHub Actions annotation per problem when asked', () => {
    const report = formatReport(problems, { github: true }).split('\n');
    expect(report.filter((line) => line.startsWith('::'))).toMatchInlineSnapshot(`
      [
        "::warning file=content/competencies/b.yaml,title=empty-competency::no published lesson builds "b". Add a lesson.",
        "::error file=content/competencies/b.yaml,title=unknown-parent::parent: "x" is not a competency. Use a file name.",
        "::error file=content/lessons/a.mdx,line=4,title=unreadable-file::the YAML cannot be read: bad indentation.",
        "::warning file=content/competencies/c.yaml,title=empty-competency::no published lesson builds "c".",
      ]
    `);
    expect(formatReport(problems)).not.toContain('::');
  });
});

describe('formatAnnotation', () => {
  it('escapes percent signs and line breaks so the message stays one command', () => {
    const problem = error(
      'passing-score-range',
      'content/lessons/a.mdx',
      'quiz.passingScore',
      '80% is\noutside 0–1.',
      'Write 0.8.',
    );
    expect(formatAnnotation(problem)).toBe(
      '::error file=content/lessons/a.mdx,title=passing-score-range::quiz.passingScore: 80%25 is%0Aoutside 0–1. Write 0.8.',
    );
  });
});
