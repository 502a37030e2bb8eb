/**
 * The name finder: as-you-type fuzzy lookup of honoree names (Fuse.js token search: typos, partial
 * names, any word order), following the ARIA combobox pattern with a listbox and a polite live region.
 * It loads only the name shards the typed words need (src/search/names.ts).
 */
import { fill } from '../../i18n/lang.ts';
import Fuse, { type IFuseOptions } from 'fuse.js';
import { searchTerms } from '../../search/fold.ts';
import { SHARD_MANIFEST, chooseShards, type ShardFile, type ShardManifest } from '../../search/names.ts';
import { makeUrls, type Urls } from '../../routes/urls.ts';
import { pageLang } from '../page-lang.ts';

interface Name {
  name: string;
  folded: string;
  url: string;
  detail: string;
}

const LIMIT = 8;
const FUSE_OPTIONS: IFuseOptions<Name> = { keys: ['folded'], useTokenSearch: true, tokenMatch: 'all', ignoreLocation: true, threshold: 0.34, includeScore: true };

/** Where choosing a name leads: the honoree's page, or the row of the decision (the link check walks every shard with it). */
export function shardEntryUrl(urls: Urls, file: ShardFile, e: ShardFile['e'][number]): string {
  return e.length === 4 ? urls.honoree(e[3]) : urls.recipient(file.d[e[3]]!, e[4]);
}

export class ShardStore {
  readonly #urls: Urls;
  #manifest: Promise<ShardManifest> | undefined;
  readonly #shards = new Map<string, Promise<Fuse<Name>>>();

  /** `siteBase` is the site's base URL ("/" or "/khen-thuong/"). */
  constructor(siteBase: string) {
    // A name leads to the honoree's or the decision's page in the page's language (ADR 0015).
    this.#urls = makeUrls(siteBase, pageLang());
  }

  manifest(): Promise<ShardManifest> {
    this.#manifest ??= fetch(this.#urls.nameShard(SHARD_MANIFEST)).then((r) => r.json() as Promise<ShardManifest>);
    return this.#manifest;
  }

  shard(key: string): Promise<Fuse<Name>> {
    let shard = this.#shards.get(key);
    if (!shard) {
      shard = fetch(this.#urls.nameShard(key))
        .then((r) => r.json() as Promise<ShardFile>)
        .then((file) => new Fuse(file.e.map((e, i) => this.#toName(file, e, file.f[i]!)), FUSE_OPTIONS));
      this.#shards.set(key, shard);
    }
    return shard;
  }

  #toName(file: ShardFile, e: ShardFile['e'][number], folded: string): Name {
    const [name, year, place] = e;
    const url = shardEntryUrl(this.#urls, file, e);
    return { name, folded, url, detail: [file.p[place], year].filter(Boolean).join(' · ') };
  }
}

/** Best matches over the given shards, merged by score, each name once. */
export async function findNames(store: ShardStore, query: string): Promise<{ names: Name[]; tooBroad: boolean }> {
  const folded = searchTerms(query);
  const manifest = await store.manifest();
  const keys = chooseShards(folded, manifest);
  if (keys.length === 0) return { names: [], tooBroad: folded.replace(/ /g, '').length >= 2 };
  const fuses = await Promise.all(keys.map((k) => store.shard(k)));
  const best = new Map<string, { item: Name; score: number }>();
  for (const fuse of fuses)
    for (const r of fuse.search(folded, { limit: LIMIT * 2 })) {
      // Names that start the way the query starts come first among equals.
      const score = (r.score ?? 1) - (r.item.folded.startsWith(folded) ? 0.1 : 0);
      const seen = best.get(r.item.url);
      if (!seen || seen.score > score) best.set(r.item.url, { item: r.item, score });
    }
  const names = [...best.values()]
    .sort((a, b) => a.score - b.score || a.item.name.localeCompare(b.item.name, 'vi'))
    .slice(0, LIMIT)
    .map((x) => x.item);
  return { names, tooBroad: false };
}

export function attachNameFinder(input: HTMLInputElement): void {
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLUListElement | null;
  const status = input.form?.querySelector<HTMLElement>('[role="status"]');
  if (!list || !status) return;
  const store = new ShardStore(input.dataset.base ?? '/');
  let names: Name[] = [];
  let active = -1;
  let sequence = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const select = (i: number) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const render = (found: Name[], tooBroad: boolean) => {
    names = found;
    list.replaceChildren(
      ...found.map((n, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.url = n.url;
        const detail = document.createElement('span');
        detail.className = 'name-list__detail';
        detail.textContent = n.detail;
        li.append(n.name, detail);
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const open = found.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    const template = found.length ? status.dataset.found : tooBroad ? status.dataset.more : status.dataset.none;
    status.textContent = input.value.trim() ? fill(template ?? '', { n: found.length }) : '';
  };
  const update = async () => {
    const mine = ++sequence;
    const query = input.value;
    const short = searchTerms(query).length < 2;
    const { names: found, tooBroad } = short ? { names: [], tooBroad: false } : await findNames(store, query);
    if (mine !== sequence) return;
    render(found, tooBroad);
    if (short) status.textContent = '';
    // For tests and the benchmark (bench/search-bench.ts): the list now shows this query's names.
    input.dispatchEvent(new CustomEvent('namefinder:update', { bubbles: true, detail: { count: found.length } }));
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && names.length) {
      e.preventDefault();
      if (list.hidden) render(names, false);
      select((active + 1) % names.length);
    } else if (e.key === 'ArrowUp' && names.length) {
      e.preventDefault();
      select(active <= 0 ? names.length - 1 : active - 1);
    } else if (e.key === 'Enter' && names[active]) {
      e.preventDefault();
      location.href = names[active]!.url;
    } else if (e.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (option?.dataset.url) location.href = option.dataset.url;
  });
  input.addEventListener('blur', close);
  if (input.value) void update();
}
