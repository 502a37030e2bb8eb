/** Everything an honoree's page prints (src/pages/nguoi-duoc-khen/[slug].astro renders it). */
import { relatedStories, type BrowseIndex } from '../model/browse.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import { honoreeJsonLd } from '../publish/jsonld.ts';
import { RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';
import { breadcrumbs, type Crumb } from './breadcrumbs.ts';
import { authorityShortName, catalogueName } from '../i18n/catalogue.ts';

export interface HonoreeAward {
  /** The award's name, linked to the honoree's row in the decision. */
  award: string;
  href: string;
  /** "quyết định số … của …, ngày …". */
  decision: string;
  /** " (role, unit)" as the decision printed it, or nothing. */
  role: string;
  /** The reason of the award's line, with its label: the decision's own words, Vietnamese on either page. */
  reason: { label: string; text: string };
  /** The row's own achievement wording, when the list gives one per row. */
  achievement: { label: string; text: string } | undefined;
  /** What the award's "cite this" box cites: the decision and the honoree's row in it. */
  cite: { decision: PublishedDecision; row: number };
}

export interface HonoreePage<Story> {
  /** Trang chủ › section › … › this page. */
  breadcrumbs: Crumb[];
  title: string;
  description: string;
  jsonLd: Record<string, unknown>;
  heading: string;
  kind: string;
  places: { name: string; href: string }[];
  awardsHeading: string;
  /** Oldest first. */
  awards: HonoreeAward[];
  /** The page in the other language: the language switch and `hreflang`. */
  alternate: string;
  storiesHeading: string;
  stories: Portal<Story>['stories'];
}

export function honoreePage<Story>(portal: Portal<Story>, browse: BrowseIndex, slug: string, pageUrl: string, ctx: PageContext): HonoreePage<Story> {
  const honoree = portal.honoreeBySlug.get(slug);
  if (!honoree) throw new Error(`No honoree ${slug}`);
  const placeName = (id: string) => portal.places.get(id)?.name ?? '';
  const lastPlace = honoree.places.at(-1);
  return {
    title: honoree.name,
    description: `${honoree.name}: ${honoree.awards.map((a) => catalogueName(a.award, ctx.lang)).join('; ')}`,
    jsonLd: honoreeJsonLd(honoree, pageUrl, lastPlace && placeName(lastPlace)),
    heading: honoree.name,
    // Honorees have no list of their own; they are found by searching.
    breadcrumbs: breadcrumbs(ctx, [{ name: ctx.t('nav.search'), href: ctx.urls.search() }], honoree.name),
    kind: RECIPIENT_KIND_LABELS[honoree.kind][ctx.lang],
    places: honoree.places.map((id) => ({ name: placeName(id), href: ctx.urls.place(id) })),
    awardsHeading: ctx.t('honoree.awards', { n: honoree.awards.length }),
    awards: honoree.awards.map(({ decision, award, row, line, recipient: r }) => ({
      award: catalogueName(award, ctx.lang),
      href: ctx.urls.recipient(decision.id, row),
      decision: ctx.t('honoree.decision', { number: decision.data.number, authority: authorityShortName(decision.authority, ctx.lang), date: ctx.formatDate(decision.data.date) }),
      role: r.role ? ` (${r.role}${r.unit ? `, ${r.unit}` : ''})` : r.roleAndUnit ? ` (${r.roleAndUnit})` : '',
      reason: { label: ctx.t('decision.reason'), text: line.reason },
      achievement: r.achievement ? { label: ctx.t('honoree.own'), text: r.achievement } : undefined,
      cite: { decision, row },
    })),
    alternate: ctx.otherUrls.honoree(slug),
    storiesHeading: ctx.t('nav.stories'),
    stories: relatedStories(portal, browse, { honorees: honoree.stableId ? [honoree.stableId] : [] }),
  };
}
