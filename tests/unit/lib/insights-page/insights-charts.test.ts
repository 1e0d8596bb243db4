import { describe, expect, it } from 'vitest';
import { buildInsightsCharts, formatChange } from '../../../../src/lib/insights-page/insights-charts';
import { competency, insightsOf, question } from './insights-fixture';

describe('buildInsightsCharts', () => {
  it('draws no chart without members, so there is never a chart of zeros', () => {
    expect(buildInsightsCharts(insightsOf(0, { competencies: [competency('a', 0, 0)] }))).toEqual({});
  });

  it('charts the share of members who mastered each leaf competency, with the count in words', () => {
    const insights = insightsOf(4, {
      competencies: [
        competency('area', 1, 4, { leaf: false, area: true, depth: 0, code: '1' }),
        competency('a', 3, 4, { code: '1.1' }),
        competency('b', 0, 4),
      ],
    });
    const chart = buildInsightsCharts(insights).competencies!;
    expect(chart.bars).toEqual([
      { label: '1.1 Competency a', shortLabel: '1.1', value: 75, valueText: '75 % (3 of 4)' },
      { label: 'Competency b', shortLabel: 'Competency b', value: 0, valueText: '0 % (0 of 4)' },
    ]);
    expect(chart.description).toContain('4 members');
    expect([chart.min, chart.max, chart.unit]).toEqual([0, 100, ' %']);
  });

  it('charts the hardest questions in their order, by first-attempt rate', () => {
    const hardest = [question('q2', 1, 4), question('q1', 1, 2)];
    const chart = buildInsightsCharts(insightsOf(4, { hardest })).hardest!;
    expect(chart.bars.map((bar) => [bar.label, bar.value, bar.valueText])).toEqual([
      ['Prompt of q2?', 25, '25 % (1 of 4)'],
      ['Prompt of q1?', 50, '50 % (1 of 2)'],
    ]);
    expect(chart.bars[0]!.shortLabel).toMatch(/^1\. /);
  });

  it('charts confidence only where members rated both before and after', () => {
    const rating = { withBefore: 2, withAfter: 2, meanBefore: 2, meanAfter: 3 };
    const chart = buildInsightsCharts(
      insightsOf(2, {
        confidence: [
          { id: 'a', title: 'A', ...rating, withBoth: 2, meanChange: 1.25, rose: 1 },
          { id: 'b', title: 'B', ...rating, withBoth: 0, meanChange: null, rose: 0 },
        ],
      }),
    ).confidence!;
    expect(chart.bars).toEqual([{ label: 'A', shortLabel: 'A', value: 1.25, valueText: '+1.3, 1 of 2 rose' }]);
    expect([chart.min, chart.max]).toEqual([-4, 4]);
  });

  it('leaves out the confidence, hardest and months charts when there is nothing in them', () => {
    const charts = buildInsightsCharts(insightsOf(2));
    expect(Object.keys(charts)).toEqual(['competencies']);
  });

  it('charts competencies mastered per month', () => {
    const months = [
      { month: '2026-01', mastered: 3, firstMasteries: 1 },
      { month: '2026-02', mastered: 0, firstMasteries: 0 },
    ];
    const chart = buildInsightsCharts(insightsOf(2, { months })).months!;
    expect(chart.bars.map((bar) => bar.valueText)).toEqual(['3 mastered, 1 first mastery', '0 mastered, 0 first masteries']);
    expect(chart.description).toContain('from 2026-01 to 2026-02');
  });
});

describe('formatChange', () => {
  it('signs a change and rounds it to one decimal', () => {
    expect([formatChange(1.25), formatChange(-0.46), formatChange(0.04), formatChange(2)]).toEqual(['+1.3', '−0.5', '0', '+2']);
  });
});
