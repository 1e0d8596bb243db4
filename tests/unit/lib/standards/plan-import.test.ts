import { describe, expect, it } from 'vitest';
import type { ImportedCompetency } from '../../../../src/lib/standards/imported-competency';
import { planImport } from '../../../../src/lib/standards/plan-import';

const competency = (id: string, title = id): ImportedCompetency => ({
  id,
  source: 'test',
  data: { title, order: 1, summary: 'S.' },
});

describe('planImport', () => {
  it('marks each file new, unchanged or changed against what is on disk', () => {
    const first = planImport(
      [competency('a'), competency('b'), competency('c')],
      'out/',
      () => undefined,
    );
    const disk = new Map([
      ['out/a.yaml', first.files[0]!.text],
      ['out/b.yaml', `${first.files[1]!.text}# an edit\n`],
    ]);
    const plan = planImport([competency('a'), competency('b'), competency('c')], 'out/', (path) =>
      disk.get(path),
    );
    expect(plan.files.map((file) => [file.path, file.status])).toEqual([
      ['out/a.yaml', 'unchanged'],
      ['out/b.yaml', 'changed'],
      ['out/c.yaml', 'new'],
    ]);
    expect(plan.conflicts.map((file) => file.path)).toEqual(['out/b.yaml']);
    expect(plan.problems).toEqual([]);
  });

  it('checks every generated file against the competency schema', () => {
    const plan = planImport([competency('long', 'x'.repeat(121))], 'out', () => undefined);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({ file: 'out/long.yaml', field: 'title' });
  });
});
