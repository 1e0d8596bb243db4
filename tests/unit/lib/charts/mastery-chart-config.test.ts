import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { FALLBACK_PALETTE } from '../../../../src/lib/charts/chart-palette';
import {
  buildMasteryChartConfig,
  chartHeight,
  labelBar,
  NARROW_WIDTH,
  ROW_HEIGHT,
} from '../../../../src/lib/charts/mastery-chart-config';
import type { MasteryBar } from '../../../../src/lib/charts/mastery-series';

const bars: MasteryBar[] = [
  {
    id: 'alt',
    label: '1.1 Text alternatives',
    shortLabel: '1.1',
    percent: 100,
    status: 'mastered',
    testedOut: true,
    statusLabel: 'Mastered (tested out)',
    statusText: 'Mastered by testing out with the competency check.',
    completed: 0,
    total: 3,
  },
  {
    id: 'captions',
    label: '1.2 Time-based media',
    shortLabel: '1.2',
    percent: 33,
    status: 'in-progress',
    testedOut: false,
    statusLabel: 'In progress',
    statusText: 'In progress: 1 of 3 lessons completed.',
    completed: 1,
    total: 3,
  },
];
const palette = {
  ...FALLBACK_PALETTE,
  bar: '#0000ff',
  barMastered: '#00ff00',
  text: '#111111',
  background: '#fefefe',
};

describe('buildMasteryChartConfig', () => {
  const config = buildMasteryChartConfig(bars, palette, { reducedMotion: false });

  it('draws horizontal bars from 0 to 100 % that fill a fixed-height box', () => {
    expect(config.type).toBe('bar');
    expect(config.options).toMatchObject({
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
    });
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
    expect(config.data.datasets[0]!.data).toEqual([100, 33]);
  });

  it('states the percentage and status in every label, so nothing depends on colour', () => {
    expect(config.data.labels).toEqual([
      ['1.1 Text alternatives', '100 % · Mastered (tested out)'],
      ['1.2 Time-based media', '33 % · In progress'],
    ]);
  });

  it('shortens the axis labels to code and percentage on a narrow chart, leaving room for the bars', () => {
    const tick = config.options!.scales!.y!.ticks!.callback as (
      this: unknown,
      value: number,
      index: number,
    ) => string[];
    expect(tick.call({ chart: { width: NARROW_WIDTH - 1 } }, 0, 1)).toEqual(['1.2', '33 %']);
    expect(tick.call({ chart: { width: NARROW_WIDTH } }, 0, 1)).toEqual([
      '1.2 Time-based media',
      '33 % · In progress',
    ]);
    expect(labelBar(bars[0]!, 300)).toEqual(['1.1', '100 %']);
  });

  it('colours mastered bars and the rest from the palette, and text from the palette too', () => {
    expect(config.data.datasets[0]!.backgroundColor).toEqual(['#00ff00', '#0000ff']);
    expect(config.options?.scales?.y?.ticks?.color).toBe('#111111');
    expect(config.options?.plugins?.tooltip).toMatchObject({
      backgroundColor: '#111111',
      bodyColor: '#fefefe',
    });
  });

  it('names the bar and its status sentence in the tooltip', () => {
    const callbacks = config.options!.plugins!.tooltip!.callbacks!;
    const item = { dataIndex: 1 } as TooltipItem<'bar'>;
    expect((callbacks.title as (items: TooltipItem<'bar'>[]) => string)([item])).toBe(
      '1.2 Time-based media',
    );
    expect((callbacks.label as (item: TooltipItem<'bar'>) => string)(item)).toBe(
      '33 %: In progress: 1 of 3 lessons completed.',
    );
  });

  it('animates only when the learner has not asked for reduced motion', () => {
    expect(config.options?.animation).not.toBe(false);
    expect(buildMasteryChartConfig(bars, palette, { reducedMotion: true }).options?.animation).toBe(
      false,
    );
  });
});

describe('chartHeight', () => {
  it('grows by one row per bar and keeps room for the axis, even with no bars', () => {
    expect(chartHeight(2) - chartHeight(1)).toBe(ROW_HEIGHT);
    expect(chartHeight(0)).toBe(chartHeight(1));
  });
});
