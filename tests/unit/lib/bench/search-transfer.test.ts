import { describe, expect, it } from 'vitest';
import { classifySearchFile, summariseSearchRequests } from '../../../../src/lib/bench/search-transfer';

describe('classifySearchFile', () => {
  it('names each kind of Pagefind file', () => {
    expect(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.en_1.pf_meta', '/pagefind/index/en_2.pf_index', '/pagefind/filter/en_3.pf_filter', '/pagefind/fragment/en_4.pf_fragment', '/pagefind/x.css'].map(classifySearchFile)).toEqual(['js', 'wasm', 'entry', 'meta', 'index', 'filter', 'fragment', 'other']);
  });
});

describe('summariseSearchRequests', () => {
  it('counts everything in total, and one fragment and no filters in core', () => {
    const summary = summariseSearchRequests(
      [
        { path: '/pagefind/pagefind.js', bytes: 100 },
        { path: '/pagefind/index/en_2.pf_index', bytes: 30 },
        { path: '/pagefind/filter/en_3.pf_filter', bytes: 7 },
        { path: '/pagefind/fragment/en_4.pf_fragment', bytes: 5 },
        { path: '/pagefind/fragment/en_5.pf_fragment', bytes: 5 },
      ],
      'browser',
    );
    expect(summary).toMatchObject({ total: 147, core: 135, requests: 5, method: 'browser' });
    expect(summary.byKind).toMatchObject({ js: 100, index: 30, filter: 7, fragment: 10 });
  });
});
