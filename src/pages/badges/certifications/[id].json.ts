import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal';
import { buildCertificationAchievement } from '../../../lib/standards/build-achievement';
import { createSiteUrls } from '../../../lib/standards/site-urls';

export const getStaticPaths = (async () => {
  const { certifications } = await getPortal();
  return certifications.map((certification) => ({ params: { id: certification.id } }));
}) satisfies GetStaticPaths;

/** A certification's Open Badges 3.0 Achievement. */
export const GET: APIRoute = async ({ params, site }) => {
  const portal = await getPortal();
  const urls = createSiteUrls(site ?? portal.site.url, import.meta.env.BASE_URL);
  const certification = portal.certifications.find((candidate) => candidate.id === params.id)!;
  const body = buildCertificationAchievement(portal, certification, urls);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
