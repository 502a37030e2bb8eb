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

/** Decisions listed by name beside a figure; the CSV beside the table lists them all. */
export const LISTED_DECISIONS = 12;

export interface StatSeries {
  byAward: (Datum & { href: string })[];
  byLevel: Datum[];
  byKind: (Datum & { href: string })[];
  byPlace: (Datum & { href?: string })[];
  byOccupation: Datum[];
}

function statSeries(f: PeriodFigures, portal: Portal, { lang, t, urls }: PageContext): StatSeries {
  const notRecorded = t('stats.unknown');
  const awardName = (id: string) => catalogueName(portal.awards.get(id)!, lang);
  return {
    byAward: f.byAward.map((a) => ({ label: awardName(a.award), value: a.total, href: urls.award(a.award) })),
    byLevel: AWARD_LEVELS.map((l) => ({ label: AWARD_LEVEL_LABELS[l][lang], value: f.byLevel[l] })).filter((d) => d.value > 0),
    byKind: RECIPIENT_KINDS.map((k) => ({ label: RECIPIENT_KIND_LABELS[k][lang], value: f.byKind[k], href: urls.kind(k) })).filter((d) => d.value > 0),
    byPlace: [...f.byPlace]
      .map(([id, value]) => (id ? { label: portal.places.get(id)?.name ?? id, value, href: urls.place(id) } : { label: notRecorded, value }))
      .sort((a, b) => b.value - a.value || compareVietnamese(a.label, b.label)),
    byOccupation: [...f.byOccupation]
      .map(([group, value]) => ({ label: group ? OCCUPATION_GROUP_LABELS[group as OccupationGroup][lang] : notRecorded, value }))
      .sort((a, b) => b.value - a.value),
  };
}

/** One chart with its table (src/components/StatBlock.astro). */
export interface StatBlockData {
  id: string;
  title: string;
  data: (Datum & { href?: string })[];
  /** Years along the bottom rather than bars. */
  columns?: boolean;
}

/** Recipients by award form (rows) and kind (columns), each row with the decisions it is counted from. */
export interface AwardKindTable {
  caption: string;
  /** Column headings: the kinds of recipient. */
  kinds: string[];
  rows: { name: string; href: string; counts: string[]; total: string; decisions: { number: string; href: string }[] }[];
  totals: string[];
  total: string;
  /** The CSV that names every decision, where a long list stops. */
  csv: string;
}

function awardKindTable(f: PeriodFigures, portal: Portal, caption: string, csv: string, { lang, urls, formatNumber }: PageContext): AwardKindTable {
  return {
    caption,
    kinds: RECIPIENT_KINDS.map((k) => RECIPIENT_KIND_LABELS[k][lang]),
    rows: f.byAward.map((a) => {
      const award = portal.awards.get(a.award)!;
      return {
        name: catalogueName(award, lang),
        href: urls.award(a.award),
        counts: RECIPIENT_KINDS.map((k) => formatNumber(a.byKind[k])),
        total: formatNumber(a.total),
        decisions: a.decisions.map((id) => ({ number: portal.decisionById.get(id)!.data.number, href: urls.decision(id) })),
      };
    }),
    totals: RECIPIENT_KINDS.map((k) => formatNumber(f.byKind[k])),
    total: formatNumber(f.total),
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
  /** The share of farmers, direct workers and small collectives, in words. */
  grassroots: string;
  /** Said only when revoked decisions were left out. */
  revoked: string | undefined;
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
  const s = statSeries(f, portal, ctx);
  const period = ctx.periodName(span);
  const title = t('stats.periodTitle', { period });
  const byYear = isSingleYear(span) ? [] : yearTotals.map(({ year, total }) => ({ label: String(year), value: total, href: urls.statistics(year) }));
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
    grassroots: t('stats.grassrootsShare', { share, n: formatNumber(f.grassroots), total: formatNumber(f.withOccupation) }),
    revoked: f.revoked > 0 ? t('stats.revoked', { n: f.revoked }) : undefined,
    awardKinds: awardKindTable(f, portal, t('stats.byAwardKind', { period }), csv, ctx),
    csv,
    csvLabel: t('stats.csv'),
    blocks,
    pick: { href: `${urls.statistics()}#chon-giai-doan`, label: t('period.pick') },
  };
}
