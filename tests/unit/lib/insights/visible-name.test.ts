import { describe, expect, it } from 'vitest';
import { aggregateExports } from '../../../../src/lib/insights/aggregate-exports';
import { visibleName } from '../../../../src/lib/insights/visible-name';
import { fixtureModel, NOW } from './insights-fixtures';

const model = fixtureModel();

describe('visibleName', () => {
  it('shows control characters as their pictures, so a file name cannot break a line or recolour a terminal', () => {
    expect(visibleName('evil\nname-\u001b[31mred\u001b[0m.json')).toBe('evil\u240aname-\u241b[31mred\u241b[0m.json');
    expect(visibleName('tab\there\u007f.json')).toBe('tab\u2409here\u2421.json');
    expect(visibleName('Café – exports/ü.json')).toBe('Café – exports/ü.json');
  });

  it('is how the insights name a refused file', () => {
    const insights = aggregateExports(model, [{ name: 'bad\n\u001b[2J.json', bytes: new TextEncoder().encode('nope') }], { now: NOW });
    expect(insights.files.refused[0]!.name).toBe('bad\u240a\u241b[2J.json');
  });
});
