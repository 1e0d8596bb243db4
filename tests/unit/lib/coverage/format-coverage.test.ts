import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../src/lib/coverage/analyse-coverage';
import {
  explainFlag,
  formatCoverageMarkdown,
  nameCompetency,
  summarise,
} from '../../../../src/lib/coverage/format-coverage';
import { coveragePortal } from './coverage-portal';

describe('formatCoverageMarkdown', () => {
  const report = analyseCoverage(coveragePortal());
  const markdown = formatCoverageMarkdown(report);
  const section = (heading: string) => markdown.split(`## ${heading}\n\n`)[1]!.split('\n\n')[0];

  it('opens with the totals', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Coverage of Known | portal',
      '',
      '7 competencies in 2 areas, 7 published lessons (77 min), 12 quiz and check questions; 2 of the 5 competencies without sub-competencies have a competency check. Median time per competency: 20 min.',
    ]);
  });

  it('names the least-covered competencies in order with their figures and flags', () => {
    expect(section('Least covered')).toMatchInlineSnapshot(`
      "1. **2.2 Skill leaf-5** (\`leaf-5\`): 0 lessons, 0 min, 6 questions, a competency check. Flags: no content
      2. **1.3 Skill leaf-3** (\`leaf-3\`): 1 lesson, 2 min, 0 questions, no check. Flags: no check, too few questions, under-served
      3. **1.2 Pipes \\| and \\*stars\\*** (\`leaf-2\`): 2 lessons, 20 min, 1 question, no check. Flags: no check, too few questions
      4. **1.1 Skill leaf-1** (\`leaf-1\`): 2 lessons, 20 min, 6 questions, a competency check
      5. **2.1 Skill leaf-4** (\`leaf-4\`): 3 lessons, 45 min, 0 questions, no check. Flags: no check, too few questions, over-served"
    `);
  });

  it('lists each flag with the competencies carrying it and what to do', () => {
    const flags = section('Flags')!.split('\n');
    expect(flags).toHaveLength(5);
    expect(flags[0]).toBe(
      '- **No content** (1): 2.2 Skill leaf-5. No published lesson builds it yet. Write a lesson for it, or map an existing lesson to it.',
    );
    expect(flags[1]).toContain(
      '- **No check** (3): 1.2 Pipes \\| and \\*stars\\*, 1.3 Skill leaf-3, 2.1 Skill leaf-4. It has no competency check, so practised counts as mastered',
    );
    expect(flags[2]).toContain('Fewer than 5 questions');
    expect(flags[3]).toBe(
      '- **Under-served** (1): 1.3 Skill leaf-3. ' + explainFlag('under-served', report),
    );
    expect(flags[4]).toContain('more than 2 × the median (20 min)');
  });

  it('ends with a table row per competency whose cells cannot be broken by a title', () => {
    const rows = markdown
      .trimEnd()
      .split('\n')
      .filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(2 + report.competencies.length);
    expect(rows[0]).toBe(
      '| Competency | Lessons | Minutes | Share | × median | Questions (quiz + check) | Levels | Check | Flags |',
    );
    expect(rows[2]).toBe(
      '| **1 Area A** | 4 | 32 | 42 % |  | 6 (3 + 3) | foundation, practitioner, advanced | – |  |',
    );
    expect(rows[3]).toBe(
      '| &nbsp;&nbsp;1.1 Skill leaf-1 | 2 | 20 | 26 % | 1 | 6 (3 + 3) | foundation, practitioner | yes, draws 2 |  |',
    );
    expect(rows[4]).toBe(
      '| &nbsp;&nbsp;1.2 Pipes \\| and \\*stars\\* | 2 | 20 | 26 % | 1 | 1 (1 + 0) | foundation, practitioner | no | no check, too few questions |',
    );
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(11);
  });
});

describe('summarise and nameCompetency', () => {
  it('name a competency by code and title and sum up its coverage in words', () => {
    const entry = analyseCoverage(coveragePortal()).competencies.find(
      (competency) => competency.id === 'leaf-3',
    )!;
    expect(nameCompetency(entry)).toBe('1.3 Skill leaf-3');
    expect(nameCompetency({ title: 'No code' })).toBe('No code');
    expect(summarise(entry)).toBe('1 lesson, 2 min, 0 questions, no check');
  });
});
