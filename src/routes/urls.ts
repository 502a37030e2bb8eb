/**
 * Every public URL, built in one place. URLs are permanent: readable Vietnamese words without
 * diacritics, ids from file names, and a trailing slash. `base` is the sub-path the site is served under.
 */
import type { RecipientKind } from '../schemas/vocab.ts';
import { spanSlug, yearSpan, type YearSpan } from '../model/periods.ts';

import type { Lang } from '../i18n/lang.ts';

// Pages and components read the language and the URLs together.
export type { Lang };

/** Recipient kinds in URLs, in Vietnamese without diacritics. */
export const KIND_SLUGS: Record<RecipientKind, string> = { individual: 'ca-nhan', collective: 'tap-the', household: 'ho-gia-dinh' };

/** `hinh-thuc/x/` for page 1, `hinh-thuc/x/trang/2/` after. */
export function paged(path: string, n: number): string {
  return n > 1 ? `${path}trang/${n}/` : path;
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

const slugOf = (period: number | YearSpan) => spanSlug(typeof period === 'number' ? yearSpan(period) : period);

/**
 * `lang` picks the interface language for the pages that have an English version (home, lists, open data,
 * statistics, about); pages of records (decisions, honorees, places, stories…) exist once, in Vietnamese,
 * and every language links to them.
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
    decision: (id: string) => record(`quyet-dinh/${id}/`),
    recipient: (decisionId: string, row: number) => `${record(`quyet-dinh/${decisionId}/`)}#r${row}`,
    honoree: (slug: string) => record(`nguoi-duoc-khen/${slug}/`),
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
    search: () => record('tim-kiem/'),
    about: () => page('gioi-thieu/'),
    asset: (path: string) => join(base, path),
    openData: () => page('du-lieu-mo/'),
    /** Corrections and revocations, newest first. */
    changes: () => record('thay-doi/'),
    consultations: () => record('lay-y-kien/'),
    consultation: (id: string) => record(`lay-y-kien/${id}/`),
    /** A year's or a period's figures as a report paragraph; without one, the list to choose from. */
    report: (period?: number | YearSpan) => record(period === undefined ? 'bao-cao/' : `bao-cao/${slugOf(period)}/`),
    /** Open-data files (`khen-thuong.csv`, `quyet-dinh/<id>.json`) and feeds (`quyet-dinh.xml`): one tree, every language. */
    data: (file: string) => join(base, `data/${file}`),
    feed: (file: string) => join(base, `feeds/${file}`),
  };
}
export type Urls = ReturnType<typeof makeUrls>;

/** A path from `makeUrls` as a full address on the public origin, for files read outside the site. */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}
