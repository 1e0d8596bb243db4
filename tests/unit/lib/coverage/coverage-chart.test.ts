import { describe, expect, it } from 'vitest';
import {
  buildCoverageChartConfig,
  coverageChartHeight,
  labelCoverageBar,
  NARROW_WIDTH,
  readCoveragePalette,
  type CoverageBar,
  type CoverageChartPalette,
} from '../../../../src/lib/coverage/coverage-chart';

const bars: CoverageBar[] = [
  { label: '1.1 Plain', shortLabel: '1.1', minutes: 20, flagText: '', emphasis: false },
  { label: '1.2 Long', shortLabel: '1.2', minutes: 45, flagText: 'over-served', emphasis: true },
];
const palette: CoverageChartPalette = {
  text: 'T',
  muted: 'M',
  grid: 'G',
  background: 'B',
  bar: 'A',
  barFlagged: 'F',
  font: 'Font',
};

describe('readCoveragePalette', () => {
  it('reads each colour from its custom property and falls back to the light theme for missing ones', () => {
    const values: Record<string, string> = {
      '--accent': ' #8ab4ff ',
      '--focus': '#fbbf24',
      '--bg': '#0f172a',
    };
    const read = readCoveragePalette((property) => values[property] ?? '');
    expect(read).toMatchObject({
      bar: '#8ab4ff',
      barFlagged: '#fbbf24',
      background: '#0f172a',
      text: '#111827',
    });
  });
});

describe('buildCoverageChartConfig', () => {
  const config = buildCoverageChartConfig(bars, 18, palette, { reducedMotion: false });

  it('draws horizontal bars of minutes, flagged ones in the warning colour', () => {
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets[0]).toMatchObject({ data: [20, 45], backgroundColor: ['A', 'F'] });
  });

  it('says the minutes and flags in the labels and the median in the axis title', () => {
    expect(config.data.labels).toEqual([
      ['1.1 Plain', '20 min'],
      ['1.2 Long', '45 min · over-served'],
    ]);
    expect(config.options?.scales?.x?.title).toMatchObject({
      display: true,
      text: 'Minutes of lessons (median 18 min)',
      color: 'T',
    });
  });

  it('keeps a fixed size and stops animating for reduced motion', () => {
    expect(config.options).toMatchObject({
      responsive: true,
      maintainAspectRatio: false,
      animation: { duration: 400 },
    });
    expect(
      buildCoverageChartConfig(bars, 18, palette, { reducedMotion: true }).options?.animation,
    ).toBe(false);
    expect(coverageChartHeight(2)).toBe(2 * 44 + 64);
    expect(coverageChartHeight(0)).toBe(coverageChartHeight(1));
  });
});

describe('labelCoverageBar', () => {
  it('shrinks to the code and minutes on a narrow chart', () => {
    expect(labelCoverageBar(bars[1]!, NARROW_WIDTH - 1)).toEqual(['1.2', '45 min']);
    expect(labelCoverageBar(bars[1]!, NARROW_WIDTH)).toEqual(['1.2 Long', '45 min · over-served']);
  });
});
