/**
 * The search page: full-text search with Pagefind, filters and sort, all kept in the URL. Results link
 * to the honoree page, or to the recipient's row in the decision (src/search/rows.ts).
 */
import { isDecisionNumberQuery } from '../../search/decision-number.ts';
import { searchTerms } from '../../search/fold.ts';
import { matchedRows } from '../../search/rows.ts';
import { SEARCH_FILTERS, parseSearchParams, toPagefindRequest, toSearchParams, type SearchState } from '../../search/query.ts';
import { fill } from '../../i18n/lang.ts';
import { makeUrls, rowUrl, type Urls } from '../../routes/urls.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';

// Ten at a time, as on a phone: each result costs a fragment download; "more" loads the next ten.
const PAGE = 10;

interface Item {
  url: string;
  title: string;
  detail: string;
  /** A recipient row: the title is the row's text, no excerpt needed. */
  row?: { url: string; label: string };
}

function text(value: string | undefined): string {
  return value ?? '';
}

/**
 * One result as list items: a decision hit in its recipient list becomes one item per matched row,
 * leading to the recipient's honoree page when there is one, else to the row.
 */
/** The page's words for result lines, from the interface table (src/i18n/ui.ts) by way of the form. */
interface Words {
  rowLabel: string;
  storyLabel: string;
}

function itemsOf(data: PagefindResultData, terms: string, urls: Urls, words: Words): Item[] {
  const m = data.meta;
  if (m.loai === 'quyet-dinh') {
    const rows = matchedRows(data.content, data.anchors, data.locations, terms);
    if (rows.length)
      return rows.map((r) => {
        const row = { url: rowUrl(data.url, r.row), label: fill(words.rowLabel, { number: text(m.so), row: r.row }) };
        return { url: r.honoree ? urls.honoree(r.honoree) : row.url, title: r.text, detail: `${text(m.hinhThuc)} · ${text(m.nam)}`, row };
      });
    return [{ url: data.url, title: text(m.title), detail: [text(m.hinhThuc), text(m.coQuan), text(m.nam), text(m.noi)].filter(Boolean).join(' · ') }];
  }
  return [{ url: data.url, title: text(m.title), detail: fill(words.storyLabel, { year: text(m.nam) }) }];
}

function renderItem(item: Item, excerpt: string): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h3');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.title;
  h.append(a);
  const p = document.createElement('p');
  p.className = 'search-results__meta';
  p.textContent = item.detail;
  li.append(h, p);
  if (item.row) {
    // The title may lead to the honoree page (every award); this is where the decision names them.
    const row = document.createElement('a');
    row.href = item.row.url;
    row.textContent = item.row.label;
    p.prepend(row, ' · ');
  }
  if (excerpt && !item.row) {
    const ex = document.createElement('p');
    // Pagefind's excerpt is text it escaped itself, with <mark> around matches.
    ex.innerHTML = excerpt;
    li.append(ex);
  }
  return li;
}

export function startSearchPage(form: HTMLFormElement): void {
  const base = form.dataset.base ?? '/';
  const urls = makeUrls(base);
  const words: Words = { rowLabel: form.dataset.rowLabel ?? '', storyLabel: form.dataset.storyLabel ?? '' };
  const list = form.parentElement!.querySelector<HTMLOListElement>('[data-results]')!;
  const status = form.parentElement!.querySelector<HTMLElement>('[data-status]')!;
  const more = form.parentElement!.querySelector<HTMLButtonElement>('[data-more]')!;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  let results: PagefindResult[] = [];
  let shown = 0;
  let sequence = 0;

  const showState = (state: SearchState) => {
    query.value = state.q;
    for (const name of SEARCH_FILTERS) {
      const el = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (el) el.value = state.filters[name] ?? '';
    }
    const sort = form.elements.namedItem('sap-xep') as HTMLSelectElement | null;
    if (sort) sort.value = state.sort;
  };
  const read = (): SearchState => parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  /** When the current search put its first result on screen. */
  let firstShownAt: number | undefined;

  // Every fragment of the batch is asked for at once, and each result is drawn, in rank order, as soon
  // as it and those above it have arrived: on a slow connection the best match does not wait for the tenth.
  const showMore = async () => {
    const mine = sequence;
    const batch = results.slice(shown, shown + PAGE);
    const pending = batch.map((r) => r.data());
    const terms = searchTerms(query.value);
    // Assistive technology (and the browser tests) wait for the whole batch before reading the list.
    list.setAttribute('aria-busy', 'true');
    for (const next of pending) {
      const d = await next;
      if (mine !== sequence) return;
      for (const item of itemsOf(d, terms, urls, words)) list.append(renderItem(item, d.excerpt));
      firstShownAt ??= performance.now();
    }
    list.removeAttribute('aria-busy');
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const run = async (state: SearchState) => {
    const mine = ++sequence;
    const request = toPagefindRequest(state);
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    more.hidden = true;
    if (!request) {
      status.textContent = '';
      results = [];
      return;
    }
    status.textContent = status.dataset.loading ?? '';
    const started = performance.now();
    const pagefind = await loadPagefind(base);
    const found = await pagefind.search(request.term, request.options);
    if (mine !== sequence || !found) return;
    const searched = performance.now();
    results = found.results;
    // A decision number: decisions first, then pages that mention it.
    if (isDecisionNumberQuery(state.q)) {
      const data = await Promise.all(results.map(async (r) => ({ r, d: await r.data() })));
      results = [...data.filter((x) => x.d.meta.loai === 'quyet-dinh'), ...data.filter((x) => x.d.meta.loai !== 'quyet-dinh')].map((x) => x.r);
    }
    shown = 0;
    firstShownAt = undefined;
    await showMore();
    if (mine !== sequence) return;
    status.textContent = results.length
      ? fill(status.dataset.found ?? '', { n: results.length.toLocaleString('vi-VN') })
      : (status.dataset.none ?? '');
    // Where the time went, for the search benchmark (bench/search-bench.ts): the index, then the results shown.
    const ms = { search: searched - started, show: performance.now() - searched, first: (firstShownAt ?? performance.now()) - started };
    form.dispatchEvent(new CustomEvent('search:done', { bubbles: true, detail: { count: results.length, ms } }));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const commit = (push: boolean) => {
    const state = read();
    const search = toSearchParams(state);
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    commit(true);
  });
  form.addEventListener('change', (e) => {
    if (e.target !== query) commit(true);
  });
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit(false), 250);
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  showState(initial);
  if (toPagefindRequest(initial)) void run(initial);
}
