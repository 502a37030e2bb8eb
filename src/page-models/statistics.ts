/** Period figures turned into labelled series for the statistics pages (labels in the page's language). */
import type { Portal } from '../model/portal.ts';
import type { PeriodFigures } from '../model/stats.ts';
import type { Datum } from './charts.ts';
import type { Lang, Urls } from '../routes/urls.ts';
import { AWARD_LEVELS, AWARD_LEVEL_LABELS, OCCUPATION_GROUP_LABELS, RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type OccupationGroup } from '../schemas/vocab.ts';
import { compareVietnamese } from '../text/vietnamese.ts';

/** Decisions listed by name beside a figure; the CSV beside the table lists them all. */
export const LISTED_DECISIONS = 12;

export interface StatSeries {
  byAward: (Datum & { href: string })[];
  byLevel: Datum[];
  byKind: (Datum & { href: string })[];
  byPlace: (Datum & { href?: string })[];
  byOccupation: Datum[];
}

export function statSeries(f: PeriodFigures, portal: Portal, urls: Urls, lang: Lang, notRecorded: string): StatSeries {
  const awardName = (id: string) => {
    const a = portal.awards.get(id)!;
    return lang === 'vi' ? a.name : a.nameEn;
  };
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
