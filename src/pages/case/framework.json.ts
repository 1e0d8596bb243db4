import type { APIRoute } from 'astro';
import { getPortal } from '../../data/portal';
import { buildCasePackage, findContentDate } from '../../lib/standards/build-case-package';
import { createSiteUrls } from '../../lib/standards/site-urls';

/** The framework as a CASE 1.1 CFPackage, with identifiers and URIs under the public site URL. */
export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  const urls = createSiteUrls(site ?? portal.site.url, import.meta.env.BASE_URL);
  const body = buildCasePackage(portal, { urls, changed: findContentDate(portal, new Date()) });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
