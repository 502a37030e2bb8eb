/**
 * The search page: full-text search with Pagefind, filters and sort, all kept in the URL. Results link
 * to the honoree page, or to the recipient's row in the decision (src/search/rows.ts).
 */
import { isDecisionNumberQuery } from '../../search/decision-number.ts';
import { countListed, lineKey, looksLikeName, nameIndexLetter, nameRowLine, resultLines, type LineWords, type ResultLine } from '../../search/results.ts';
import { nameRowBucket, rowsNamed, type NameRow, type NameRowFile } from '../../search/name-rows.ts';
import { searchTerms } from '../../search/fold.ts';
import { SEARCH_FILTERS, parseSearchParams, toPagefindRequest, toSearchParams, type SearchState } from '../../search/query.ts';
import { fill } from '../../i18n/lang.ts';
import { makeUrls, type Urls } from '../../routes/urls.ts';
import { pageLang } from '../page-lang.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { linkList, renderLine, setLinkText, type LinkMark } from './render.ts';

// Ten at a time, as on a phone: each result costs a fragment download; "more" loads the next ten.
const PAGE = 10;

/** The status line: what is listed, counted in the units it names (src/search/results.ts). */
function statusText(lines: readonly ResultLine[], query: string, t: DOMStringMap): string {
  const c = countListed(lines);
  const found = [
    c.awards && fill(t.foundPeople ?? '', { people: c.people, awards: c.awards }),
    c.pages && fill(t.foundPages ?? '', { n: c.pages }),
    c.partial && fill(t.foundPartial ?? '', { n: c.partial }),
  ].filter(Boolean);
  if (c.awards === 0 && looksLikeName(query)) return [fill(t.noOne ?? '', { name: query }), found.length ? `${found.join('; ')}.` : ''].join(' ').trim();
  return found.length ? fill(t.found ?? '', { list: found.join('; ') }) : (t.none ?? '');
}

/**
 * Every row of exactly the typed name, from the one bucket that name falls in (src/search/name-rows.ts):
 * a few KB, where Pagefind needs its code, wasm, metadata and index first. A bucket no name falls in is
 * not written, so a missing file means no one of that name; any other failure leaves the answer to Pagefind.
 */
async function rowsByName(urls: Urls, query: string): Promise<NameRow[]> {
  const folded = searchTerms(query);
  try {
    const response = await fetch(urls.nameRows(nameRowBucket(folded)));
    if (response.status === 404) return [];
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return rowsNamed((await response.json()) as NameRowFile, folded);
  } catch (error) {
    console.warn(`Search: the rows named "${query}" could not be read (${String(error)}); Pagefind answers alone.`);
    return [];
  }
}

/** What the page shows, for whatever wants to use it (a download of the results, the tests). */
export interface SearchPage {
  /** The lines listed now, in the order shown: whole-name lines first, then partial ones. */
  listed: () => readonly ResultLine[];
}

/** Says plainly that no one of that name was found, and where to look or ask next. */
async function showMissing(box: HTMLElement, query: string, urls: Urls, base: string, isCurrent: () => boolean, mark: LinkMark | undefined): Promise<void> {
  const letter = nameIndexLetter(query);
  box.querySelector('[data-missing-name]')!.textContent = fill(box.dataset.noOne ?? '', { name: query });
  const index = box.querySelector<HTMLAnchorElement>('[data-missing-index]')!;
  index.href = urls.namesByInitial(letter);
  setLinkText(index, letter === 'khac' ? index.dataset.other ?? letter : letter.toUpperCase(), mark);
  box.hidden = false;
  const near = box.querySelector<HTMLElement>('[data-missing-near]')!;
  near.hidden = true;
  // The name finder's own suggestions: Fuse.js loads only now, for a name that was not found.
  const { ShardStore, findNames } = await import('./name-finder.ts');
  const { names } = await findNames(new ShardStore(base), query);
  if (!isCurrent() || names.length === 0) return;
  near.querySelector('ul')?.remove();
  near.append(linkList(names.map((n) => ({ href: n.url, text: n.name, detail: n.detail })), mark));
  near.hidden = false;
}

export function startSearchPage(form: HTMLFormElement): SearchPage {
  const base = form.dataset.base ?? '/';
  const urls = makeUrls(base, pageLang());
  // On the English page a result that leads to a Vietnamese-only page (a story, a place) says so; decision and honoree pages have English ones.
  const mark: LinkMark | undefined = form.dataset.recordsLang ? { lang: form.dataset.recordsLang, label: form.dataset.recordsMark ?? '', words: form.dataset.recordsWords ?? '', own: urls.home() } : undefined;
  const words: LineWords = { rowLabel: form.dataset.rowLabel ?? '', storyLabel: form.dataset.storyLabel ?? '' };
  const section = form.parentElement!;
  const list = section.querySelector<HTMLElement>('[data-results]')!;
  const wholeList = list.querySelector<HTMLOListElement>('[data-whole]')!;
  const partialList = list.querySelector<HTMLOListElement>('[data-partial]')!;
  const partialHeading = list.querySelector<HTMLElement>('[data-partial-heading]')!;
  const missing = section.querySelector<HTMLElement>('[data-missing]')!;
  const status = form.parentElement!.querySelector<HTMLElement>('[data-status]')!;
  const more = form.parentElement!.querySelector<HTMLButtonElement>('[data-more]')!;
  const download = form.parentElement!.querySelector<HTMLButtonElement>('[data-download]')!;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  let results: PagefindResult[] = [];
  let lines: ResultLine[] = [];
  /** `lineKey` of every line listed: Pagefind's hit on a row the name rows already showed adds nothing. */
  const listedKeys = new Set<string>();
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
    // Filters fold away on a phone, but not when the address says they are in use.
    if (Object.keys(state.filters).length || state.sort !== 'lien-quan') form.querySelector('details')?.setAttribute('open', '');
  };
  const read = (): SearchState => parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  /** When the current search put its first result on screen. */
  let firstShownAt: number | undefined;

  const add = (line: ResultLine) => {
    const key = lineKey(line);
    if (listedKeys.has(key)) return;
    listedKeys.add(key);
    lines.push(line);
    (line.whole ? wholeList : partialList).append(renderLine(line, mark));
    download.hidden = false;
  };

  // Every fragment of the batch is asked for at once, and each result is drawn, in rank order, as soon
  // as it and those above it have arrived: on a slow connection the best match does not wait for the tenth.
  const showMore = async () => {
    const mine = sequence;
    const batch = results.slice(shown, shown + PAGE);
    // On a slow connection ten fragments fetched at once share it and the best match waits for all of
    // them: the first batch asks for its first fragment alone, then for the rest.
    const head = shown === 0 && batch[0] ? [batch[0].data()] : [];
    if (head[0]) await head[0];
    if (mine !== sequence) return;
    const pending = [...head, ...batch.slice(head.length).map((r) => r.data())];
    const typed = query.value;
    // Assistive technology (and the browser tests) wait for the whole batch before reading the list.
    list.setAttribute('aria-busy', 'true');
    for (const next of pending) {
      const d = await next;
      if (mine !== sequence) return;
      for (const line of resultLines(d, typed, urls, words)) add(line);
      partialHeading.hidden = partialList.childElementCount === 0;
      firstShownAt ??= performance.now();
    }
    list.removeAttribute('aria-busy');
    shown += batch.length;
    more.hidden = shown >= results.length;
    status.textContent = statusText(lines, typed, status.dataset);
    if (countListed(lines).awards === 0 && looksLikeName(typed)) await showMissing(missing, typed, urls, base, () => mine === sequence, mark);
    else missing.hidden = true;
  };

  const run = async (state: SearchState) => {
    const mine = ++sequence;
    const request = toPagefindRequest(state);
    wholeList.replaceChildren();
    partialList.replaceChildren();
    partialHeading.hidden = true;
    missing.hidden = true;
    lines = [];
    listedKeys.clear();
    list.removeAttribute('aria-busy');
    delete list.dataset.pages;
    more.hidden = true;
    download.hidden = true;
    if (!request) {
      status.textContent = '';
      results = [];
      return;
    }
    status.textContent = status.dataset.loading ?? '';
    // Until Pagefind's results are in, what is listed may still grow.
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    firstShownAt = undefined;
    // A name is answered first from its rows, before Pagefind's code and index start to load: on a slow
    // connection they would share it, and the answer would wait for them (bench/README.md, slow 3G).
    if (request.term && Object.keys(request.options.filters).length === 0 && looksLikeName(state.q)) {
      const named = await rowsByName(urls, state.q);
      if (mine !== sequence) return;
      if (named.length) {
        for (const row of named) add(nameRowLine(row, urls, words));
        firstShownAt = performance.now();
        status.textContent = statusText(lines, state.q, status.dataset);
      }
    }
    const pagefind = await loadPagefind(base);
    const found = await pagefind.search(request.term, request.options);
    if (mine !== sequence || !found) return;
    const searched = performance.now();
    results = found.results;
    // How many pages Pagefind found, of which ten at a time are listed (for the browser tests).
    list.dataset.pages = String(results.length);
    // A decision number: decisions first, then pages that mention it.
    if (isDecisionNumberQuery(state.q)) {
      const data = await Promise.all(results.map(async (r) => ({ r, d: await r.data() })));
      results = [...data.filter((x) => x.d.meta.loai === 'quyet-dinh'), ...data.filter((x) => x.d.meta.loai !== 'quyet-dinh')].map((x) => x.r);
    }
    shown = 0;
    await showMore();
    if (mine !== sequence) return;
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
  // Exactly the lines listed now, in their order; the code that writes the file loads on the first click.
  download.addEventListener('click', () => void import('./download.ts').then(({ downloadResults }) => downloadResults(lines, query.value)));
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  showState(initial);
  if (toPagefindRequest(initial)) void run(initial);
  return { listed: () => lines };
}
