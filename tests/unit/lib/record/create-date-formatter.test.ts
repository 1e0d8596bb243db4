import { describe, expect, it } from 'vitest';
import { createDateFormatter } from '../../../../src/lib/record/create-date-formatter';

describe('createDateFormatter', () => {
  it('writes a moment as a medium date and short time in the given language', () => {
    const iso = '2025-03-02T09:00:00.000Z';
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    expect(createDateFormatter('en-GB')(iso)).toBe(expected);
    expect(expected).toMatch(/2 Mar 2025/);
  });

  it('gives back text that is not a date unchanged instead of "Invalid Date"', () => {
    expect(createDateFormatter('en')('yesterday')).toBe('yesterday');
  });
});
