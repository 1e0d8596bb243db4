import { withBase } from '../markdown/rehype-base-links';

/** Absolute URLs of the published portal, for machine-readable outputs that other systems store. */
export interface SiteUrls {
  /** The portal's home, with the base path and a trailing slash, e.g. `https://example.org/my-portal/`. */
  root: string;
  /** The absolute URL of a site path such as `/competencies/x/` (the base path is added once). */
  of(path: string): string;
}

/** Used when neither MICROPATH_SITE nor site.yaml `url` says where the portal lives. */
export const FALLBACK_SITE = 'http://localhost/';

/**
 * Resolves site paths the way canonical links do: the path with the base, against the site URL's
 * origin. `site` is Astro's `site` (MICROPATH_SITE or site.yaml `url`).
 */
export function createSiteUrls(site: string | URL | undefined, base: string): SiteUrls {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  const origin = new URL(site ? String(site) : FALLBACK_SITE);
  const of = (path: string) => new URL(withBase(path.startsWith('/') ? path : `/${path}`, normalisedBase), origin).href;
  return { root: of('/'), of };
}
