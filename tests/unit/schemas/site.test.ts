import { describe, expect, it } from 'vitest';
import { SiteSchema } from '../../../src/schemas';

describe('SiteSchema coverage', () => {
  it('publishes the coverage page unless site.yaml switches it off', () => {
    expect(SiteSchema.parse({ id: 'a', title: 'A' }).coverage).toEqual({ page: true });
    expect(SiteSchema.parse({ id: 'a', title: 'A', coverage: {} }).coverage).toEqual({
      page: true,
    });
    expect(SiteSchema.parse({ id: 'a', title: 'A', coverage: { page: false } }).coverage).toEqual({
      page: false,
    });
  });

  it('refuses an unknown coverage setting', () => {
    expect(SiteSchema.safeParse({ id: 'a', title: 'A', coverage: { pages: false } }).success).toBe(
      false,
    );
  });
});

describe('SiteSchema insights', () => {
  it('publishes the insights page unless site.yaml switches it off', () => {
    expect(SiteSchema.parse({ id: 'a', title: 'A' }).insights).toEqual({ page: true });
    expect(SiteSchema.parse({ id: 'a', title: 'A', insights: { page: false } }).insights).toEqual({
      page: false,
    });
  });
});
