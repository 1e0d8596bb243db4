import { afterEach, describe, expect, it } from 'vitest';
import { parseEntry } from '../../../src/lib/content/parse-entry';
import {
  CalendarDateSchema,
  CodeSchema,
  CompetencySchema,
  LessonSchema,
} from '../../../src/schemas';

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const minimalLesson = {
  title: 'A',
  description: 'D.',
  competencies: ['skill-a'],
  objectives: ['O'],
  duration: 5,
  level: 'foundation',
};

describe('CalendarDateSchema', () => {
  // Los Angeles is behind UTC and Kiritimati 14 hours ahead: a day read through local time shifts in one of them.
  const zones = { 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, UTC: 0 };
  for (const [zone, offset] of Object.entries(zones)) {
    it(`keeps the calendar day the editor wrote when the build runs in ${zone}`, () => {
      process.env.TZ = zone;
      // Node applies a TZ set at run time; check it did, or the test would prove nothing.
      expect(new Date(Date.UTC(2026, 10, 20)).getTimezoneOffset()).toBe(offset);
      expect(CalendarDateSchema.parse('2026-11-20')).toBe('2026-11-20');
      // Astro's js-yaml turns `updated: 2026-11-20` into a Date at UTC midnight.
      expect(CalendarDateSchema.parse(new Date(Date.UTC(2026, 10, 20)))).toBe('2026-11-20');
      const { data } = parseEntry(
        'lessons',
        'content/lessons/a.mdx',
        '---\nupdated: 2026-11-20\n---\n',
      );
      expect(LessonSchema.parse({ ...minimalLesson, ...(data as object) }).updated).toBe(
        '2026-11-20',
      );
    });
  }

  it('refuses a day that does not exist, with the form to use', () => {
    for (const day of ['2026-02-30', '2026-13-01', '2026-11-31']) {
      const result = CalendarDateSchema.safeParse(day);
      expect(result.success, day).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        'write a calendar date as YYYY-MM-DD, e.g. 2026-11-20',
      ]);
    }
  });

  it('refuses other ways of writing a date and an invalid Date', () => {
    for (const value of [
      '20/11/2026',
      '2026-11-20T10:00:00Z',
      '2026-1-2',
      '',
      new Date(Number.NaN),
    ]) {
      expect(CalendarDateSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });

  it('accepts 29 February in a leap year only', () => {
    expect(CalendarDateSchema.parse('2028-02-29')).toBe('2028-02-29');
    expect(CalendarDateSchema.safeParse('2026-02-29').success).toBe(false);
  });
});

describe('CodeSchema', () => {
  it('keeps a code read from YAML as text, so 1.10 sorts after 1.9', () => {
    const { data } = parseEntry(
      'competencies',
      'content/competencies/a.yaml',
      'title: A\nsummary: S.\ncode: 1.10\n',
    );
    expect(CompetencySchema.parse(data).code).toBe('1.10');
    expect(CodeSchema.safeParse(1.1).success).toBe(false);
  });
});
