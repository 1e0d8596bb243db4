import { describe, expect, it } from 'vitest';
import {
  formatDurationBand,
  formatFormat,
  formatLevel,
  formatTotals,
} from '../../../../src/lib/portal/labels';

describe('labels', () => {
  it('capitalises levels and formats', () => {
    expect(formatLevel('practitioner')).toBe('Practitioner');
    expect(formatFormat('interactive')).toBe('Interactive');
  });

  it('puts a lesson length in one of three search bands', () => {
    expect([3, 5, 6, 10, 11].map(formatDurationBand)).toEqual([
      'Up to 5 min',
      'Up to 5 min',
      '6 to 10 min',
      '6 to 10 min',
      'Over 10 min',
    ]);
  });

  it('writes totals with plurals and leaves out zero credits', () => {
    expect(formatTotals(1, 5)).toBe('1 lesson · 5 min');
    expect(formatTotals(3, 24, 0)).toBe('3 lessons · 24 min');
    expect(formatTotals(3, 24, 1)).toBe('3 lessons · 24 min · 1 CE credit');
    expect(formatTotals(3, 24, 0.75)).toBe('3 lessons · 24 min · 0.75 CE credits');
  });
});
