// The search page's client: a small facade over Pagefind, loaded only on /search/.
import { FILTER_LABELS, describeResults, readSearchParams, toPagefindFilters, writeSearchParams, type SelectedFilters } from '../lib/search/search-state';

interface PagefindResult { id: string; data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }> }
interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>>; unfilteredResultCount: number }
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (query: string | null, options: Record<string, unknown>, ms: number) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;
const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const base = root.dataset.base ?? '/';
// Filters start open beside the results on wide screens; on a phone they fold away above them.
const filtersDisclosure = root.querySelector<HTMLDetailsElement>('[data-filters-box]');
if (filtersDisclosure && matchMedia('(min-width: 56rem)').matches) filtersDisclosure.open = true;

let pagefind: Pagefind | undefined;
/** Every filter value with its count over the whole site, read once (Pagefind reuses its count objects). */
let allFilters: Record<string, Record<string, number>> = {};
let selected: SelectedFilters = {};
let shown = 0;
let current: PagefindResult[] = [];

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const url = `${base}pagefind/pagefind.js`;
  pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  allFilters = structuredClone(await pagefind.filters());
  return pagefind;
}

function renderFilters(all: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>) {
  const groups = Object.keys(FILTER_LABELS).filter((name) => all[name] && Object.keys(all[name]!).length);
  filtersBox.replaceChildren(
    ...groups.map((name) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[name]!;
      fieldset.append(legend);
      for (const value of Object.keys(all[name]!).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = `filter.${name}`;
        box.value = value;
        box.checked = selected[name]?.includes(value) ?? false;
        const count = counts[name]?.[value] ?? 0;
        label.append(box, ` ${value} `);
        const number = document.createElement('span');
        number.className = 'muted';
        number.textContent = `(${count})`;
        label.append(number);
        fieldset.append(label);
      }
      return fieldset;
    }),
  );
}

async function showMore() {
  const batch = current.slice(shown, shown + PAGE_SIZE);
  const items = await Promise.all(batch.map((result) => result.data()));
  for (const item of items) {
    const li = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around matches.
    excerpt.innerHTML = item.excerpt;
    const meta = document.createElement('p');
    meta.className = 'muted';
    meta.textContent = [item.filters.type?.[0], item.filters.competency?.join(', '), item.filters.duration?.[0]].filter(Boolean).join(' · ');
    li.append(heading, meta, excerpt);
    list.append(li);
  }
  shown += batch.length;
  more.hidden = shown >= current.length;
  list.hidden = shown === 0;
}

async function run(announce: boolean) {
  const query = input.value.trim();
  const filterCount = Object.values(selected).reduce((total, values) => total + values.length, 0);
  history.replaceState(null, '', `?${writeSearchParams(query, selected)}`);
  const api = await load();
  if (!query && filterCount === 0) {
    current = [];
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    renderFilters(allFilters, allFilters);
    status.textContent = '';
    return;
  }
  const search = await api.debouncedSearch(query || null, { filters: toPagefindFilters(selected) }, 250);
  if (!search) return; // A newer search replaced this one.
  current = search.results;
  shown = 0;
  list.replaceChildren();
  renderFilters(allFilters, structuredClone(search.filters));
  await showMore();
  if (announce) status.textContent = describeResults(current.length, query, filterCount);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
input.addEventListener('input', () => void run(true));
filtersBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const name = box.name.slice('filter.'.length);
  const values = new Set(selected[name] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  selected = { ...selected, [name]: [...values] };
  void run(true);
});
more.addEventListener('click', () => {
  const next = list.children.length;
  void showMore().then(() => (list.children[next]?.querySelector('a') as HTMLAnchorElement | null)?.focus());
});

const initial = readSearchParams(new URLSearchParams(location.search));
input.value = initial.query;
selected = initial.filters;
root.querySelector('[data-nojs]')?.remove();
void run(true).catch(() => {
  status.textContent = 'Search could not load. Reload the page to try again.';
});
