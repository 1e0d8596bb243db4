/** A file the browser fetched from Pagefind's bundle. */
export interface SearchRequest {
  /** Site path, e.g. `/pagefind/pagefind.js`. */
  path: string;
  bytes: number;
}

/** Bytes a first search transfers, by kind of Pagefind file. */
export interface SearchTransfer {
  /** Every Pagefind file the search page fetched (filters and up to a page of result fragments included). */
  total: number;
  /** The minimum for one query: runtime, wasm, entry, meta, index chunks and one result fragment. */
  core: number;
  requests: number;
  byKind: Record<SearchFileKind, number>;
  /** How the numbers were obtained. */
  method: 'browser' | 'estimate';
  /** The files, in the order they were fetched. */
  files: SearchRequest[];
}

/** The kinds of file in a Pagefind bundle. */
export type SearchFileKind = 'js' | 'wasm' | 'entry' | 'meta' | 'index' | 'filter' | 'fragment' | 'other';

/** Which kind of Pagefind file a path is. */
export function classifySearchFile(path: string): SearchFileKind {
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_fragment$/.test(path)) return 'fragment';
  if (/\.pf_filter$/.test(path)) return 'filter';
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/wasm\.[\w-]+\.pagefind$/.test(path)) return 'wasm';
  if (/pagefind-entry\.json$/.test(path)) return 'entry';
  if (/\.js$/.test(path)) return 'js';
  return 'other';
}

/** Sums fetched Pagefind files; `core` counts only the first fragment, and no filters. */
export function summariseSearchRequests(requests: readonly SearchRequest[], method: SearchTransfer['method']): SearchTransfer {
  const byKind: Record<SearchFileKind, number> = { js: 0, wasm: 0, entry: 0, meta: 0, index: 0, filter: 0, fragment: 0, other: 0 };
  let core = 0;
  let fragments = 0;
  for (const request of requests) {
    const kind = classifySearchFile(request.path);
    byKind[kind] += request.bytes;
    if (kind === 'fragment' && fragments++ > 0) continue;
    if (kind !== 'filter' && kind !== 'other') core += request.bytes;
  }
  return { total: requests.reduce((sum, request) => sum + request.bytes, 0), core, requests: requests.length, byKind, method, files: [...requests] };
}
