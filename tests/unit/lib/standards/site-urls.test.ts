import { describe, expect, it } from 'vitest';
import { createSiteUrls } from '../../../../src/lib/standards/site-urls';

describe('createSiteUrls', () => {
  it('puts paths under the base path once, on the site origin', () => {
    const urls = createSiteUrls('https://example.org/my-portal/', '/my-portal/');
    expect(urls.root).toBe('https://example.org/my-portal/');
    expect(urls.of('/case/framework.json')).toBe(
      'https://example.org/my-portal/case/framework.json',
    );
    expect(urls.of('/my-portal/competencies/')).toBe('https://example.org/my-portal/competencies/');
    expect(urls.of('badges/competencies/x.json')).toBe(
      'https://example.org/my-portal/badges/competencies/x.json',
    );
  });

  it('accepts a base without its trailing slash and a URL object', () => {
    expect(createSiteUrls(new URL('https://example.org/'), '/p').of('/x/')).toBe(
      'https://example.org/p/x/',
    );
  });

  it('resolves against the origin like canonical links do, so the base path decides the folder', () => {
    expect(createSiteUrls('https://example.org/adc/', '/').root).toBe('https://example.org/');
  });

  it('falls back to http://localhost/ when the site URL is unknown', () => {
    expect(createSiteUrls(undefined, '/').of('/case/framework.json')).toBe(
      'http://localhost/case/framework.json',
    );
  });
});
