import type { APIRoute } from 'astro';
import { getPortal } from '../data/portal';
import { href } from '../components/href';

/** sitemap.xml of every public page; absolute URLs need `site` (site.yaml url or MICROPATH_SITE). */
export const GET: APIRoute = async ({ site }) => {
  const { competencyOrder, lessons, certifications } = await getPortal();
  const pagePaths = [
    '/', '/competencies/', '/certifications/', '/search/',
    ...competencyOrder.map((id) => `/competencies/${id}/`),
    // Sorted by id: the lessons' order follows the content layer's, which can vary from build to build.
    ...Object.keys(lessons).sort().map((id) => `/lessons/${id}/`),
    ...certifications.map((certification) => `/certifications/${certification.id}/`),
  ];
  const origin = site ?? new URL('http://localhost/');
  const urls = pagePaths.map((path) => {
    const lastmod = path.startsWith('/lessons/') ? lessons[path.split('/')[2]!]?.updated : undefined;
    return `  <url><loc>${new URL(href(path), origin).href}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
