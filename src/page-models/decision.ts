/** Everything a decision's page prints, computed once (src/pages/quyet-dinh/[...id].astro renders it). */
import { catalogueName } from '../i18n/catalogue.ts';
import { signerTitle } from '../i18n/signer.ts';
import { relatedStories, type BrowseIndex } from '../model/browse.ts';
import { decisionTitle, decisionTitleParts } from '../model/decision-title.ts';
import { correctedRows, type AwardRow, type Portal, type PublishedDecision, type RowCorrection } from '../model/portal.ts';
import { UNKNOWN } from '../schemas/decision.ts';
import { decisionJsonLd } from '../publish/jsonld.ts';
import { decisionDataLinks, type DataLink } from './page-data.ts';
import { decisionFacets, type PageFacets } from '../search/facets.ts';
import { foldedExtras } from '../search/fold.ts';
import { honoreeAnchorId } from '../search/rows.ts';
import { CORRECTABLE_FIELD_LABELS, OCCUPATION_GROUP_LABELS, RECIPIENT_KIND_LABELS, RECIPIENT_KINDS, SOURCE_KIND_LABELS, type OccupationGroup, type RecipientKind } from '../schemas/vocab.ts';
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
  /** "vi" for the decision's own wording on an English page (reason, movement, occasion), so it is read out in Vietnamese. */
  lang?: 'vi';
}

/** A sub-group of an award line: as printed ("I. Cá nhân"), or, when the file gives none, the whole line. */
export interface RecipientGroup {
  /** "I. Cá nhân (3)" as printed, or the line's kinds when the list prints no groups: "tập thể (6), cá nhân (3)". */
  caption: string;
  rows: {
    /** The row's decision-wide number and its anchor `#r<row>`: permanent, whatever the list prints. */
    row: number;
    /** STT as printed, or the running number when the file gives none. */
    stt: string;
    /** "Ông", "Bà", "Trung tá": shown before the name, never part of it. */
    honorific: string;
    name: string;
    /** The honoree's page, when they have one, and the anchor the name finder jumps to. */
    honoree: { href: string; id: string } | undefined;
    /** Folded spellings of the name and unit for the search index; empty when folding changes nothing. */
    folded: string;
    role: string;
    unit: string;
    /** The combined "Chức vụ, đơn vị" cell as typed, printed across the role and unit columns. */
    roleAndUnit: string;
    place: string;
    /** The row's own achievement wording, when the list gives one per row. */
    achievement: string;
    /** What later decisions set right in this row: "đã đính chính: họ tên trước ghi là …, theo" and the decision. */
    corrections: { text: string; decision: Link }[];
  }[];
}

/** One award line, in the decision's order: "A. Huân chương Lao động hạng Nhất" and who received it. */
export interface AwardLineView {
  /** The heading as printed, else the award's name, with the line's count. */
  heading: string;
  award: Link;
  /** The line's own reason, when it has one apart from the decision's. */
  reason: string | undefined;
  /**
   * What a reader who opens one row's address (`#r<row>`) is shown beside the row, without scrolling up:
   * the decision, its date, the award of this line and the reason (src/scripts/row-context.ts).
   */
  forWhat: { decision: string; award: string; reason: string };
  groups: RecipientGroup[];
}

export interface DecisionPage<Story> {
  /** The record in one English sentence, the English page's lede. */
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
  /** The page in the other language: the language switch and `hreflang`. */
  alternate: string;
  /** On the English page, the Vietnamese page that has the decision's own text ("in Vietnamese"); none on the Vietnamese page. */
  fullText: Link | undefined;
  facts: Fact[];
  /** Award lines in the decision's order, each with its groups and rows in file order. */
  lines: AwardLineView[];
  recipientsHeading: string;
  /** The list as open data: CSV, JSON and a spreadsheet of exactly these rows. */
  downloads: DataLink[];
  storiesHeading: string;
  /** Stories about the decision and about anyone it honours who has a stable id. */
  stories: Portal<Story>['stories'];
}

export function decisionPage<Story>(portal: Portal<Story>, browse: BrowseIndex, id: string, pageUrl: string, ctx: PageContext): DecisionPage<Story> {
  const decision = portal.decisionById.get(id);
  if (!decision) throw new Error(`No decision ${id}`);
  const d = decision.data;
  const awardNames = decision.awards.map((a) => a.name);
  const reasons = [...new Set(decision.lines.map((l) => l.reason))];
  return {
    decision,
    title: ctx.t('decision.pageTitle', { number: d.number, award: decision.awards.map((a) => catalogueName(a, ctx.lang)).join('; ') }),
    description: `${catalogueName(decision.authority, ctx.lang)}: ${reasons.join(' ')}`,
    heading: decisionTitle(decision, ctx.lang),
    summaryEn: figureTextIn('en', 'summary.decision', { n: figure(decision.rows.length, 'entries', { decision: decision.id }) }, { title: decisionTitle(decision, 'en', { dated: true }), authority: decision.authority.nameEn }),
    breadcrumbs: breadcrumbs(ctx, [{ name: ctx.t('nav.decisions'), href: ctx.urls.decisions() }], decisionTitleParts(decision, ctx.lang).name),
    jsonLd: decisionJsonLd(decision, pageUrl, ctx.office.name),
    facets: decisionFacets(decision, portal),
    searchExtras: foldedExtras(d.number, ...awardNames, decision.authority.name, ...reasons, d.period.occasion),
    notices: statusNotices(decision, portal, ctx),
    notice: d.illustrative ? ctx.t('decision.illustrative') : undefined,
    alternate: ctx.otherUrls.decision(id),
    fullText: ctx.lang === 'vi' ? undefined : { name: ctx.t('decision.fullText'), href: ctx.otherUrls.decision(id) },
    facts: decisionFacts(decision, ctx),
    lines: awardLines(decision, portal, ctx),
    recipientsHeading: ctx.t('decision.recipients', { n: decision.rows.length }),
    downloads: decisionDataLinks(ctx, decision.id),
    storiesHeading: ctx.t('story.related'),
    stories: relatedStories(portal, browse, { decisions: [decision.id], honorees: decision.rows.flatMap((r) => (r.recipient.id ? [r.recipient.id] : [])) }),
  };
}

/**
 * Revoked and corrected first: they change what the page says. Each correcting decision gets its own
 * notice, naming the rows it corrects when it lists them (`corrections:`); one that lists none says only
 * that the decision was corrected, and marks no row.
 */
function statusNotices(decision: PublishedDecision, portal: Portal, ctx: PageContext): StatusNotice[] {
  const { t, urls } = ctx;
  const d = decision.data;
  const link = (id: string): Link => ({ name: portal.decisionById.get(id)?.data.number ?? id, href: urls.decision(id) });
  const others = [
    { key: 'decision.revokes', ids: d.revokes ?? [] },
    { key: 'decision.corrects', ids: d.corrects ?? [] },
  ] as const;
  return [
    ...(d.revokedBy ? [{ text: t('decision.revokedBy'), decisions: [link(d.revokedBy)], warning: true }] : []),
    ...(d.correctedBy ?? []).map((id) => ({ text: correctedByText(decision, id, ctx), decisions: [link(id)], warning: true })),
    ...others.filter((n) => n.ids.length).map((n) => ({ text: t(n.key), decisions: n.ids.map(link), warning: false })),
  ];
}

/** "Quyết định này đã được đính chính ở dòng 4 (…) bởi" or, for a correction that lists no rows, "… đã được đính chính bởi". */
export function correctedByText(decision: PublishedDecision, byId: string, { t }: PageContext): string {
  const rows = correctedRows(decision)
    .filter((r) => r.corrections.some((c) => c.by.id === byId))
    .map((r) => r.row);
  return rows.length ? t('decision.correctedRowsBy', { rows: rows.join(', '), n: rows.length }) : t('decision.correctedBy');
}

/** "KT. Chủ tịch – Phó Chủ tịch Hoàng Văn Minh"; English puts the name first: "Hoàng Văn Minh, Vice-Chairman, for the Chairman". */
function signerText(signer: { name: string; title: string }, lang: PageContext['lang']): string {
  return lang === 'vi' ? `${signer.title} ${signer.name}` : `${signer.name}, ${signerTitle(signer.title, lang)}`;
}

function decisionFacts(decision: PublishedDecision, { lang, t, urls, formatDate }: PageContext): Fact[] {
  const d = decision.data;
  const wording = lang === 'vi' ? {} : { lang: 'vi' as const };
  const facts: Fact[] = [
    { label: t('decision.number'), value: d.number },
    // "2014-09" and "2014" are valid HTML month and year strings: the <time> says no more than the source.
    { label: t('decision.date'), value: formatDate(d.date), datetime: d.date },
    { label: t('decision.authority'), value: catalogueName(decision.authority, lang) },
    { label: t('decision.signer'), value: d.signer === UNKNOWN ? t('decision.signerUnknown') : signerText(d.signer, lang) },
    { label: t('decision.award'), value: decision.awards.map((a) => catalogueName(a, lang)).join('; ') },
    // A decision whose lines each give their reason has none of its own: the lines show theirs.
    ...(d.reason ? [{ label: t('decision.reason'), value: d.reason, ...wording }] : []),
    { label: t('decision.period'), value: String(d.period.year) },
  ];
  if (decision.movement) facts.push({ label: t('decision.movement'), value: decision.movement.data.title, ...wording });
  if (d.period.occasion) facts.push({ label: t('decision.occasion'), value: d.period.occasion, ...wording });
  if (d.attachment) {
    const { href, label } = d.attachment;
    const local = localAttachmentPath(decision.id, href);
    facts.push({ label: t('decision.attachment'), value: label ?? href, href: local === undefined ? href : urls.attachment(local) });
  }
  if (d.source) {
    const { kind, title, url, date, checked } = d.source;
    const source = `${SOURCE_KIND_LABELS[kind][lang]}: ${title}`;
    facts.push({ label: t('decision.source'), value: date ? t('decision.sourceDated', { source, date: formatDate(date) }) : source, ...(url ? { href: url } : {}) });
    facts.push({ label: t('decision.checked'), value: t(checked ? 'decision.checkedYes' : 'decision.checkedNo') });
  }
  return facts;
}

/**
 * The list as it was signed: lines in the decision's order, then the printed groups, then rows in file
 * order with their printed STT. Name order belongs to browse lists and indexes, not to the legal document.
 */
function awardLines(decision: PublishedDecision, portal: Portal, ctx: PageContext): AwardLineView[] {
  const { lang, urls } = ctx;
  // The decision's reason is among its facts; a line shows only a reason of its own.
  const ownReason = (reason: string) => (reason !== decision.data.reason ? reason : undefined);
  return decision.lines.map((line) => ({
    // The printed heading ("A. Huân chương …") is the document's wording; English gives the catalogue's name.
    heading: ctx.t('decision.lineRows', { award: (lang === 'vi' ? line.heading : undefined) ?? catalogueName(line.award, lang), n: line.rows.length }),
    award: { name: catalogueName(line.award, lang), href: urls.award(line.award.id) },
    reason: ownReason(line.reason),
    forWhat: {
      decision: ctx.t('decision.rowDecision', { title: decisionTitle(decision, lang, { dated: true }) }),
      award: ctx.t('decision.rowAward', { award: catalogueName(line.award, lang) }),
      reason: ctx.t('decision.rowReason', { reason: line.reason }),
    },
    groups: printedGroups(line.rows, lang).map((group) => ({
      caption: group.caption,
      rows: group.rows.map(({ row, recipient: r, corrections }) => {
        const honoree = portal.honoreeOf(decision.id, row);
        return {
          row,
          stt: r.stt ?? String(row),
          honorific: r.honorific ?? '',
          name: r.name,
          honoree: honoree && { href: urls.honoree(honoree.slug), id: honoreeAnchorId(honoree.slug) },
          folded: foldedExtras(r.name, r.unit, r.roleAndUnit),
          role: r.role ?? '',
          unit: r.unit ?? '',
          roleAndUnit: r.roleAndUnit ?? '',
          place: r.place ? (portal.places.get(r.place)?.name ?? '') : '',
          achievement: r.achievement ?? '',
          corrections: corrections.map((c) => rowCorrection(c, portal, ctx)),
        };
      }),
    })),
  }));
}

/** "đã đính chính: họ tên trước ghi là “Nông Thiên Lan”, theo" and a link to the correcting decision. */
function rowCorrection(c: RowCorrection, portal: Portal, { lang, t, urls }: PageContext): { text: string; decision: Link } {
  const field = CORRECTABLE_FIELD_LABELS[c.field][lang];
  const from = correctedValue(c.field, c.from, portal, lang);
  return {
    text: from === undefined ? t('decision.rowCorrectedEmpty', { field }) : t('decision.rowCorrected', { field, from }),
    decision: { name: t('decision.correctionLink', { number: c.by.data.number }), href: urls.decision(c.by.id) },
  };
}

/** A corrected field's value as a reader reads it: codes and place ids as words, an empty field as undefined. */
export function correctedValue(field: RowCorrection['field'], value: string | undefined, portal: Pick<Portal, 'places'>, lang: PageContext['lang']): string | undefined {
  if (value === undefined) return undefined;
  if (field === 'kind') return RECIPIENT_KIND_LABELS[value as RecipientKind]?.[lang] ?? value;
  if (field === 'occupation') return OCCUPATION_GROUP_LABELS[value as OccupationGroup]?.[lang] ?? value;
  if (field === 'place') return portal.places.get(value)?.name ?? value;
  return value;
}

/** Runs of rows under the same printed group, in file order; rows without one form the line's own group. */
function printedGroups(rows: readonly AwardRow[], lang: PageContext['lang']): { caption: string; rows: AwardRow[] }[] {
  const runs: { group: string | undefined; rows: AwardRow[] }[] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && last.group === row.recipient.group) last.rows.push(row);
    else runs.push({ group: row.recipient.group, rows: [row] });
  }
  return runs.map((run) => ({
    // A printed group ("I. Cá nhân") is the document's wording: English names the kinds instead.
    caption: run.group && lang === 'vi' ? `${run.group} (${run.rows.length})` : kindsCaption(run.rows, lang),
    rows: run.rows,
  }));
}

/** "tập thể (6), cá nhân (3)": the kinds of a run of rows, in the vocabulary's order. */
function kindsCaption(rows: readonly AwardRow[], lang: PageContext['lang']): string {
  return RECIPIENT_KINDS.map((kind) => [kind, rows.filter((r) => r.recipient.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${RECIPIENT_KIND_LABELS[kind][lang]} (${n})`)
    .join(', ');
}
