import { describe, expect, it } from 'vitest';
import { slugify, uniqueIds } from '../../../../src/lib/standards/slugify';

describe('slugify', () => {
  it('turns codes and titles into lower-case words joined by single hyphens', () => {
    expect(slugify('CCSS.Math.Content.6.RP.A.1')).toBe('ccss-math-content-6-rp-a-1');
    expect(slugify('  Browse, search and filter data!  ')).toBe('browse-search-and-filter-data');
    expect(slugify('Écrire à l’œil')).toBe('ecrire-a-l-il');
    expect(slugify('—')).toBe('');
  });
});

describe('uniqueIds', () => {
  it('leaves unique ids alone and suffixes every repeated id with its own key, whatever the order', () => {
    const entries = [
      { id: 'a', key: 'x1' },
      { id: 'dup', key: 'EDFCE0E7-dbbf' },
      { id: 'dup', key: 'b6f61076-aa12' },
    ];
    const forward = uniqueIds(entries);
    expect(forward).toEqual({ ids: ['a', 'dup-edfce0e7', 'dup-b6f61076'], renamed: 2 });
    expect(uniqueIds(entries.slice().reverse()).ids).toEqual(['dup-b6f61076', 'dup-edfce0e7', 'a']);
  });

  it('adds a number when suffixes collide too', () => {
    expect(
      uniqueIds([
        { id: 'x', key: 'same' },
        { id: 'x', key: 'same' },
      ]).ids,
    ).toEqual(['x-same', 'x-same-2']);
  });
});
