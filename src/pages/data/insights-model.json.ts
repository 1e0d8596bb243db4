import type { APIRoute } from 'astro';
import { getPortal } from '../../data/portal';
import { buildInsightsModel } from '../../lib/insights/insights-model';

/**
 * What the /insights/ page needs of the portal to aggregate exports (mastery model, titles, credits,
 * every quiz's questions), fetched by its worker from this origin. It holds nothing a learner could
 * not already read on the site.
 */
export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  const body = buildInsightsModel(portal, site?.href ?? portal.site.url ?? '');
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
