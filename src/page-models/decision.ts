/** Everything a decision's page prints, computed once (src/pages/quyet-dinh/[...id].astro renders it). */
import { relatedStories, type BrowseIndex } from '../model/browse.ts';
import { decisionTitle } from '../model/decision-title.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import { decisionJsonLd } from '../publish/jsonld.ts';
import { decisionFacets, type PageFacets } from '../search/facets.ts';
import { foldedExtras } from '../search/fold.ts';
import type { PageContext } from '../site/page-context.ts';

export interface DecisionPage<Story> {
  decision: PublishedDecision;
  /** The browser tab's title: shorter than the heading. */
  title: string;
  description: string;
  heading: string;
  jsonLd: Record<string, unknown>;
  facets: PageFacets;
  /** Folded words for the search index (src/search/fold.ts). */
  searchExtras: string;
  /** Said on sample decisions only. */
  notice: string | undefined;
  recipientsHeading: string;
  storiesHeading: string;
  /** Stories about the decision and about anyone it honours who has a stable id. */
  stories: Portal<Story>['stories'];
}

export function decisionPage<Story>(portal: Portal<Story>, browse: BrowseIndex, id: string, pageUrl: string, ctx: PageContext): DecisionPage<Story> {
  const decision = portal.decisionById.get(id);
  if (!decision) throw new Error(`No decision ${id}`);
  const d = decision.data;
  return {
    decision,
    title: ctx.t('decision.pageTitle', { number: d.number, award: decision.award.name }),
    description: `${decision.authority.name}: ${d.reason}`,
    heading: decisionTitle(decision, ctx.lang),
    jsonLd: decisionJsonLd(decision, pageUrl),
    facets: decisionFacets(decision, portal),
    searchExtras: foldedExtras(d.number, decision.award.name, decision.authority.name, d.reason, d.period.occasion),
    notice: d.illustrative ? ctx.t('decision.illustrative') : undefined,
    recipientsHeading: ctx.t('decision.recipients', { n: d.recipients.length }),
    storiesHeading: ctx.t('story.related'),
    stories: relatedStories(portal, browse, { decisions: [decision.id], honorees: d.recipients.flatMap((r) => (r.id ? [r.id] : [])) }),
  };
}
