/**
 * A year's (or a period's) awards in one paragraph, the way a provincial report or a newspaper writes
 * them: "Trong năm 2017, toàn xã có 1 tập thể được tặng Cờ thi đua của Chính phủ; 9 tập thể lao động
 * xuất sắc; …", where "toàn xã" is the office's `area` (content/site.yaml). Computed from the same
 * figures as the statistics pages (src/model/stats.ts), as segments so that a page links every figure
 * to the decisions behind it, and as plain text to copy.
 */
import { formatNumber, t } from '../i18n/ui.ts';
import { fill, type Lang } from '../i18n/lang.ts';
import type { Award } from '../schemas/award.ts';
import type { RecipientKind } from '../schemas/vocab.ts';
import { RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import { formatDateShort } from '../text/dates.ts';
import type { Portal } from '../model/portal.ts';
import { officeIn } from '../model/office.ts';
import { isSingleYear, type YearSpan } from '../model/periods.ts';
import { figuresFor, type AwardFigure, type PeriodFigures } from '../model/stats.ts';
import { LISTED_DECISIONS } from '../page-models/statistics.ts';
import { figure as countOf, type Figure, type FigureFilter } from '../model/counting.ts';
import type { Urls } from '../routes/urls.ts';

/** A run of text; a figure carries the link to its decisions. */
export interface Segment {
  text: string;
  href?: string;
  /** The decisions a figure is counted from, in words ("Quyết định số 35/QĐ-UBND, 1398/QĐ-UBND"). */
  title?: string;
  /** What a figure counts, for the page to mark it (src/model/counting.ts); only for periods of whole years. */
  figure?: Figure;
}

export interface SummarySource {
  /** Anchor of the source note; figures from several decisions link here. */
  anchor: string;
  award: Award;
  decisions: { id: string; number: string; href: string }[];
}

export interface PressSummary {
  segments: Segment[];
  /** The paragraph as plain text, for copying into a report. */
  text: string;
  sources: SummarySource[];
}

/** Whole years (one, or a span of several), or any dates. */
export type SummaryPeriod = YearSpan | { from: string; to: string };

/** Order of kinds in reports: collectives, then individuals, then households. */
const REPORT_KINDS: readonly RecipientKind[] = ['collective', 'individual', 'household'];

/** Forms that are handed over ("được tặng"); other commendations are honorary titles ("được phong tặng danh hiệu"). */
const GIVEN = /^(Huân chương|Huy chương|Bằng khen|Giấy khen|Kỷ niệm chương|Cờ thi đua|Giải thưởng)/;

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** "a", "a và b", "a, b và c". */
function listed<T>(items: readonly T[], each: (item: T) => Segment[]): Segment[] {
  return items.flatMap((item, i) => [...(i === 0 ? [] : [{ text: i === items.length - 1 ? ' và ' : ', ' }]), ...each(item)]);
}

/** A figure of the paragraph: its number, and the kind it counts (all kinds when none). */
type FigureOf = (n: number, kind?: RecipientKind) => Segment;

function clause(f: AwardFigure, award: Award, figure: FigureOf): Segment[] {
  // An emulation title that names its holder is counted as the holders: "9 tập thể lao động xuất sắc".
  if (award.category === 'emulation-title' && !GIVEN.test(award.name)) return [figure(f.total), { text: ` ${lowerFirst(award.name)}` }];
  const kinds = REPORT_KINDS.filter((k) => f.byKind[k] > 0);
  const verb = GIVEN.test(award.name) ? 'được tặng' : 'được phong tặng danh hiệu';
  return [...listed(kinds, (k) => [figure(f.byKind[k], k), { text: ` ${RECIPIENT_KIND_LABELS[k].vi}` }]), { text: ` ${verb} ${award.name}` }];
}

function opening(period: SummaryPeriod, scope: string): string {
  if (!('first' in period)) return `Từ ngày ${formatDateShort(period.from)} đến ngày ${formatDateShort(period.to)}, ${scope}`;
  return isSingleYear(period) ? `Trong năm ${period.first}, ${scope}` : `Trong giai đoạn ${period.first}–${period.last}, ${scope}`;
}

/**
 * English has no report idiom to imitate, so each award is named with its counts: "Government Emulation
 * Flag – 1 collective; … – 6 collectives and 24 individuals".
 */
const KINDS_EN: Record<RecipientKind, string> = {
  individual: '{n, plural, one {individual} other {individuals}}',
  collective: '{n, plural, one {collective} other {collectives}}',
  household: '{n, plural, one {household} other {households}}',
};

function clauseEn(f: AwardFigure, award: Award, figure: FigureOf): Segment[] {
  const kinds = REPORT_KINDS.filter((k) => f.byKind[k] > 0);
  const each = (k: RecipientKind) => [figure(f.byKind[k], k), { text: ` ${fill(KINDS_EN[k], { n: f.byKind[k] })}` }];
  const list = kinds.flatMap((k, i) => [...(i === 0 ? [] : [{ text: i === kinds.length - 1 ? ' and ' : ', ' }]), ...each(k)]);
  return [{ text: `${award.nameEn} – ` }, ...list];
}

function openingEn(period: SummaryPeriod): string {
  if (!('first' in period)) return `From ${formatDateShort(period.from, 'en')} to ${formatDateShort(period.to, 'en')},`;
  return isSingleYear(period) ? `In ${period.first},` : `In ${period.first}–${period.last},`;
}

/**
 * The paragraph for a year or a period, from the decisions in force or corrected: in Vietnamese as a
 * report writes it, or in English for the English statistics pages. Pages pass the period's `figures`,
 * already added up from each year's, so that none walks the corpus.
 */
export function pressSummary(
  portal: Pick<Portal, 'decisions' | 'decisionById' | 'awards' | 'site'>,
  urls: Urls,
  period: SummaryPeriod,
  figures: PeriodFigures = 'first' in period ? figuresFor(portal.decisions, `${period.first}-01-01`, `${period.last}-12-31`) : figuresFor(portal.decisions, period.from, period.to),
  lang: Lang = 'vi',
): PressSummary {
  const scope = officeIn(portal.site, lang).area;
  const segments: Segment[] = [];
  const sources: SummarySource[] = [];
  const span: FigureFilter | undefined = 'first' in period ? { from: period.first, to: period.last } : undefined;
  if (!figures.byAward.length) {
    segments.push({ text: `${lang === 'vi' ? opening(period, scope) : openingEn(period)} ${t(lang, 'press.none')}` });
  } else {
    segments.push({ text: lang === 'vi' ? `${opening(period, scope)} có ` : `${openingEn(period)} ${scope} received: ` });
    figures.byAward.forEach((f, i) => {
      const award = portal.awards.get(f.award)!;
      const decisions = f.decisions.map((id) => ({ id, number: portal.decisionById.get(id)!.data.number, href: urls.decision(id) }));
      const source = { anchor: `nguon-${f.award}`, award, decisions };
      sources.push(source);
      const listed = decisions.slice(0, LISTED_DECISIONS).map((d) => d.number).join(', ');
      const more = decisions.length - LISTED_DECISIONS;
      const title =
        lang === 'vi'
          ? `Quyết định số ${listed}${more > 0 ? ` và ${formatNumber(more, 'vi')} quyết định khác` : ''}`
          : `${decisions.length === 1 ? 'Decision' : 'Decisions'} ${listed}${more > 0 ? ` and ${formatNumber(more, 'en')} more` : ''}`;
      const href = decisions.length === 1 ? decisions[0]!.href : `#${source.anchor}`;
      if (i > 0) segments.push({ text: '; ' });
      const figure: FigureOf = (n, kind) => ({ text: formatNumber(n, lang), href, title, ...(span && { figure: countOf(n, 'rows', { ...span, award: f.award, ...(kind && { kind }) }) }) });
      segments.push(...(lang === 'vi' ? clause(f, award, figure) : clauseEn(f, award, figure)));
    });
    segments.push({ text: '.' });
    if (figures.revoked) {
      // The number stands alone so that the page can mark it; the words around it are the message's.
      const [before = '', after = ''] = t(lang, 'press.revoked', { n: `\u0000${figures.revoked}\u0000` }).split(/\u0000\d+\u0000/);
      const n = formatNumber(figures.revoked, lang);
      segments.push({ text: ` ${before}` }, { text: n, ...(span && { figure: countOf(figures.revoked, 'revoked', span) }) }, { text: after });
    }
  }
  // Adjacent plain runs are merged, so the page writes one text node between two links.
  const merged = segments.reduce<Segment[]>((out, s) => {
    const last = out.at(-1);
    if (last && !last.href && !s.href && !last.figure && !s.figure) last.text += s.text;
    else out.push({ ...s });
    return out;
  }, []);
  return { segments: merged, text: merged.map((s) => s.text).join(''), sources };
}
