/** Filters as the search page holds them: filter name → selected values. */
export type SelectedFilters = Record<string, string[]>;

/** Turns selections into Pagefind's filter object: any value within a group, every group at once. */
export function toPagefindFilters(selected: SelectedFilters): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(selected)) if (values.length) filters[name] = { any: values };
  return filters;
}

/** The sentence announced after a search, e.g. `3 results for "alt text"`. */
export function describeResults(count: number, query: string, filterCount: number): string {
  const what = `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}`;
  const forQuery = query ? ` for "${query}"` : '';
  const filtered = filterCount ? ` with ${filterCount} filter${filterCount === 1 ? '' : 's'}` : '';
  return `${what}${forQuery}${filtered}.${count === 0 ? ' Try fewer words or fewer filters.' : ''}`;
}

/** The order filter groups are shown in, and their labels. */
export const FILTER_LABELS: Record<string, string> = {
  type: 'Page type',
  area: 'Area',
  competency: 'Competency',
  level: 'Level',
  format: 'Format',
  duration: 'Duration',
};

/** Reads the query and filters from a URL's search parameters (`q`, and `filter.<name>` repeated). */
export function readSearchParams(params: URLSearchParams): { query: string; filters: SelectedFilters } {
  const filters: SelectedFilters = {};
  for (const [key, value] of params) {
    if (!key.startsWith('filter.')) continue;
    const name = key.slice('filter.'.length);
    filters[name] = [...(filters[name] ?? []), value];
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes the query and filters back as search parameters, so a search can be bookmarked and shared. */
export function writeSearchParams(query: string, filters: SelectedFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(`filter.${name}`, value);
  return params;
}
