import { describe, expect, it } from 'vitest';
import {
  describeResults,
  readSearchParams,
  toPagefindFilters,
  writeSearchParams,
} from '../../../../src/lib/search/search-state';

describe('describeResults', () => {
  it('announces the count, the query and the filters in one sentence', () => {
    expect(describeResults(3, 'alt text', 0)).toBe('3 results for "alt text".');
    expect(describeResults(1, 'alt text', 1)).toBe('1 result for "alt text" with 1 filter.');
    expect(describeResults(12, '', 2)).toBe('12 results with 2 filters.');
  });

  it('suggests what to try when nothing is found', () => {
    expect(describeResults(0, 'zebra', 2)).toBe(
      'No results for "zebra" with 2 filters. Try fewer words or fewer filters.',
    );
  });
});

describe('toPagefindFilters', () => {
  it('matches any value within a filter and drops filters with nothing selected', () => {
    expect(
      toPagefindFilters({ level: ['foundation', 'advanced'], format: [], area: ['Operable'] }),
    ).toEqual({
      level: { any: ['foundation', 'advanced'] },
      area: { any: ['Operable'] },
    });
  });
});

describe('readSearchParams and writeSearchParams', () => {
  it('round-trip a query and repeated filters through the URL', () => {
    const state = {
      query: 'alt & "text"',
      filters: { level: ['foundation', 'advanced'], competency: ['Text alternatives'] },
    };
    const params = writeSearchParams(state.query, state.filters);
    expect(params.toString()).toBe(
      'q=alt+%26+%22text%22&filter.level=foundation&filter.level=advanced&filter.competency=Text+alternatives',
    );
    expect(readSearchParams(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('reads a trimmed query, ignores unknown parameters and writes nothing for an empty search', () => {
    expect(readSearchParams(new URLSearchParams('?q=%20contrast%20&page=2&utm_source=x'))).toEqual({
      query: 'contrast',
      filters: {},
    });
    expect(writeSearchParams('', {}).toString()).toBe('');
  });
});
