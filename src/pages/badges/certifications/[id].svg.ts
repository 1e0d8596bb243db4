import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal';
import { initialsOf, renderBadgeSvg } from '../../../lib/standards/render-badge-svg';

export const getStaticPaths = (async () => {
  const { certifications } = await getPortal();
  return certifications.map((certification) => ({ params: { id: certification.id } }));
}) satisfies GetStaticPaths;

/** The image of a certification's Achievement: a seal in the portal's accent colour. */
export const GET: APIRoute = async ({ params }) => {
  const { certifications, site } = await getPortal();
  const certification = certifications.find((candidate) => candidate.id === params.id)!;
  const svg = renderBadgeSvg({ title: certification.title, label: initialsOf(certification.title), colour: site.theme.accent, shape: 'seal' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
