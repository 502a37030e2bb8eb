/** A place's page (src/pages/dia-phuong/[...slug].astro): its history on the first page, then a page of its recipients. */
import { catalogueName } from '../i18n/catalogue.ts';
import type { BrowseIndex } from '../model/browse.ts';
import type { AwardRow, Portal } from '../model/portal.ts';
import { ROW_PAGE_SIZE, pageCount, pageOf } from '../routes/paging.ts';
import { PLACE_KIND_LABELS, RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import { FEED_FILES } from '../routes/urls.ts';
import type { PageContext } from '../site/page-context.ts';
import type { Link } from './indexes.ts';
import { placeTrail, type Crumb } from './breadcrumbs.ts';
import { absorbedPlaces, placeAwardRows } from './place-merges.ts';
import { figure } from '../model/counting.ts';
import { figureText, type FigureSegment } from './figures.ts';
import { pageDataLinks, type DataLink } from './page-data.ts';

/** A line of a place's history: words, then the places it names. */
export interface HistoryLine {
  text: string;
  places: Link[];
}

export interface PlaceHistory {
  /** "Xã (12345)": the kind of unit and its official code. */
  kind: string;
  parent: Link | undefined;
  /** Empty when nothing is known of when it began or ended, or what it came from. */
  lines: HistoryLine[];
  note: string | undefined;
  children: Link[];
}

/** One recipient row of the place, linked to the honoree's page when there is one, else to the row. */
export interface PlaceRow {
  name: string;
  href: string;
  kind: string;
  award: string;
  decision: { number: string; href: string; date: string };
  /** Workplace or village as the decision prints it ("who from my village"). */
  unit: string;
  place: string;
}

export interface PlacePage {
  /** Trang chủ › section › … › this page. */
  breadcrumbs: Crumb[];
  title: string;
  /** Only the first page tells the history. */
  history: PlaceHistory | undefined;
  rowsHeading: FigureSegment[];
  /** For a place formed by mergers: that its list includes the people of the places it absorbed. */
  merged: { text: string; places: Link[] } | undefined;
  /** This page's rows as open data. */
  downloads: DataLink[];
  feed: Link;
  caption: string;
  rows: PlaceRow[];
  pager: { current: number; total: number; href: (n: number) => string };
}

function placeHistory(id: string, portal: Portal, browse: BrowseIndex, { lang, t, urls, formatDate }: PageContext): PlaceHistory {
  const place = portal.places.get(id)!;
  const link = (placeId: string): Link => ({ name: portal.places.get(placeId)?.name ?? placeId, href: urls.place(placeId) });
  const predecessors = browse.predecessors.get(id) ?? [];
  const lines: HistoryLine[] = [];
  if (place.validFrom) lines.push({ text: t('place.from', { date: formatDate(place.validFrom) }), places: [] });
  if (predecessors.length) lines.push({ text: t('place.mergedFrom'), places: predecessors.map(link) });
  if (place.validTo) lines.push({ text: t('place.until', { date: formatDate(place.validTo) }), places: [] });
  for (const s of place.succeededBy ?? []) lines.push({ text: t('place.mergedInto', { place: link(s.place).name, date: formatDate(s.from) }), places: [link(s.place)] });
  if (place.defunct) lines.push({ text: t('place.defunct'), places: [] });
  return {
    kind: `${PLACE_KIND_LABELS[place.kind][lang]}${place.code ? ` (${place.code})` : ''}`,
    parent: place.parent ? link(place.parent) : undefined,
    lines,
    note: lines.length ? place.note : undefined,
    children: (browse.children.get(id) ?? []).map(link),
  };
}

function placeRow({ decision, award, row, recipient: r }: AwardRow, portal: Portal, { lang, urls, formatDateShort }: PageContext): PlaceRow {
  const honoree = portal.honoreeOf(decision.id, row);
  return {
    name: r.name,
    href: honoree ? urls.honoree(honoree.slug) : urls.recipient(decision.id, row),
    kind: RECIPIENT_KIND_LABELS[r.kind][lang],
    award: catalogueName(award, lang),
    decision: { number: decision.data.number, href: urls.recipient(decision.id, row), date: formatDateShort(decision.data.date) },
    unit: r.unit ?? '',
    place: r.place ? (portal.places.get(r.place)?.name ?? '') : '',
  };
}

/** `page` is 1-based; rows come newest decision first, then in name order (src/model/browse.ts). */
export function placePage(portal: Portal, browse: BrowseIndex, id: string, page: number, ctx: PageContext): PlacePage {
  const place = portal.places.get(id);
  if (!place) throw new Error(`No place ${id}`);
  const { t, urls } = ctx;
  const rows = placeAwardRows(portal, browse, id);
  const absorbed = absorbedPlaces(browse, id);
  const total = pageCount(rows.length, ROW_PAGE_SIZE);
  return {
    title: place.name,
    breadcrumbs: placeTrail(portal, id, ctx),
    history: page === 1 ? placeHistory(id, portal, browse, ctx) : undefined,
    rowsHeading: figureText(ctx, 'browse.rowsOf', { n: figure(rows.length, 'rows', { place: [id, ...absorbed].join(',') }) }),
    merged: absorbed.length
      ? { text: t('place.absorbedRows'), places: absorbed.map((p) => ({ name: portal.places.get(p)?.name ?? p, href: urls.place(p) })) }
      : undefined,
    downloads: pageDataLinks(ctx, 'place', id, rows.length),
    feed: { name: t('place.feed'), href: urls.feed(FEED_FILES.place(id)) },
    caption: `${place.name} – ${t('decisions.page', { n: page, total })}`,
    rows: pageOf(rows, page, ROW_PAGE_SIZE).map((r) => placeRow(r, portal, ctx)),
    pager: { current: page, total, href: (n) => urls.place(id, n) },
  };
}
