import type { Lesson } from '../../schemas';

/** What path ordering needs of a lesson. */
export type PathLesson = { id: string; data: Pick<Lesson, 'order' | 'title'> };

/**
 * Orders a competency's lessons: by `order`, lessons without one after those with one, then by
 * title so the result never depends on file-system order.
 */
export function orderPath<T extends PathLesson>(lessons: readonly T[]): T[] {
  return lessons.slice().sort((a, b) => {
    const byOrder = (a.data.order ?? Infinity) - (b.data.order ?? Infinity);
    if (byOrder !== 0 && !Number.isNaN(byOrder)) return byOrder;
    return a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
  });
}

/** Compares codes such as "1.2" and "1.10" part by part, as numbers where they are numbers. */
export function compareCodes(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.localeCompare(b, 'en', { numeric: true });
}
