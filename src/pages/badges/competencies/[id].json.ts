import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal';
import { buildCompetencyAchievement } from '../../../lib/standards/build-achievement';
import { createSiteUrls } from '../../../lib/standards/site-urls';

export const getStaticPaths = (async () => {
  const { competencyOrder } = await getPortal();
  return competencyOrder.map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** A competency's Open Badges 3.0 Achievement. */
export const GET: APIRoute = async ({ params, site }) => {
  const portal = await getPortal();
  const urls = createSiteUrls(site ?? portal.site.url, import.meta.env.BASE_URL);
  const body = buildCompetencyAchievement(portal, params.id!, urls);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
