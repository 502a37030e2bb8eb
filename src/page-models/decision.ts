/** Everything a decision's page prints, computed once (src/pages/quyet-dinh/[...id].astro renders it). */
import { catalogueName } from '../i18n/catalogue.ts';
import { relatedStories, type BrowseIndex } from '../model/browse.ts';
import { decisionTitle, decisionTitleParts } from '../model/decision-title.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import { groupRecipients } from '../model/recipients.ts';
import { decisionJsonLd } from '../publish/jsonld.ts';
import { decisionFacets, type PageFacets } from '../search/facets.ts';
import { foldedExtras } from '../search/fold.ts';
import { honoreeAnchorId } from '../search/rows.ts';
import { RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import { localAttachmentPath } from '../validate/attachments.ts';
import type { PageContext } from '../site/page-context.ts';
import type { Link } from './indexes.ts';
import { breadcrumbs, type Crumb } from './breadcrumbs.ts';
import { figure } from '../model/counting.ts';
import { figureTextIn, type FigureSegment } from './figures.ts';

/** A notice that the decision was changed by, or changes, others: "… bởi 1735/QĐ-UBND, …". */
export interface StatusNotice {
  text: string;
  decisions: Link[];
  /** The decision itself is no longer as published: said louder, and announced. */
  warning: boolean;
}

/** One line of the decision's facts; the date carries its ISO form, the scan its address. */
export interface Fact {
  label: string;
  value: string;
  datetime?: string;
  href?: string;
}

export interface RecipientGroup {
  /** "cá nhân (12)". */
  caption: string;
  rows: {
    /** STT: the row's number in the decision as signed, and its anchor `#r<STT>`. */
    row: number;
    name: string;
    /** The honoree's page, when they have one, and the anchor the name finder jumps to. */
    honoree: { href: string; id: string } | undefined;
    /** Folded spellings of the name and unit for the search index; empty when folding changes nothing. */
    folded: string;
    role: string;
    unit: string;
    place: string;
  }[];
}

export interface DecisionPage<Story> {
  /** The record in one English sentence, for English readers on this Vietnamese-only page (ADR 0007). */
  summaryEn: FigureSegment[];
  /** Trang chủ › section › … › this page. */
  breadcrumbs: Crumb[];
  decision: PublishedDecision;
  /** The browser tab's title: shorter than the heading. */
  title: string;
  description: string;
  heading: string;
  jsonLd: Record<string, unknown>;
  facets: PageFacets;
  /** Folded words for the search index (src/search/fold.ts). */
  searchExtras: string;
  notices: StatusNotice[];
  /** Said on sample decisions only. */
  notice: string | undefined;
  facts: Fact[];
  recipientGroups: RecipientGroup[];
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
    summaryEn: figureTextIn('en', 'summary.decision', { n: figure(d.recipients.length, 'entries', { decision: decision.id }) }, { title: decisionTitle(decision, 'en', { dated: true }), authority: decision.authority.nameEn }),
    breadcrumbs: breadcrumbs(ctx, [{ name: ctx.t('nav.decisions'), href: ctx.urls.decisions() }], decisionTitleParts(decision, ctx.lang).name),
    jsonLd: decisionJsonLd(decision, pageUrl, ctx.office.name),
    facets: decisionFacets(decision, portal),
    searchExtras: foldedExtras(d.number, decision.award.name, decision.authority.name, d.reason, d.period.occasion),
    notices: statusNotices(decision, portal, ctx),
    notice: d.illustrative ? ctx.t('decision.illustrative') : undefined,
    facts: decisionFacts(decision, ctx),
    recipientGroups: recipientGroups(decision, portal, ctx),
    recipientsHeading: ctx.t('decision.recipients', { n: d.recipients.length }),
    storiesHeading: ctx.t('story.related'),
    stories: relatedStories(portal, browse, { decisions: [decision.id], honorees: d.recipients.flatMap((r) => (r.id ? [r.id] : [])) }),
  };
}

/** Revoked and corrected first: they change what the page says. */
function statusNotices(decision: PublishedDecision, portal: Portal, { t, urls }: PageContext): StatusNotice[] {
  const d = decision.data;
  const notices = [
    { key: 'decision.revokedBy', ids: d.revokedBy ? [d.revokedBy] : [], warning: true },
    { key: 'decision.correctedBy', ids: d.correctedBy ?? [], warning: true },
    { key: 'decision.revokes', ids: d.revokes ?? [], warning: false },
    { key: 'decision.corrects', ids: d.corrects ?? [], warning: false },
  ] as const;
  return notices
    .filter((n) => n.ids.length)
    .map((n) => ({
      text: t(n.key),
      decisions: n.ids.map((id) => ({ name: portal.decisionById.get(id)?.data.number ?? id, href: urls.decision(id) })),
      warning: n.warning,
    }));
}

function decisionFacts(decision: PublishedDecision, { lang, t, urls, formatDate }: PageContext): Fact[] {
  const d = decision.data;
  const facts: Fact[] = [
    { label: t('decision.number'), value: d.number },
    { label: t('decision.date'), value: formatDate(d.date), datetime: d.date },
    { label: t('decision.authority'), value: catalogueName(decision.authority, lang) },
    { label: t('decision.signer'), value: `${d.signer.title} ${d.signer.name}` },
    { label: t('decision.award'), value: catalogueName(decision.award, lang) },
    { label: t('decision.reason'), value: d.reason },
    { label: t('decision.period'), value: String(d.period.year) },
  ];
  if (decision.movement) facts.push({ label: t('decision.movement'), value: decision.movement.data.title });
  if (d.period.occasion) facts.push({ label: t('decision.occasion'), value: d.period.occasion });
  if (d.attachment) {
    const { href, label } = d.attachment;
    const local = localAttachmentPath(decision.id, href);
    facts.push({ label: t('decision.attachment'), value: label ?? href, href: local === undefined ? href : urls.attachment(local) });
  }
  return facts;
}

/** By kind, each kind in Vietnamese name order (src/model/recipients.ts). */
function recipientGroups(decision: PublishedDecision, portal: Portal, { lang, urls }: PageContext): RecipientGroup[] {
  return groupRecipients(decision.data.recipients).map((group) => ({
    caption: `${RECIPIENT_KIND_LABELS[group.kind][lang]} (${group.rows.length})`,
    rows: group.rows.map(({ row, recipient: r }) => {
      const honoree = portal.honoreeOf(decision.id, row);
      return {
        row,
        name: r.name,
        honoree: honoree && { href: urls.honoree(honoree.slug), id: honoreeAnchorId(honoree.slug) },
        folded: foldedExtras(r.name, r.unit),
        role: r.role ?? '',
        unit: r.unit ?? '',
        place: r.place ? (portal.places.get(r.place)?.name ?? '') : '',
      };
    }),
  }));
}
