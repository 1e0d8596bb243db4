import type { RawContent, RawEntry } from '../content/raw-content';
import { compareCodes } from '../portal/order-path';

/** A competency a new lesson can be mapped to. */
export interface FrameworkCompetency {
  id: string;
  title: string;
  code?: string;
  /** Id of its area (the top of its branch), which names the lesson's folder. */
  area: string;
  /** Whether other competencies have it as their parent. */
  hasChildren: boolean;
}

/** A lesson that already exists, as far as a new one needs to know. */
export interface ExistingLesson {
  id: string;
  file: string;
  /** Its first competency: the path it belongs to. */
  primary?: string;
  order?: number;
}

/** What the scaffold reads from a content folder. */
export interface ScaffoldContext {
  /** Every competency, in framework order (by code, then title). */
  competencies: FrameworkCompetency[];
  lessons: ExistingLesson[];
  /** `lesson.maxMinutes` of site.yaml. */
  maxMinutes: number;
}

/**
 * Reads the framework and the existing lessons leniently, straight from the parsed files, so a
 * lesson can be scaffolded even while another file has an error the check would report.
 */
export function readScaffoldContext(raw: RawContent): ScaffoldContext {
  const records = raw.competencies.map((entry) => ({ id: entry.id, data: asRecord(entry) }));
  const parents = new Map(records.map(({ id, data }) => [id, typeof data.parent === 'string' ? data.parent : undefined]));
  const areaOf = (id: string) => {
    const seen = new Set([id]);
    let current = id;
    // Climb to the top; an unknown parent or a cycle (the check reports both) stops the climb.
    for (let parent = parents.get(current); parent !== undefined && parents.has(parent) && !seen.has(parent); parent = parents.get(current)) {
      seen.add(parent);
      current = parent;
    }
    return current;
  };
  const withChildren = new Set([...parents.values()].filter((parent): parent is string => parent !== undefined));
  const competencies = records
    .map(({ id, data }) => ({
      id,
      title: typeof data.title === 'string' ? data.title : id,
      code: typeof data.code === 'string' || typeof data.code === 'number' ? String(data.code) : undefined,
      area: areaOf(id),
      hasChildren: withChildren.has(id),
    }))
    .sort((a, b) => compareCodes(a.code, b.code) || a.title.localeCompare(b.title));
  const lessons = raw.lessons.map((entry) => {
    const data = asRecord(entry);
    const primary = Array.isArray(data.competencies) && typeof data.competencies[0] === 'string' ? data.competencies[0] : undefined;
    return { id: entry.id, file: entry.file, primary, order: typeof data.order === 'number' ? data.order : undefined };
  });
  const lesson = asRecord(raw.site).lesson;
  const maxMinutes = typeof lesson === 'object' && lesson !== null && typeof (lesson as Record<string, unknown>).maxMinutes === 'number' ? ((lesson as Record<string, unknown>).maxMinutes as number) : 15;
  return { competencies, lessons, maxMinutes };
}

function asRecord(entry: RawEntry | undefined): Record<string, unknown> {
  const data = entry?.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The `order` that puts a new lesson last in its competency's path. */
export function findNextOrder(lessons: readonly ExistingLesson[], competency: string): number {
  const path = lessons.filter((lesson) => lesson.primary === competency);
  return Math.max(path.length, ...path.map((lesson) => lesson.order ?? 0)) + 1;
}

/**
 * Competencies matching what the editor typed: every word must occur in the code, title or id.
 * An exact id or code comes first; an empty query lists the competencies lessons usually build
 * (those without children).
 */
export function searchCompetencies(competencies: readonly FrameworkCompetency[], query: string): FrameworkCompetency[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    const leaves = competencies.filter((competency) => !competency.hasChildren);
    return leaves.length > 0 ? leaves : [...competencies];
  }
  const exact = competencies.filter((competency) => competency.id === query.trim().toLowerCase() || competency.code === query.trim());
  const matches = competencies.filter((competency) => {
    const haystack = `${competency.code ?? ''} ${competency.title} ${competency.id}`.toLowerCase();
    return !exact.includes(competency) && words.every((word) => haystack.includes(word));
  });
  return [...exact, ...matches];
}

/** "1.1 Text alternatives (text-alternatives)": how a competency is shown in lists. */
export function describeCompetency(competency: FrameworkCompetency): string {
  return `${competency.code ? `${competency.code} ` : ''}${competency.title} (${competency.id})`;
}
