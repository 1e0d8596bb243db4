import { describe, expect, it } from 'vitest';
import { FALLBACK_PALETTE } from '../../../../src/lib/charts/chart-palette';
import {
  buildInsightsChartConfig,
  insightsChartHeight,
  labelInsightsBar,
  NARROW_WIDTH,
  type InsightsChart,
} from '../../../../src/lib/charts/insights-chart-config';

const rates: InsightsChart = {
  axisTitle: 'Members who mastered it (%)',
  description: 'Bar chart of mastery.',
  min: 0,
  max: 100,
  unit: ' %',
  bars: [
    { label: '1.1 Text alternatives', shortLabel: '1.1', value: 75, valueText: '75 % (3 of 4)' },
    { label: '1.2 Time-based media', shortLabel: '1.2', value: 25, valueText: '25 % (1 of 4)' },
  ],
};
const palette = { ...FALLBACK_PALETTE, bar: '#123456', text: '#010203' };

describe('buildInsightsChartConfig', () => {
  it('draws one horizontal bar per entry in the palette, the value in words beside each label', () => {
    const config = buildInsightsChartConfig(rates, palette, { reducedMotion: false });
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual([
      ['1.1 Text alternatives', '75 % (3 of 4)'],
      ['1.2 Time-based media', '25 % (1 of 4)'],
    ]);
    expect(config.data.datasets[0]!.data).toEqual([75, 25]);
    expect(config.data.datasets[0]!.backgroundColor).toBe('#123456');
    const x = config.options?.scales?.x as { min?: number; max?: number; title: { text: string; color: string } };
    expect([x.min, x.max, x.title.text, x.title.color]).toEqual([0, 100, rates.axisTitle, '#010203']);
  });

  it('draws without animation when the reader prefers reduced motion', () => {
    expect(buildInsightsChartConfig(rates, palette, { reducedMotion: true }).options?.animation).toBe(false);
    expect(buildInsightsChartConfig(rates, palette, { reducedMotion: false }).options?.animation).not.toBe(false);
  });

  it('starts an open axis at zero', () => {
    const counts = { ...rates, min: undefined, max: undefined, unit: '' };
    const x = buildInsightsChartConfig(counts, palette, { reducedMotion: true }).options?.scales?.x as Record<string, unknown>;
    expect(x.beginAtZero).toBe(true);
    expect(x.max).toBeUndefined();
  });
});

describe('labelInsightsBar', () => {
  it('shortens a long label on a wide chart and uses the short label on a narrow one', () => {
    const bar = { label: 'Which of these link texts tells a screen reader user where the link goes?', shortLabel: '3. Which of…', value: 10, valueText: '10 %' };
    const [wide] = labelInsightsBar(bar, NARROW_WIDTH + 100);
    expect(wide!.length).toBeLessThanOrEqual(48);
    expect(wide).toMatch(/…$/);
    expect(labelInsightsBar(bar, NARROW_WIDTH - 1)).toEqual(['3. Which of…', '10 %']);
  });
});

describe('insightsChartHeight', () => {
  it('grows with the number of bars and keeps room for the axis when there are none', () => {
    expect(insightsChartHeight(10)).toBeGreaterThan(insightsChartHeight(2));
    expect(insightsChartHeight(0)).toBe(insightsChartHeight(1));
  });
});
