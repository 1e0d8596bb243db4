import type { Assessment, Certification, Competency, Lesson, Site } from '../../schemas';
import type { Entry, ValidContent } from '../content/valid-content';
import { compareCodes, orderPath } from './order-path';

/** A competency with everything its pages show, computed once for the whole site. */
export interface CompetencyView extends Competency {
  id: string;
  /** Source file, for "Edit this page". */
  file: string;
  /** Child competency ids in display order. */
  children: string[];
  /** Id of the top-level competency (the area) it belongs to; itself for an area. */
  area: string;
  /** Ids from the area down to this competency, inclusive. */
  ancestors: string[];
  /** Lesson ids whose primary competency this is, in path order. */
  path: string[];
  /** Lessons that also build this competency, from other paths. */
  related: string[];
  /** Minutes of the path's lessons. */
  minutes: number;
  /** CE credits of the path's lessons. */
  credits: number;
  /** Score share needed on its check. */
  threshold: number;
  /** The competency check, when there is one. */
  assessment?: Assessment;
}

/** A lesson with its place in the portal. */
export interface LessonView extends Lesson {
  id: string;
  /** Source file, for "Edit this page". */
  file: string;
  /** The primary competency (first listed). */
  primary: string;
  /** The previous and next lesson of the primary path. */
  previous?: string;
  next?: string;
  /** 1-based position in the primary path and the path's length. */
  position: number;
  pathLength: number;
}

/** A certification with its totals. */
export interface CertificationView extends Certification {
  id: string;
  file: string;
  /** Minutes of all lessons in the required competencies' paths. */
  minutes: number;
  /** Lessons in the required competencies' paths. */
  lessonCount: number;
}

/** The whole portal as pages need it. */
export interface Portal {
  site: Site;
  /** Area ids in display order. */
  areas: string[];
  competencies: Record<string, CompetencyView>;
  /** Every competency id, depth-first in display order. */
  competencyOrder: string[];
  lessons: Record<string, LessonView>;
  certifications: CertificationView[];
}

/** Builds the portal's view model from validated content, in time linear in its size. Drafts are left out. */
export function buildPortal(content: ValidContent): Portal {
  const lessons = content.lessons.filter((lesson) => !lesson.data.draft);
  const assessments = new Map(content.assessments.map((entry) => [entry.id, entry.data]));
  const childrenOf = new Map<string | undefined, Entry<Competency>[]>();
  for (const entry of content.competencies) append(childrenOf, entry.data.parent, entry);
  const sortSiblings = (entries: Entry<Competency>[] = []) =>
    entries.slice().sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || compareCodes(a.data.code, b.data.code) || a.data.title.localeCompare(b.data.title));

  const primaryOf = new Map<string, Entry<Lesson>[]>();
  const relatedOf = new Map<string, string[]>();
  for (const lesson of lessons) {
    const [primary, ...others] = lesson.data.competencies;
    append(primaryOf, primary!, lesson);
    for (const other of others) append(relatedOf, other, lesson.id);
  }

  const competencies: Record<string, CompetencyView> = {};
  const competencyOrder: string[] = [];
  const visit = (entry: Entry<Competency>, ancestors: string[]) => {
    const path = orderPath(primaryOf.get(entry.id) ?? []);
    const chain = [...ancestors, entry.id];
    competencies[entry.id] = {
      ...entry.data,
      id: entry.id,
      file: entry.file,
      children: sortSiblings(childrenOf.get(entry.id)).map((child) => child.id),
      area: chain[0]!,
      ancestors: chain,
      path: path.map((lesson) => lesson.id),
      related: relatedOf.get(entry.id) ?? [],
      minutes: sum(path.map((lesson) => lesson.data.duration)),
      credits: sum(path.map((lesson) => lesson.data.ceCredits ?? 0)),
      threshold: assessments.get(entry.id)?.passingScore ?? entry.data.masteryThreshold ?? content.site.mastery.threshold,
      assessment: assessments.get(entry.id),
    };
    competencyOrder.push(entry.id);
    for (const child of sortSiblings(childrenOf.get(entry.id))) if (!chain.includes(child.id)) visit(child, chain);
  };
  const areas = sortSiblings(childrenOf.get(undefined));
  for (const area of areas) visit(area, []);

  // Each lesson's place in its primary path, found once (indexOf per lesson was quadratic in a long path).
  const positionOf = new Map<string, number>();
  for (const competency of Object.values(competencies)) competency.path.forEach((id, index) => positionOf.set(`${competency.id}\n${id}`, index));
  const lessonViews: Record<string, LessonView> = {};
  for (const lesson of lessons) {
    const primary = lesson.data.competencies[0]!;
    const path = competencies[primary]?.path ?? [lesson.id];
    const index = positionOf.get(`${primary}\n${lesson.id}`) ?? 0;
    // Object.assign, not {...data, more}: V8 builds a spread followed by more properties ~50× slower,
    // which cost 0.4 s at 10,000 lessons.
    lessonViews[lesson.id] = Object.assign({}, lesson.data, {
      id: lesson.id,
      file: lesson.file,
      primary,
      previous: path[index - 1],
      next: path[index + 1],
      position: index + 1,
      pathLength: path.length,
    });
  }

  const certifications = content.certifications.map((entry) => {
    const paths = entry.data.competencies.flatMap((id) => collectPath(competencies, id));
    const unique = [...new Set(paths)];
    return { ...entry.data, id: entry.id, file: entry.file, lessonCount: unique.length, minutes: sum(unique.map((id) => lessonViews[id]?.duration ?? 0)) };
  });

  return { site: content.site, areas: areas.map((area) => area.id), competencies, competencyOrder, lessons: lessonViews, certifications };
}

/** The lessons of a competency's path and of all its descendants' paths. */
export function collectPath(competencies: Record<string, CompetencyView>, id: string): string[] {
  const competency = competencies[id];
  if (!competency) return [];
  return [...competency.path, ...competency.children.flatMap((child) => collectPath(competencies, child))];
}

/** Adds a value to the list under `key`, in place (copying the list each time was quadratic in its length). */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sum(values: number[]): number {
  return Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
}
