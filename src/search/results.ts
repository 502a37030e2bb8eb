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
import type { NameRow } from './name-rows.ts';

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
  row?: { url: string; label: string; fields: RowFields };
  /** Who the row names, to count people: the honoree page, or the name and place as printed. */
  person?: string;
  /** Whether the line holds every word typed, together and in order. */
  whole: boolean;
  excerpt: ExcerptPart[];
}

/**
 * What a row line says, field by field, named as the open-data columns that hold the same values
 * (src/schemas/export.ts), for the download of the results (src/search/results-csv.ts).
 */
export interface RowFields {
  recipientName: string;
  awardName: string;
  decisionNumber: string;
  /** The date of signature as the decision gives it (YEAR-MONTH-DAY, or less), else its year. */
  date: string;
  row: number;
  /** The row's other cells as listed (role, unit, place), those not empty. */
  details: string;
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
        // A linked name is known whole; the other cells follow its words.
        const [name = r.text, ...rest] = r.name ? [r.name, ...cells(r.text.split(' ').slice(r.name.split(/\s+/).length).join(' '))] : cells(r.text);
        const decision = { url: data.url, number: m.so ?? '', date: m.ngay ?? '', year: m.nam ?? '', award: rowAward(m, r.row) };
        return rowLine({ name, rest, decision, row: r.row, honoree: r.honoree, whole: numberQuery || r.whole }, urls, words);
      });
  }
  const text = withoutFolded(data.content.split(/\s+/).filter(Boolean), foldedWordPositions(data.anchors));
  const detail = m.loai === 'quyet-dinh' ? [m.hinhThuc, m.coQuan, m.nam, m.noi].filter(Boolean).join(' · ') : fill(words.storyLabel, { year: m.nam ?? '' });
  return [{ url: data.url, title: m.title ?? '', detail, whole: numberQuery || holdsPhrase(text, phrase), excerpt: excerptParts(data.content, data.anchors, data.locations) }];
}

/**
 * The award of one row: the decision's form, or, for a decision of several award lines, the form of the
 * line the row stands in (the `hinhThucDong` metadata of src/search/facets.ts: each line's first row and
 * award name, in order).
 */
function rowAward(meta: HitData['meta'], row: number): string {
  const lines = meta.hinhThucDong;
  if (!lines) return meta.hinhThuc ?? '';
  let award = meta.hinhThuc ?? '';
  for (const [first, name] of JSON.parse(lines) as [number, string][]) if (first <= row) award = name;
  return award;
}

/** What a line for one recipient row is made of, from Pagefind's hit or from a name-row bucket. */
interface RowLineParts {
  name: string;
  /** The row's other cells that are not empty: role, unit, place. */
  rest: readonly string[];
  decision: { url: string; number: string; date: string; year: string; award: string };
  row: number;
  honoree: string | undefined;
  whole: boolean;
}

function rowLine(p: RowLineParts, urls: Urls, words: LineWords): ResultLine {
  const d = p.decision;
  const label = fill(words.rowLabel, { number: d.number, date: d.date ? formatDateShort(d.date) : d.year, row: p.row });
  const fields: RowFields = { recipientName: p.name, awardName: d.award, decisionNumber: d.number, date: d.date || d.year, row: p.row, details: p.rest.join(', ') };
  const row = { url: rowUrl(d.url, p.row), label, fields };
  return {
    url: p.honoree ? urls.honoree(p.honoree) : row.url,
    title: p.name,
    detail: [d.award, fields.details].filter(Boolean).join(' · '),
    row,
    person: p.honoree ?? `${searchTerms(p.name)}|${searchTerms(p.rest.at(-1) ?? '')}`,
    whole: p.whole,
    excerpt: [],
  };
}

/**
 * The line for a row found by its whole name in a name-row bucket (src/search/name-rows.ts): the line
 * `resultLines` makes of Pagefind's hit on the same row, so the page can tell one from the other.
 */
export function nameRowLine(r: NameRow, urls: Urls, words: LineWords): ResultLine {
  const d = r.decision;
  const decision = { url: urls.decision(d.id), number: d.number, date: d.date, year: String(d.year), award: d.award };
  return rowLine({ name: r.name, rest: [r.role, r.unit, r.place].filter(Boolean), decision, row: r.row, honoree: r.honoree, whole: true }, urls, words);
}

/** What makes two lines the same line: a row's address, or the page's. */
export function lineKey(line: ResultLine): string {
  return line.row?.url ?? line.url;
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
