import { describe, expect, it } from 'vitest';
import { listSitePages } from '../../../../src/lib/checks/site-pages';
import type { ValidContent } from '../../../../src/lib/content/valid-content';
import { SiteSchema } from '../../../../src/schemas';

/** Content with no entries, under a site.yaml holding `settings`. */
function contentWith(settings: Record<string, unknown>): ValidContent {
  return {
    site: SiteSchema.parse({ id: 'a', title: 'A', ...settings }),
    competencies: [],
    lessons: [],
    assessments: [],
    certifications: [],
  };
}

describe('listSitePages', () => {
  it('lists the insights page unless site.yaml switches it off', () => {
    expect(listSitePages(contentWith({})).pages.has('/insights/')).toBe(true);
    expect(listSitePages(contentWith({ insights: { page: true } })).pages.has('/insights/')).toBe(true);
    expect(listSitePages(contentWith({ insights: { page: false } })).pages.has('/insights/')).toBe(false);
  });

  it('switches the insights and coverage pages independently', () => {
    const pages = listSitePages(contentWith({ coverage: { page: false } })).pages;
    expect(pages.has('/coverage/')).toBe(false);
    expect(pages.has('/insights/')).toBe(true);
  });
});
