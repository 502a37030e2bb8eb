/**
 * urls.ts builds every address the site links to; src/pages/ decides which addresses exist. These tests
 * walk every kind of address urls.ts can produce and find the page or endpoint file that serves it, so a
 * link to an address no page serves fails here rather than as a 404 on the public site.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, FEED_FILES, KIND_SLUGS, PAGE_DATA_FORMATS, SEARCH_INDEX_FOLDER, makeUrls, type Urls } from '../../src/routes/urls.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import type { RecipientKind } from '../../src/schemas/vocab.ts';
import { ROOT } from '../helpers.ts';

const PAGES = join(ROOT, 'src/pages');

/** Page and endpoint files as Astro routes them: `_`-prefixed files and folders make no route. */
const routeFiles = readdirSync(PAGES, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
  .map((e) => relative(PAGES, join(e.parentPath, e.name)).split(sep).join('/'))
  .filter((file) => !file.split('/').some((part) => part.startsWith('_')))
  .sort();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The addresses a file serves, as a pattern over paths under the base: `[x]` is one path segment,
 * `[...x]` any number of them (none when it ends the route), a page is its folder with a trailing slash
 * and `index` is the folder itself, an endpoint `x.xml.ts` is `x.xml`.
 */
function routePattern(file: string): RegExp {
  const page = file.endsWith('.astro');
  const name = file.replace(/\.(astro|ts)$/, '');
  const route = page ? name.replace(/(^|\/)index$/, '') : name;
  const tokens = route.split(/(\/?\[\.\.\.\w+\]|\[\w+\])/).filter(Boolean);
  const source = tokens
    .map((token, i) => {
      if (/^\/?\[\.\.\./.test(token)) return i === tokens.length - 1 ? `(?:${token.startsWith('/') ? '/' : ''}.+)?` : `${token.startsWith('/') ? '/' : ''}.+`;
      if (token.startsWith('[')) return '[^/]+';
      return escape(token);
    })
    .join('');
  return new RegExp(`^${source}${page && route ? '/' : ''}$`);
}

const routes = routeFiles.map((file) => ({ file, pattern: routePattern(file) }));

/** The files whose routes take `path` (under the base, without a fragment). */
const servedBy = (path: string) => routes.filter((r) => r.pattern.test(path)).map((r) => r.file);

const KINDS = Object.keys(KIND_SLUGS) as RecipientKind[];
const PERIODS = [2017, { first: 2017, last: 2017 }, { first: 2015, last: 2019 }];
const DECISION = '2017/1820-qd-ubnd-bang-khen-nong-thon-moi';
const PLACE = 'loc-binh/xa-nhu-khue';

/**
 * Sample arguments for every function of `makeUrls`, page 1 and a later page where it has pages. Typed
 * by `Urls`, so a new kind of address does not compile until it has samples here.
 */
const SAMPLES: Record<keyof Urls, (u: Urls) => string[]> = {
  home: (u) => [u.home()],
  decisions: (u) => [u.decisions(), u.decisions(3)],
  decision: (u) => [u.decision(DECISION)],
  recipient: (u) => [u.recipient(DECISION, 4)],
  honoree: (u) => [u.honoree('hoang-van-khay')],
  awards: (u) => [u.awards()],
  award: (u) => [u.award('lao-dong-tien-tien'), u.award('lao-dong-tien-tien', 2)],
  places: (u) => [u.places()],
  place: (u) => [u.place(PLACE), u.place(PLACE, 2), u.place('loc-binh')],
  years: (u) => [u.years()],
  year: (u) => [u.year(2017), u.year(2017, 2)],
  movements: (u) => [u.movements()],
  movement: (u) => [u.movement('day-tot-hoc-tot'), u.movement('day-tot-hoc-tot', 2)],
  kind: (u) => KINDS.flatMap((k) => [u.kind(k), u.kind(k, 2)]),
  stories: (u) => [u.stories()],
  story: (u) => [u.story('xa-yen-khoai')],
  statistics: (u) => [u.statistics(), ...PERIODS.map((p) => u.statistics(p))],
  search: (u) => [u.search()],
  namesByInitial: (u) => [u.namesByInitial('h'), u.namesByInitial('h', 2)],
  // The name finder's shards, written by the pipeline's name-shards step (src/build/content-steps.ts), in builds and dev alike.
  nameShard: () => [],
  // The search page's name-row buckets, written by the same step (src/search/name-rows.ts).
  nameRows: () => [],
  // Pagefind's own files, written by the build's search-index step (src/build/search-index.ts), not by a page.
  searchIndex: () => [],
  about: (u) => [u.about()],
  // Any file of public/: not a route of the site.
  asset: () => [],
  // A decision's local attachment, copied by the build's add-content-files step (src/build/content-steps.ts).
  attachment: () => [],
  openData: (u) => [u.openData()],
  changes: (u) => [u.changes()],
  consultations: (u) => [u.consultations()],
  consultation: (u) => [u.consultation('2024/quy-hoach-xa')],
  report: (u) => [u.report(), ...PERIODS.map((p) => u.report(p))],
  data: (u) => [
    ...(['csv', 'json'] as const).flatMap((f) => [u.data(DATA_FILES.dataset(f)), u.data(DATA_FILES.decision(DECISION, f))]),
    u.data(DATA_FILES.schema),
    ...PERIODS.map((p) => u.data(DATA_FILES.statistics(p))),
    ...PERIODS.map((p) => u.data(DATA_FILES.xlsx(DATA_FILES.statistics(p)))),
    // Each browse page's own rows (src/publish/page-data.ts), in every format.
    ...PAGE_DATA_FORMATS.flatMap((f) => [
      u.data(DATA_FILES.page('place', PLACE, f)),
      u.data(DATA_FILES.page('award', 'lao-dong-tien-tien', f)),
      u.data(DATA_FILES.page('year', '2017', f)),
      u.data(DATA_FILES.page('kind', KIND_SLUGS.household, f)),
    ]),
  ],
  feed: (u) => [u.feed(FEED_FILES.decisions), u.feed(FEED_FILES.award('lao-dong-tien-tien')), u.feed(FEED_FILES.place(PLACE)), u.feed(FEED_FILES.stories)],
  logo: (u) => [u.logo('logo.png')],
  sitemap: (u) => [u.sitemap(), u.sitemap(1), u.sitemap(12)],
  robots: (u) => [u.robots()],
  // A file of public/, not a route of the site.
  icon: () => [],
};

/** Every sample address of `makeUrls(base, lang)`, as paths under the base without their fragment. */
function addresses(base: string, lang: Lang): { fn: string; path: string }[] {
  const urls = makeUrls(base, lang);
  return Object.entries(SAMPLES).flatMap(([fn, sample]) =>
    sample(urls).map((url) => {
      expect(url.startsWith(base), `${fn}: ${url} is not under ${base}`).toBe(true);
      return { fn, path: url.slice(base.length).replace(/#.*$/, '') };
    }),
  );
}

describe('route patterns', () => {
  it('read Astro file-based routes the way Astro does', () => {
    expect(routePattern('index.astro').source).toBe('^$');
    expect(servedBy('')).toEqual(['index.astro']);
    expect(servedBy('gioi-thieu/')).toEqual(['gioi-thieu.astro']);
    expect(servedBy('gioi-thieu')).toEqual([]);
    expect(servedBy('nguoi-duoc-khen/a/')).toEqual(['nguoi-duoc-khen/[slug].astro']);
    expect(servedBy('nguoi-duoc-khen/a/b/')).toEqual([]);
    expect(servedBy('nam/')).toEqual(['nam/[...slug].astro', 'nam/index.astro']);
    expect(servedBy('feeds/hinh-thuc/a.xml')).toEqual(['feeds/hinh-thuc/[award].xml.ts']);
    expect(servedBy('feeds/hinh-thuc/a/b.xml')).toEqual([]);
    expect(servedBy('sitemap-3.xml')).toEqual(['sitemap-[n].xml.ts']);
  });
  it('find no page for an address the site does not have', () => {
    for (const path of ['khong-co/', 'en/dia-phuong/a/', 'en/guong-dien-hinh/x/', 'feeds/nam/2017.xml', 'quyet-dinh']) expect(servedBy(path), path).toEqual([]);
  });
});

describe('every address urls.ts builds', () => {
  it('has samples for every function of makeUrls', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(makeUrls('/')).sort());
  });

  for (const base of ['/', '/khen-thuong/'])
    for (const lang of ['vi', 'en'] as const)
      it(`is served by a page or endpoint in src/pages/ (base ${base}, ${lang})`, () => {
        const missing = addresses(base, lang).filter(({ path }) => servedBy(path).length === 0);
        expect(missing).toEqual([]);
      });

  it('reaches every page and endpoint file except the 404 page', () => {
    const paths = (['vi', 'en'] as const).flatMap((lang) => addresses('/', lang).map((a) => a.path));
    const unreached = routes.filter((r) => !paths.some((path) => r.pattern.test(path))).map((r) => r.file);
    expect(unreached).toEqual(['404.astro']);
  });

  it('leaves only Pagefind outside src/pages/, in its own folder', () => {
    expect(makeUrls('/khen-thuong/').searchIndex('pagefind.js')).toBe(`/khen-thuong/${SEARCH_INDEX_FOLDER}pagefind.js`);
    expect(servedBy(`${SEARCH_INDEX_FOLDER}pagefind.js`)).toEqual([]);
  });
});
