import type { Lesson } from '../../schemas';

/** "foundation" → "Foundation". */
export function formatLevel(level: Lesson['level']): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}

/** "reading" → "Reading". */
export function formatFormat(format: Lesson['format']): string {
  return format.charAt(0).toUpperCase() + format.slice(1);
}

/** Search filter band for a lesson's length. */
export function formatDurationBand(minutes: number): string {
  if (minutes <= 5) return 'Up to 5 min';
  if (minutes <= 10) return '6 to 10 min';
  return 'Over 10 min';
}

/** "3 lessons · 24 min" style totals. */
export function formatTotals(lessons: number, minutes: number, credits?: number): string {
  const parts = [`${lessons} lesson${lessons === 1 ? '' : 's'}`, `${minutes} min`];
  if (credits) parts.push(`${credits} CE credit${credits === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
