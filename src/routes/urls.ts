/**
 * Every public URL, built in one place. URLs are permanent: readable Vietnamese words without
 * diacritics, ids from file names, and a trailing slash. `base` is the sub-path the site is served under.
 */
import type { RecipientKind } from '../schemas/vocab.ts';
import type { Lang } from '../i18n/lang.ts';
import { spanSlug, yearSpan, type YearSpan } from '../model/periods.ts';

/** Recipient kinds in URLs, in Vietnamese without diacritics. */
export const KIND_SLUGS: Record<RecipientKind, string> = { individual: 'ca-nhan', collective: 'tap-the', household: 'ho-gia-dinh' };

/** `hinh-thuc/x/` for page 1, `hinh-thuc/x/trang/2/` after. */
function paged(path: string, n: number): string {
  return n > 1 ? `${path}trang/${n}/` : path;
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

const slugOf = (period: number | YearSpan) => spanSlug(typeof period === 'number' ? yearSpan(period) : period);

/** A row of a decision's list: the decision's page with the row's anchor. */
export const rowUrl = (decisionUrl: string, row: number) => `${decisionUrl}#r${row}`;

/** Where the name finder's shards are served, under the base; the build writes them there too. */
export const SHARD_FOLDER = 'tim-kiem/ten-json/';

/** Where the search page's name-row buckets are served, under the base (src/search/name-rows.ts). */
export const NAME_ROW_FOLDER = 'tim-kiem/dong-json/';

/** Where Pagefind's index is written and read, under the base. */
export const SEARCH_INDEX_FOLDER = 'pagefind/';

/** The page folders Pagefind indexes: decisions (their rows lead to honoree pages, see src/search/rows.ts) and stories. */
export const INDEXED_FOLDERS = ['quyet-dinh', 'guong-dien-hinh'] as const;

/** Where decisions' local attachments are served, under the base, each at its path in the content folder. */
export const ATTACHMENT_FOLDER = 'tep-dinh-kem/';

/** The folder open-data files are served from, under the base; the build writes them there too. */
export const DATA_FOLDER = 'data/';

/**
 * Open-data files as paths under `/data/`: the endpoint's `file` parameter and the build's file names.
 * The whole data set and each decision's files are written by the build (src/build/content-steps.ts).
 */
export const DATA_FILES = {
  dataset: (format: 'csv' | 'json' | 'xlsx') => `khen-thuong.${format}`,
  schema: 'khen-thuong.schema.json',
  decision: (id: string, format: PageDataFormat) => `quyet-dinh/${id}.${format}`,
  /** A year's or a period's table: `thong-ke/2017.csv`, `thong-ke/2015-2019.csv`. */
  statistics: (period: number | YearSpan) => `thong-ke/${slugOf(period)}.csv`,
  /** The spreadsheet beside a CSV file (`DATA_FILES.statistics(2017)` → `thong-ke/2017.xlsx`). */
  xlsx: (csvFile: string) => csvFile.replace(/\.csv$/, '.xlsx'),
  /** The rows of a place, award form, year or kind page: `dia-phuong/<place id>.csv`, `nam/2017.json`. */
  page: (section: PageDataSection, key: string, format: PageDataFormat) => `${PAGE_DATA_FOLDERS[section]}/${key}.${format}`,
} as const;

/** Browse pages whose rows can be downloaded, and the folder under `/data/` of each one's files. */
export const PAGE_DATA_FOLDERS = { place: 'dia-phuong', award: 'hinh-thuc', year: 'nam', kind: 'doi-tuong' } as const;
export type PageDataSection = keyof typeof PAGE_DATA_FOLDERS;
export const PAGE_DATA_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type PageDataFormat = (typeof PAGE_DATA_FORMATS)[number];

/** The folder Atom feeds are served from, under the base. */
export const FEED_FOLDER = 'feeds/';

/** Atom feeds as paths under `/feeds/`. */
export const FEED_FILES = {
  decisions: 'quyet-dinh.xml',
  award: (id: string) => `hinh-thuc/${id}.xml`,
  place: (id: string) => `dia-phuong/${id}.xml`,
  stories: 'guong-dien-hinh.xml',
} as const;

/**
 * `lang` picks the interface language for the pages that have an English version (home, lists, open data,
 * statistics, about, search, decisions, honorees); the other records (places, award forms, stories…) exist once,
 * in Vietnamese, and every language links to them.
 */
export function makeUrls(base: string, lang: Lang = 'vi') {
  const root = lang === 'vi' ? '' : 'en/';
  /** A page translated into the interface language. */
  const page = (path: string) => join(base, `${root}${path}`);
  /** A record page: one address for every language. */
  const record = (path: string) => join(base, path);
  return {
    home: () => page(''),
    decisions: (n = 1) => page(paged('quyet-dinh/', n)),
    /** Decision and honoree pages exist in both languages (ADR 0015): the English one is a summary with the list. */
    decision: (id: string) => page(`quyet-dinh/${id}/`),
    recipient: (decisionId: string, row: number) => rowUrl(page(`quyet-dinh/${decisionId}/`), row),
    honoree: (slug: string) => page(`nguoi-duoc-khen/${slug}/`),
    awards: () => page('hinh-thuc/'),
    award: (id: string, n = 1) => record(paged(`hinh-thuc/${id}/`, n)),
    places: () => page('dia-phuong/'),
    place: (id: string, n = 1) => record(paged(`dia-phuong/${id}/`, n)),
    years: () => page('nam/'),
    year: (year: number, n = 1) => record(paged(`nam/${year}/`, n)),
    movements: () => page('phong-trao/'),
    movement: (id: string, n = 1) => record(paged(`phong-trao/${id}/`, n)),
    kind: (kind: RecipientKind, n = 1) => record(paged(`doi-tuong/${KIND_SLUGS[kind]}/`, n)),
    stories: () => page('guong-dien-hinh/'),
    story: (id: string) => record(`guong-dien-hinh/${id}/`),
    /** All years, one year, or a period of years (`thong-ke/2015-2019/`). */
    statistics: (period?: number | YearSpan) => page(period === undefined ? 'thong-ke/' : `thong-ke/${slugOf(period)}/`),
    /** The search page, in the interface language; what it finds are records. */
    search: () => page('tim-kiem/'),
    /** The no-JavaScript list of names starting with one letter (`initialSlug`). */
    namesByInitial: (initial: string, n = 1) => record(paged(`tim-kiem/ten/${initial}/`, n)),
    /** The name finder's shards; `key` is a shard key or the manifest's name. */
    nameShard: (key: string) => record(`${SHARD_FOLDER}${key}.json`),
    /** The recipient rows of every name that falls in `bucket` (`nameRowBucket`). */
    nameRows: (bucket: string) => record(`${NAME_ROW_FOLDER}${bucket}.json`),
    searchIndex: (file = '') => record(`${SEARCH_INDEX_FOLDER}${file}`),
    about: () => page('gioi-thieu/'),
    asset: (path: string) => join(base, path),
    /** A decision's local attachment, by its path in the content folder (src/validate/attachments.ts). */
    attachment: (contentPath: string) => record(`${ATTACHMENT_FOLDER}${contentPath}`),
    openData: () => page('du-lieu-mo/'),
    /** Corrections and revocations, newest first. */
    changes: () => record('thay-doi/'),
    consultations: () => record('lay-y-kien/'),
    consultation: (id: string) => record(`lay-y-kien/${id}/`),
    /** A year's or a period's figures as a report paragraph; without one, the list to choose from. */
    report: (period?: number | YearSpan) => record(period === undefined ? 'bao-cao/' : `bao-cao/${slugOf(period)}/`),
    /** Open-data files (`DATA_FILES`) and feeds (`FEED_FILES`): one tree, every language. */
    data: (file: string) => join(base, `${DATA_FOLDER}${file}`),
    feed: (file: string) => join(base, `${FEED_FOLDER}${file}`),
    /** The office's logo (`logo` in content/site.yaml), under its own file name. */
    logo: (file: string) => join(base, `bieu-trung/${file}`),
    /** The sitemap index without `n`, the crawlers' entry point; with it, the `n`th sitemap file (1-based). */
    sitemap: (n?: number) => join(base, n === undefined ? 'sitemap.xml' : `sitemap-${n}.xml`),
    /** Crawlers read it only at the root of a host; under a sub-path it is there for the host to copy. */
    robots: () => join(base, 'robots.txt'),
    /** The site's icon, in public/. */
    icon: () => join(base, 'favicon.svg'),
  };
}
export type Urls = ReturnType<typeof makeUrls>;

/** A path from `makeUrls` as a full address on the public origin, for files read outside the site. */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}
