import { withBase } from '../lib/markdown/rehype-base-links';

/** A site path such as `/lessons/x/` under the configured base path. */
export function href(path: string): string {
  return withBase(path.startsWith('/') ? path : `/${path}`, import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`);
}

/** Paths of each page type, in one place. */
export const paths = {
  home: () => href('/'),
  competencies: () => href('/competencies/'),
  competency: (id: string) => href(`/competencies/${id}/`),
  lesson: (id: string) => href(`/lessons/${id}/`),
  certifications: () => href('/certifications/'),
  certification: (id: string) => href(`/certifications/${id}/`),
  search: () => href('/search/'),
  coverage: () => href('/coverage/'),
  insights: () => href('/insights/'),
};
