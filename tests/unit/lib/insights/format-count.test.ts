import { describe, expect, it } from 'vitest';
import { describeReadProgress } from '../../../../src/lib/insights/describe-read-progress';
import { formatCount, formatCounted } from '../../../../src/lib/insights/format-count';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1200, '1,200'],
    [1234567, '1,234,567'],
    [19893.4, '19,893'],
  ])('writes %d as %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('uses the singular for exactly one', () => {
    expect([formatCounted(1, 'member'), formatCounted(5000, 'member'), formatCounted(0, 'file')]).toEqual(['1 member', '5,000 members', '0 files']);
  });
});

describe('describeReadProgress', () => {
  it('says how many files of how many are read', () => {
    expect(describeReadProgress(1200, 5000)).toBe('Read 1,200 of 5,000 files…');
    expect(describeReadProgress(1, 1)).toBe('Read 1 of 1 file…');
  });
});
