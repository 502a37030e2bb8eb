/**
 * What the search page lists for a Pagefind hit, and what its count says. A hit on a decision becomes
 * one line per recipient row it matched (a person and one award: name, award, decision, date, unit and
 * place); rows holding the whole name typed come first, rows matching only some of its words ("Thị" in
 * "thị trấn") go under their own heading. The count counts those lines, in the units it names.
 */
import { fill } from '../i18n/lang.ts';
import { rowUrl, type Urls } from '../routes/urls.ts';
import { formatDateShort } from '../text/dates.ts';
import { isDecisionNumberQuery } from './decision-number.ts';
import { excerptParts, type ExcerptPart } from './excerpt.ts';
import { foldedWordPositions, searchTerms } from './fold.ts';
import { initialOf, initialSlug } from './initials.ts';
import { holdsPhrase, matchedRows, withoutFolded, type PagefindAnchor } from './rows.ts';

/** What the page needs of a Pagefind result (src/scripts/search/pagefind.ts). */
export interface HitData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  locations: number[];
}

export interface ResultLine {
  url: string;
  title: string;
  detail: string;
  /** For a recipient row: the decision and row, linked, where the title may lead to the honoree page. */
  row?: { url: string; label: string };
  /** Who the row names, to count people: the honoree page, or the name and place as printed. */
  person?: string;
  /** Whether the line holds every word typed, together and in order. */
  whole: boolean;
  excerpt: ExcerptPart[];
}

/** The page's words for result lines, from the interface table (src/i18n/ui.ts) by way of the form. */
export interface LineWords {
  rowLabel: string;
  storyLabel: string;
}

/** Pagefind ends each table cell with "."; a row's cells are name, role, unit, place. */
function cells(text: string): string[] {
  return text.split(/(?<=[^\s.])\.(?:\s+|$)/).map((c) => c.trim()).filter(Boolean);
}

export function resultLines(data: HitData, query: string, urls: Urls, words: LineWords): ResultLine[] {
  const terms = searchTerms(query);
  const phrase = terms.split(' ').filter(Boolean);
  // A decision number is found whole or not at all: "qd-ubnd 1820" is 1820/QĐ-UBND.
  const numberQuery = isDecisionNumberQuery(query);
  const m = data.meta;
  if (m.loai === 'quyet-dinh') {
    const rows = matchedRows(data.content, data.anchors, data.locations, terms);
    if (rows.length)
      return rows.map((r) => {
        const [name = r.text, ...rest] = cells(r.text);
        const label = fill(words.rowLabel, { number: m.so ?? '', date: m.ngay ? formatDateShort(m.ngay) : (m.nam ?? ''), row: r.row });
        const row = { url: rowUrl(data.url, r.row), label };
        return {
          url: r.honoree ? urls.honoree(r.honoree) : row.url,
          title: name,
          detail: [m.hinhThuc, rest.join(', ')].filter(Boolean).join(' · '),
          row,
          person: r.honoree ?? `${searchTerms(name)}|${searchTerms(rest.at(-1) ?? '')}`,
          whole: numberQuery || r.whole,
          excerpt: [],
        };
      });
  }
  const text = withoutFolded(data.content.split(/\s+/).filter(Boolean), foldedWordPositions(data.anchors));
  const detail = m.loai === 'quyet-dinh' ? [m.hinhThuc, m.coQuan, m.nam, m.noi].filter(Boolean).join(' · ') : fill(words.storyLabel, { year: m.nam ?? '' });
  return [{ url: data.url, title: m.title ?? '', detail, whole: numberQuery || holdsPhrase(text, phrase), excerpt: excerptParts(data.content, data.anchors, data.locations) }];
}

export interface ListedCount {
  /** Different people among the whole-name lines for rows. */
  people: number;
  /** Whole-name lines for rows: one award received each. */
  awards: number;
  /** Whole lines that are pages (decisions, stories), not rows. */
  pages: number;
  /** Lines that hold only some of the words. */
  partial: number;
}

export function countListed(lines: readonly ResultLine[]): ListedCount {
  const whole = lines.filter((l) => l.whole);
  const rows = whole.filter((l) => l.person);
  return { people: new Set(rows.map((l) => l.person)).size, awards: rows.length, pages: whole.length - rows.length, partial: lines.length - whole.length };
}

/** Whether a query is worth the "no one of that name" answer: two words or more, letters only. */
export function looksLikeName(query: string): boolean {
  return !isDecisionNumberQuery(query) && /^[\p{L}\p{M}\s]+$/u.test(query.trim()) && query.trim().split(/\s+/).length >= 2;
}

/** The letter of the name index (/tim-kiem/ten/<letter>/) for a typed name: its given name's, folded. */
export function nameIndexLetter(query: string): string {
  return initialSlug(initialOf({ name: query, kind: 'individual' }));
}
