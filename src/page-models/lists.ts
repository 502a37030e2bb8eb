/**
 * Pages that list decisions fifty at a time: all decisions, and those of an award form, a year, a kind
 * of recipient or a movement. Each gives the page of decisions and the pager; the page adds its own lines.
 */
import type { BrowseIndex } from '../model/browse.ts';
import { yearSpan } from '../model/periods.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import { pageCount, pageOf } from '../routes/paging.ts';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';
import { breadcrumbs, type Crumb } from './breadcrumbs.ts';
import { countsAsAwards, figure, type FigureFilter } from '../model/counting.ts';
import { figureText, type FigureSegment } from './figures.ts';
import { pageDataLinks, type DataLink } from './page-data.ts';

export interface DecisionListPage {
  /** The browser tab's title: on the lists of all decisions and of a kind, with the page number after the first. */
  title: string;
  heading: string;
  /** "Các quyết định (12)", the number marked as the length of the list. */
  decisionsHeading: FigureSegment[];
  decisions: PublishedDecision[];
  pager: { current: number; total: number; href: (n: number) => string };
}

/** A list under a section of the site: an award form, a year, a kind, a movement; all but a movement's rows can be downloaded. */
type SectionListPage = DecisionListPage & { breadcrumbs: Crumb[]; downloads: DataLink[] };

/** `filter` says which open-data rows the list is of; none for a list the open data cannot select (a movement's). */
function listPage(heading: string, all: readonly PublishedDecision[], page: number, href: (n: number) => string, ctx: PageContext, filter: FigureFilter | undefined, numbered = false): DecisionListPage {
  const { t } = ctx;
  const total = pageCount(all.length);
  return {
    title: numbered && page > 1 ? `${heading} – ${t('decisions.page', { n: page, total })}` : heading,
    heading,
    decisionsHeading: filter ? figureText(ctx, 'browse.decisionsOf', { n: figure(all.length, 'listed', filter) }) : [{ text: t('browse.decisionsOf', { n: all.length }) }],
    decisions: pageOf(all, page),
    pager: { current: page, total, href },
  };
}

/** Every decision, newest first; the only list with an English version. */
export function decisionsPage(portal: Portal, page: number, ctx: PageContext): DecisionListPage & { alternate: string } {
  return { ...listPage(ctx.t('decisions.title'), portal.decisions, page, ctx.urls.decisions, ctx, {}, true), alternate: ctx.otherUrls.decisions(page) };
}

export function kindPage(browse: BrowseIndex, kind: RecipientKind, page: number, ctx: PageContext): SectionListPage & { summary: FigureSegment[] } {
  const { decisions } = browse.byKind.get(kind)!;
  const { lang, t } = ctx;
  const counting = decisions.filter(countsAsAwards);
  const rows = counting.reduce((n, d) => n + d.rows.filter((r) => r.recipient.kind === kind).length, 0);
  return {
    // Kinds have no list of their own: the statistics count them.
    breadcrumbs: breadcrumbs(ctx, [{ name: t('nav.statistics'), href: ctx.urls.statistics() }], RECIPIENT_KIND_LABELS[kind][lang]),
    ...listPage(t('browse.kind', { kind: RECIPIENT_KIND_LABELS[kind][lang] }), decisions, page, (n) => ctx.urls.kind(kind, n), ctx, { kind }, true),
    downloads: pageDataLinks(ctx, 'kind', kind, browse.byKind.get(kind)!.rows),
    summary: figureText(ctx, 'browse.kindSummary', { rows: figure(rows, 'rows', { kind }), decisions: figure(counting.length, 'decisions', { kind }) }),
  };
}

export function yearPage(browse: BrowseIndex, year: number, page: number, ctx: PageContext): SectionListPage & { statistics: { name: string; href: string } } {
  const { t, urls } = ctx;
  return {
    breadcrumbs: breadcrumbs(ctx, [{ name: t('nav.years'), href: urls.years() }], String(year)),
    ...listPage(`${t('nav.years')} ${year}`, browse.byYear.get(year) ?? [], page, (n) => urls.year(year, n), ctx, { year }),
    downloads: pageDataLinks(ctx, 'year', year, (browse.byYear.get(year) ?? []).reduce((n, d) => n + d.rows.length, 0)),
    statistics: { name: t('stats.periodTitle', { period: ctx.periodName(yearSpan(year)) }), href: urls.statistics(year) },
  };
}

/** Only the first page describes the award form. */
export function awardPage(portal: Portal, browse: BrowseIndex, id: string, page: number, ctx: PageContext): SectionListPage & { description: string; summary: FigureSegment[] } {
  const award = portal.awards.get(id);
  if (!award) throw new Error(`No award form ${id}`);
  const decisions = browse.byAward.get(id) ?? [];
  return {
    ...listPage(award.name, decisions, page, (n) => ctx.urls.award(id, n), ctx, { award: id }),
    downloads: pageDataLinks(ctx, 'award', id, decisions.reduce((n, d) => n + d.rows.filter((r) => r.award.id === id).length, 0)),
    breadcrumbs: breadcrumbs(ctx, [{ name: ctx.t('nav.awards'), href: ctx.urls.awards() }], award.name),
    description: ctx.t('award.description', { award: award.name, n: decisions.length }),
    summary: figureText(ctx, 'award.counted', {
      rows: figure(decisions.filter(countsAsAwards).reduce((n, d) => n + d.rows.filter((r) => r.award.id === id).length, 0), 'rows', { award: id }),
      decisions: figure(decisions.filter(countsAsAwards).length, 'decisions', { award: id }),
    }),
  };
}

/** Only the first page presents the movement; a movement may have no decision yet. */
export function movementPage(portal: Portal, browse: BrowseIndex, id: string, page: number, ctx: PageContext): SectionListPage & { summary: string; launchedBy: string; none: string } {
  const movement = portal.movements.get(id);
  if (!movement) throw new Error(`No movement ${id}`);
  return {
    ...listPage(movement.data.title, browse.byMovement.get(id) ?? [], page, (n) => ctx.urls.movement(id, n), ctx, { movement: id }),
    downloads: [],
    breadcrumbs: breadcrumbs(ctx, [{ name: ctx.t('nav.movements'), href: ctx.urls.movements() }], movement.data.title),
    summary: movement.data.summary,
    launchedBy: portal.authorities.get(movement.data.launchedBy)?.name ?? movement.data.launchedBy,
    none: ctx.t('browse.none'),
  };
}
