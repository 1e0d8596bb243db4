import { describe, expect, it } from 'vitest';
import { readDateTime, RecordProblem } from '../../../../src/lib/record/record-problem';

describe('readDateTime', () => {
  it('returns a date-time already in toISOString form unchanged', () => {
    expect(readDateTime('2026-03-05T09:00:00.000Z', 'at')).toBe('2026-03-05T09:00:00.000Z');
  });

  it('turns other ISO forms into UTC with milliseconds', () => {
    expect(readDateTime('2026-03-05T10:00+01:00', 'at')).toBe('2026-03-05T09:00:00.000Z');
  });

  it.each(['2025-02-30T08:00:00.000Z', '2025-13-01T08:00:00.000Z', '2025-01-01T25:00:00.000Z', '2025-01-01 08:00:00.000Z'])('refuses %s, which is not a real date-time in that form', (value) => {
    expect(() => readDateTime(value, 'at')).toThrow(RecordProblem);
  });
});
