import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal';
import { renderBadgeSvg } from '../../../lib/standards/render-badge-svg';

export const getStaticPaths = (async () => {
  const { competencyOrder } = await getPortal();
  return competencyOrder.map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The image of a competency's Achievement: the badge its page shows. */
export const GET: APIRoute = async ({ params }) => {
  const competency = (await getPortal()).competencies[params.id!]!;
  const svg = renderBadgeSvg({
    title: competency.title,
    label: competency.code ?? competency.title.slice(0, 2),
    colour: competency.badge?.colour ?? '#1d4ed8',
    shape: 'hexagon',
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
