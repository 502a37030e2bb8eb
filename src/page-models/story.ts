/** Everything a story's page prints around its text (src/pages/guong-dien-hinh/[...id].astro). */
import type { Portal } from '../model/portal.ts';
import { storyFacets, type PageFacets } from '../search/facets.ts';
import { foldedExtras } from '../search/fold.ts';
import type { PageContext } from '../site/page-context.ts';
import { breadcrumbs, type Crumb } from './breadcrumbs.ts';

/** The fields of a story the page reads; the image and text are rendered by Astro. */
export interface StoryFields {
  title: string;
  summary: string;
  date: string;
  author?: string | undefined;
  illustrative?: boolean | undefined;
  honorees: readonly string[];
  decisions: readonly string[];
}

export interface StoryPage {
  /** Trang chủ › section › … › this page. */
  breadcrumbs: Crumb[];
  title: string;
  description: string;
  date: string;
  dateText: string;
  /** " · author", or nothing. */
  byline: string;
  facets: PageFacets;
  searchExtras: string;
  notice: string | undefined;
  honoreesHeading: string;
  honorees: { name: string; href: string }[];
  decisionsHeading: string;
  /** Number linked, then " – award, date". */
  decisions: { href: string; number: string; rest: string }[];
}

export function storyPage(portal: Portal, story: StoryFields, ctx: PageContext): StoryPage {
  const { t, urls, formatDate } = ctx;
  const honorees = story.honorees.flatMap((id) => portal.honoreeByStableId.get(id) ?? []);
  return {
    title: story.title,
    breadcrumbs: breadcrumbs(ctx, [{ name: t('nav.stories'), href: urls.stories() }], story.title),
    description: story.summary,
    date: story.date,
    dateText: formatDate(story.date),
    byline: story.author ? ` · ${story.author}` : '',
    facets: storyFacets(story.date),
    searchExtras: foldedExtras(story.title, story.summary, ...honorees.map((h) => h.name)),
    notice: story.illustrative ? t('story.illustrative') : undefined,
    honoreesHeading: t('story.about'),
    honorees: honorees.map((h) => ({ name: h.name, href: urls.honoree(h.slug) })),
    decisionsHeading: t('story.decisions'),
    decisions: story.decisions.map((id) => {
      const d = portal.decisionById.get(id);
      if (!d) throw new Error(`Story "${story.title}" names decision ${id}, which does not exist`);
      return { href: urls.decision(id), number: d.data.number, rest: ` – ${d.awards.map((a) => a.name).join('; ')}, ${formatDate(d.data.date)}` };
    }),
  };
}
