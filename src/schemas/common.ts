import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every id and slug in `content/`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "text-alternatives"');

/**
 * A calendar day written `YYYY-MM-DD`. YAML parsers turn such values into a Date at UTC midnight;
 * reading the UTC parts back keeps the day the editor wrote whatever the build's time zone is.
 */
export const CalendarDateSchema = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    const day = value instanceof Date ? toCalendarDay(value) : value.trim();
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || toCalendarDay(new Date(`${day}T00:00:00Z`)) !== day) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'write a calendar date as YYYY-MM-DD, e.g. 2026-11-20' });
      return z.NEVER;
    }
    return day;
  });

function toCalendarDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A CSS hex colour such as `#1d4ed8`. */
export const HexColourSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'write a hex colour such as "#1d4ed8"');

/** An absolute http(s) address: `javascript:` and other schemes could run code when clicked. */
export const WebUrlSchema = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'use an address that starts with https:// or http://');

/** A link target: a site path such as `/competencies/` or an http(s) address. */
export const LinkSchema = z
  .string()
  .min(1)
  .refine((value) => (value.startsWith('/') && !value.startsWith('//')) || /^https?:\/\//i.test(value), 'use a site path such as /competencies/ or an address that starts with https://');

/** A short code such as "1.10": always text, so trailing zeros survive. */
export const CodeSchema = z.string().min(1).max(20);
