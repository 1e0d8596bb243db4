import type { ValidContent } from '../content/valid-content';

/** The pages a build of this content writes, as root-relative paths without the base path. */
export interface SitePages {
  /** Every page path, e.g. `/lessons/write-alt-text/`. */
  pages: Set<string>;
  /** Paths of draft lessons: checked, but no page is written for them. */
  drafts: Set<string>;
}

/**
 * Lists the pages of the site (see src/pages/): home, search, progress, the framework and its
 * competencies, published lessons, certifications and, unless switched off, the coverage report and
 * the staff insights page.
 * Lessons that failed their schema count as pages, so they cause no false broken links.
 */
export function listSitePages(content: ValidContent, unvalidatedLessons: readonly string[] = []): SitePages {
  const pages = new Set(['/', '/search/', '/progress/', '/competencies/', '/certifications/']);
  if (content.site.coverage?.page !== false) pages.add('/coverage/');
  if (content.site.insights?.page !== false) pages.add('/insights/');
  for (const { id } of content.competencies) pages.add(`/competencies/${id}/`);
  for (const { id } of content.certifications) pages.add(`/certifications/${id}/`);
  const drafts = new Set<string>();
  for (const { id, data } of content.lessons) (data.draft ? drafts : pages).add(`/lessons/${id}/`);
  for (const id of unvalidatedLessons) if (!drafts.has(`/lessons/${id}/`)) pages.add(`/lessons/${id}/`);
  return { pages, drafts };
}

/**
 * The site path a link in lesson `slug` points to, or undefined when it leaves the site, points
 * into the same page, or names a file (a PDF in public/, the sitemap) the check cannot see.
 */
export function resolveSitePath(url: string, slug: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(trimmed)) return undefined;
  const { pathname } = new URL(trimmed, `https://site.invalid/lessons/${slug}/`);
  const last = pathname.split('/').pop() ?? '';
  if (last.includes('.')) return undefined;
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}
