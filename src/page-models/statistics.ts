/** A year's or a period's statistics page: the figures as labelled series and every line the page prints. */
import { catalogueName } from '../i18n/catalogue.ts';
import { isSingleYear, type YearSpan } from '../model/periods.ts';
import type { Portal } from '../model/portal.ts';
import type { PeriodFigures } from '../model/stats.ts';
import { AWARD_LEVELS, AWARD_LEVEL_LABELS, OCCUPATION_GROUP_LABELS, RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type OccupationGroup } from '../schemas/vocab.ts';
import { DATA_FILES } from '../routes/urls.ts';
import type { PageContext } from '../site/page-context.ts';
import { compareVietnamese } from '../text/vietnamese.ts';
import type { Datum } from './charts.ts';
import { figure, type FigureFilter } from '../model/counting.ts';
import { figureMark, figureText, type FigureMark, type FigureSegment } from './figures.ts';
import { GRASSROOTS_GROUPS, OCCUPATION_GROUPS } from '../schemas/vocab.ts';

/** Decisions listed by name beside a figure; the CSV beside the table lists them all. */
export const LISTED_DECISIONS = 12;

/** A figure of a table: its value, and the question it answers (src/model/counting.ts). */
export type MarkedDatum = Datum & { href?: string; mark: FigureMark };

export interface StatSeries {
  byAward: MarkedDatum[];
  byLevel: MarkedDatum[];
  byKind: MarkedDatum[];
  byPlace: MarkedDatum[];
  byOccupation: MarkedDatum[];
}

/** The rows of a span: by signing year, from its first year to its last. */
const spanFilter = (span: YearSpan): FigureFilter => ({ from: span.first, to: span.last });

function statSeries(f: PeriodFigures, span: YearSpan, portal: Portal, { lang, t, urls }: PageContext): StatSeries {
  const notRecorded = t('stats.unknown');
  const awardName = (id: string) => catalogueName(portal.awards.get(id)!, lang);
  const mark = (value: number, filter: FigureFilter) => figureMark(figure(value, 'rows', { ...spanFilter(span), ...filter }));
  return {
    byAward: f.byAward.map((a) => ({ label: awardName(a.award), value: a.total, href: urls.award(a.award), mark: mark(a.total, { award: a.award }) })),
    byLevel: AWARD_LEVELS.map((l) => ({ label: AWARD_LEVEL_LABELS[l][lang], value: f.byLevel[l], mark: mark(f.byLevel[l], { level: l }) })).filter((d) => d.value > 0),
    byKind: RECIPIENT_KINDS.map((k) => ({ label: RECIPIENT_KIND_LABELS[k][lang], value: f.byKind[k], href: urls.kind(k), mark: mark(f.byKind[k], { kind: k }) })).filter((d) => d.value > 0),
    byPlace: [...f.byPlace]
      .map(([id, value]): MarkedDatum => (id ? { label: portal.places.get(id)?.name ?? id, value, href: urls.place(id), mark: mark(value, { place: id }) } : { label: notRecorded, value, mark: mark(value, { place: '' }) }))
      .sort((a, b) => b.value - a.value || compareVietnamese(a.label, b.label)),
    byOccupation: [...f.byOccupation]
      .map(([group, value]) => ({ label: group ? OCCUPATION_GROUP_LABELS[group as OccupationGroup][lang] : notRecorded, value, mark: mark(value, { occupation: group }) }))
      .sort((a, b) => b.value - a.value),
  };
}

/** One chart with its table (src/components/StatBlock.astro). */
export interface StatBlockData {
  id: string;
  title: string;
  data: MarkedDatum[];
  /** Years along the bottom rather than bars. */
  columns?: boolean;
}

/** Recipients by award form (rows) and kind (columns), each row with the decisions it is counted from. */
export interface AwardKindTable {
  caption: string;
  /** Column headings: the kinds of recipient. */
  kinds: string[];
  rows: { name: string; href: string; counts: { text: string; mark: FigureMark }[]; total: { text: string; mark: FigureMark }; decisions: { number: string; href: string }[] }[];
  totals: { text: string; mark: FigureMark }[];
  total: { text: string; mark: FigureMark };
  /** The CSV that names every decision, where a long list stops. */
  csv: string;
}

function awardKindTable(f: PeriodFigures, span: YearSpan, portal: Portal, caption: string, csv: string, { lang, urls, formatNumber }: PageContext): AwardKindTable {
  const cell = (value: number, filter: FigureFilter) => ({ text: formatNumber(value), mark: figureMark(figure(value, 'rows', { ...spanFilter(span), ...filter })) });
  return {
    caption,
    kinds: RECIPIENT_KINDS.map((k) => RECIPIENT_KIND_LABELS[k][lang]),
    rows: f.byAward.map((a) => {
      const award = portal.awards.get(a.award)!;
      return {
        name: catalogueName(award, lang),
        href: urls.award(a.award),
        counts: RECIPIENT_KINDS.map((k) => cell(a.byKind[k], { award: a.award, kind: k })),
        total: cell(a.total, { award: a.award }),
        decisions: a.decisions.map((id) => ({ number: portal.decisionById.get(id)!.data.number, href: urls.decision(id) })),
      };
    }),
    totals: RECIPIENT_KINDS.map((k) => cell(f.byKind[k], { kind: k })),
    total: cell(f.total, {}),
    csv,
  };
}

export interface StatisticsPeriodPage {
  title: string;
  description: string;
  /** The same page in the other language. */
  alternate: string;
  totalLabel: string;
  total: string;
  totalMark: FigureMark;
  /** The share of farmers, direct workers and small collectives, in words. */
  grassroots: FigureSegment[];
  /** Said only when revoked decisions were left out. */
  revoked: FigureSegment[] | undefined;
  awardKinds: AwardKindTable;
  /** The period's CSV, which names every decision behind each figure. */
  csv: string;
  csvLabel: string;
  blocks: StatBlockData[];
  pick: { href: string; label: string };
}

/**
 * `yearTotals`: each year's total, for a period of several years (a chart by year); none for a single year.
 * Every figure comes from `figures`: the page walks no decision.
 */
export function statisticsPeriodPage(
  portal: Portal,
  span: YearSpan,
  figures: PeriodFigures,
  yearTotals: readonly { year: number; total: number }[],
  ctx: PageContext,
): StatisticsPeriodPage {
  const { t, urls, otherUrls, formatNumber, formatPercent } = ctx;
  const f = figures;
  const s = statSeries(f, span, portal, ctx);
  const period = ctx.periodName(span);
  const title = t('stats.periodTitle', { period });
  const byYear = isSingleYear(span)
    ? []
    : yearTotals.map(({ year, total }) => ({ label: String(year), value: total, href: urls.statistics(year), mark: figureMark(figure(total, 'rows', { year })) }));
  const csv = urls.data(DATA_FILES.statistics(span));
  const share = f.withOccupation ? formatPercent(f.grassroots / f.withOccupation) : '–';
  const blocks: StatBlockData[] = [
    ...(byYear.length ? [{ id: 'by-year', title: t('stats.byYear'), data: byYear, columns: true }] : []),
    { id: 'by-award', title: t('stats.byAward'), data: s.byAward },
    { id: 'by-level', title: t('stats.byLevel'), data: s.byLevel },
    { id: 'by-kind', title: t('stats.byKind'), data: s.byKind },
    { id: 'by-occupation', title: t('stats.byOccupation'), data: s.byOccupation },
    { id: 'by-place', title: t('stats.byPlace'), data: s.byPlace },
  ];
  return {
    title,
    description: `${title}: ${formatNumber(f.total)}`,
    alternate: otherUrls.statistics(span),
    totalLabel: t('stats.total'),
    total: formatNumber(f.total),
    totalMark: figureMark(figure(f.total, 'rows', spanFilter(span))),
    grassroots: figureText(
      ctx,
      'stats.grassrootsShare',
      { n: figure(f.grassroots, 'rows', { ...spanFilter(span), occupation: GRASSROOTS_GROUPS.join(',') }), total: figure(f.withOccupation, 'rows', { ...spanFilter(span), occupation: OCCUPATION_GROUPS.join(',') }) },
      { share },
    ),
    revoked: f.revoked > 0 ? figureText(ctx, 'stats.revoked', { n: figure(f.revoked, 'revoked', spanFilter(span)) }) : undefined,
    awardKinds: awardKindTable(f, span, portal, t('stats.byAwardKind', { period }), csv, ctx),
    csv,
    csvLabel: t('stats.csv'),
    blocks,
    pick: { href: `${urls.statistics()}#chon-giai-doan`, label: t('period.pick') },
  };
}
