/**
 * The browse pages that list everything of one kind, in both languages (src/views/*IndexView.astro):
 * award forms, places, years and movements, each as the rows the page prints.
 */
import { catalogueName } from '../i18n/catalogue.ts';
import type { BrowseIndex } from '../model/browse.ts';
import type { Portal } from '../model/portal.ts';
import { AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';
import { compareVietnamese } from '../text/vietnamese.ts';
import { countedAwards, countedRows, countingDecisions, figure } from '../model/counting.ts';
import { figureMark, figureText, type FigureMark, type FigureSegment } from './figures.ts';

export interface Link {
  name: string;
  href: string;
}

export interface AwardsIndexRow {
  name: string;
  /** Only award forms with decisions link to a page. */
  href: string | undefined;
  level: string;
  kinds: string;
  decisions: string;
  /** The decisions count marked as the award form's list. */
  mark: FigureMark;
}

/** Every award form in order of precedence, those never given too: the list is also a reference. */
export function awardsIndex(portal: Portal, browse: BrowseIndex, { lang, formatNumber, urls }: PageContext): AwardsIndexRow[] {
  return [...portal.awards.values()]
    .sort((a, b) => a.precedence - b.precedence)
    .map((a) => {
      const count = browse.byAward.get(a.id)?.length ?? 0;
      return {
        name: catalogueName(a, lang),
        href: count ? urls.award(a.id) : undefined,
        level: AWARD_LEVEL_LABELS[a.level][lang],
        kinds: a.recipientKinds.map((k) => RECIPIENT_KIND_LABELS[k][lang]).join(', '),
        decisions: formatNumber(count),
        mark: figureMark(figure(count, 'listed', { award: a.id })),
      };
    });
}

export interface PlacesIndexRoot extends Link {
  /** The units within it, each with the units within them and their count of awards (src/model/counting.ts). */
  groups: (Link & { places: (Link & { rows: string; mark: FigureMark })[] })[];
}

/** Provinces, then districts, then communes, each level in Vietnamese alphabetical order. */
export function placesIndex(portal: Portal, browse: BrowseIndex, { formatNumber, urls }: PageContext): PlacesIndexRoot[] {
  const name = (id: string) => portal.places.get(id)!.name;
  const sorted = (ids: readonly string[]) => [...ids].sort((a, b) => compareVietnamese(name(a), name(b)));
  const link = (id: string): Link => ({ name: name(id), href: urls.place(id) });
  const roots = [...portal.places].filter(([, p]) => !p.parent).map(([id]) => id);
  return sorted(roots).map((root) => ({
    ...link(root),
    groups: sorted(browse.children.get(root) ?? []).map((mid) => ({
      ...link(mid),
      places: sorted(browse.children.get(mid) ?? []).map((id) => {
        const rows = countedRows(browse.byPlace.get(id) ?? []).length;
        return { ...link(id), rows: formatNumber(rows), mark: figureMark(figure(rows, 'rows', { place: id })) };
      }),
    })),
  }));
}

/** Years with decisions (by signing year), newest first, each with its count of awards and of the decisions they come from. */
export function yearsIndex(browse: BrowseIndex, ctx: PageContext): (Link & { figures: FigureSegment[] })[] {
  return browse.years.map((year) => {
    const list = browse.byYear.get(year)!;
    return {
      name: String(year),
      href: ctx.urls.year(year),
      figures: figureText(ctx, 'home.figuresTotal', { n: figure(countedAwards(list), 'rows', { year }), d: figure(countingDecisions(list).length, 'decisions', { year }) }),
    };
  });
}

/** Movements in alphabetical order of their Vietnamese titles, in English by their English title when they have one. */
export function movementsIndex(portal: Portal, browse: BrowseIndex, ctx: PageContext): (Link & { decisions: FigureSegment[]; summary: string })[] {
  const { lang, urls } = ctx;
  return [...portal.movements.values()]
    .sort((a, b) => compareVietnamese(a.data.title, b.data.title))
    .map((m) => ({
      name: lang === 'en' && m.data.titleEn ? m.data.titleEn : m.data.title,
      href: urls.movement(m.id),
      decisions: figureText(ctx, 'browse.movementDecisions', { n: figure(browse.byMovement.get(m.id)?.length ?? 0, 'listed', { movement: m.id }) }),
      summary: m.data.summary,
    }));
}
