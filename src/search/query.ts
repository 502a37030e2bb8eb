/**
 * A search as a URL and as Pagefind options. The URL is the state: `?q=…&nam=2017&hinh-thuc=…` can be
 * shared, bookmarked and restored by the back button. Parameter names are the Pagefind filter names.
 */
import { searchTerms } from './fold.ts';

/** The filters, in the order the form shows them; each is a Pagefind filter of the same name. */
export const SEARCH_FILTERS = ['loai', 'nam', 'hinh-thuc', 'cap', 'dia-phuong', 'doi-tuong', 'phong-trao'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

const SEARCH_SORTS = ['lien-quan', 'moi-nhat', 'cu-nhat'] as const;
type SearchSort = (typeof SEARCH_SORTS)[number];

/** The Pagefind sort key every indexed page carries (ISO date). */
export const SORT_KEY = 'ngay';

export interface SearchState {
  /** The words as typed (shown back in the box); searched folded. */
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SearchSort;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get('sap-xep');
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    sort: SEARCH_SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : 'lien-quan',
  };
}

/** The query string for a state, without empty values or the default sort: "q=…&nam=2017". */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'lien-quan') params.set('sap-xep', state.sort);
  return params.toString();
}

export interface PagefindRequest {
  /** Folded words, or null to list everything the filters allow. */
  term: string | null;
  options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };
}

/** What to ask Pagefind; undefined when there is nothing to search for. */
export function toPagefindRequest(state: SearchState): PagefindRequest | undefined {
  const term = searchTerms(state.q);
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  if (!term && Object.keys(filters).length === 0) return undefined;
  const options: PagefindRequest['options'] = { filters };
  if (state.sort !== 'lien-quan') options.sort = { [SORT_KEY]: state.sort === 'moi-nhat' ? 'desc' : 'asc' };
  else if (!term) options.sort = { [SORT_KEY]: 'desc' };
  return { term: term || null, options };
}
