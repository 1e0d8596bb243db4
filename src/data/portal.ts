// The only module that reads Astro's content collections. Everything else asks it for view models.
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { relative, resolve } from 'node:path';
import { buildPortal, type Portal } from '../lib/portal/build-portal';
import { lessonHtmlFile, readLessonHtml } from '../lib/node/lesson-html-cache';
import { readPortalSettings } from '../lib/node/portal-settings';

let portal: Promise<Portal> | undefined;

/** The portal's view model, built once per build and shared by every page. */
export function getPortal(): Promise<Portal> {
  return (portal ??= loadPortal());
}

async function loadPortal(): Promise<Portal> {
  const [sites, competencies, lessons, assessments, certifications] = await Promise.all([
    getCollection('site'),
    getCollection('competencies'),
    getCollection('lessons'),
    getCollection('assessments'),
    getCollection('certifications'),
  ]);
  const site = sites[0];
  if (!site) throw new Error('content/site.yaml is missing: run npm run check for details.');
  const entry = <T>({ id, filePath, data }: { id: string; filePath?: string; data: T }) => ({ id, file: toContentPath(filePath ?? id), data });
  return buildPortal({
    site: site.data,
    competencies: competencies.map(entry),
    // Sorted by id: the glob loader's order follows the order files finish loading, which differs from
    // build to build, and the view model would carry it into pages (the progress page's lesson list).
    lessons: lessons.map(entry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    assessments: assessments.map(entry),
    certifications: certifications.map(entry),
  });
}

/** A file's path inside the content folder, as "Edit this page" links need it. */
function toContentPath(filePath: string): string {
  return relative(readPortalSettings().contentDir, resolve(filePath)).split('\\').join('/');
}

/** Published lesson entries, for rendering their bodies. */
export async function getLessonEntries(): Promise<CollectionEntry<'lessons'>[]> {
  return getCollection('lessons', (lesson) => !lesson.data.draft);
}

/**
 * A lesson's body as the lesson loader rendered it: from its file beside Astro's content store (see
 * lesson-html-cache.ts), or, for a lesson with relative images, Astro's Content, which resolves them.
 */
export async function renderLesson(entry: CollectionEntry<'lessons'>): Promise<{ html: string } | { Content: Awaited<ReturnType<typeof render>>['Content'] }> {
  const file = lessonHtmlFile(entry);
  if (file) return { html: await readLessonHtml(file, entry.id) };
  if (entry.rendered?.html === undefined) throw new Error(`Lesson "${entry.id}" (${entry.filePath}) was not rendered: see the content layer's error above.`);
  return { Content: (await render(entry)).Content };
}

/** Renders a competency's description Markdown (a lookup by id: filtering the collection on every competency page grew with the square of the framework). */
export async function renderCompetency(id: string) {
  const entry = await getEntry('competencies', id);
  return entry ? render(entry) : undefined;
}

export { render };
