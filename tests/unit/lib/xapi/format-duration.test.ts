import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../../src/lib/xapi/format-duration';

describe('formatDuration', () => {
  it('writes hours, minutes and seconds to the hundredth, leaving out empty parts', () => {
    expect(formatDuration('2025-03-03T09:00:00.000Z', '2025-03-03T09:04:12.500Z')).toBe('PT4M12.5S');
    expect(formatDuration('2025-03-03T09:00:00.000Z', '2025-03-03T10:00:00.000Z')).toBe('PT1H');
    expect(formatDuration('2025-03-03T09:00:00.000Z', '2025-03-04T10:02:00.004Z')).toBe('PT25H2M');
    expect(formatDuration('2025-03-03T09:00:00.000Z', '2025-03-03T09:00:00.016Z')).toBe('PT0.02S');
  });

  it('measures across time zones by the instants, not the written clock times', () => {
    expect(formatDuration('2025-03-03T11:00:00+02:00', '2025-03-03T09:00:30Z')).toBe('PT30S');
  });

  it('gives no time, not a negative one, when the attempt ends before it starts or at once', () => {
    expect(formatDuration('2025-03-03T09:00:00.000Z', '2025-03-03T09:00:00.000Z')).toBe('PT0S');
    expect(formatDuration('2025-03-03T09:05:00.000Z', '2025-03-03T09:00:00.000Z')).toBe('PT0S');
  });
});
