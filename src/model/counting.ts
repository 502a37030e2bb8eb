/**
 * The one counting rule of the portal, in code; the open-data page says it in words (`countingRule` in
 * src/page-models/open-data.ts) and every figure links there. Statistics, the home page, the browse lists,
 * the place pages and the press summary all count through this module, and the built-site test
 * (tests/build/figures.test.ts) recounts every figure a page marks from the open data with the same rule
 * read off the CSV columns.
 *
 * - A "lượt" (award) is one row of a decision's list: one person, collective or household under one award
 *   line of one decision (the same collective under two lines of a decision is two awards, each counted under
 *   its own form).
 * - A decision that corrects or revokes others restates a list: its rows award nothing new.
 * - A revoked decision's rows are not counted (they are counted apart, as "revoked").
 * - A corrected decision still counts, once, with its own rows; a row a correction names counts once, with
 *   its corrected values (src/model/portal.ts applies them), so a misspelt name is never counted.
 * - A decision belongs to the year it was signed ("năm ký"), not the year of the achievement; one dated only
 *   to the month or year belongs to that year.
 */
import type { ExportRow } from '../schemas/export.ts';
import { yearOfDate } from '../text/dates.ts';
import type { PublishedDecision } from './portal.ts';

/** Where the rule is written in words: the anchor on the open-data page. */
export const COUNTING_RULE_ANCHOR = 'cach-dem';

/** Whether a decision's rows are awards the figures count. */
export function countsAsAwards(d: Pick<PublishedDecision, 'status' | 'amending'>): boolean {
  return !d.amending && d.status !== 'revoked';
}

/** Whether a decision's rows are the revoked awards figures mention apart. */
export function countsAsRevoked(d: Pick<PublishedDecision, 'status' | 'amending'>): boolean {
  return !d.amending && d.status === 'revoked';
}

/** The same rule read off an open-data row: `amendment` marks a restated list, `status` a revoked decision. */
export function rowCounts(row: Pick<ExportRow, 'status' | 'amendment'>): boolean {
  return !row.amendment && row.status !== 'revoked';
}

/** The year a decision is counted in: the year of its date of signature ("năm ký"), never the achievement's. */
export function countingYear(date: string): number {
  return yearOfDate(date);
}

/** Rows that count, of rows that each name their decision. */
export function countedRows<Row extends { decision: Pick<PublishedDecision, 'status' | 'amending'> }>(rows: readonly Row[]): Row[] {
  return rows.filter((r) => countsAsAwards(r.decision));
}

/** Awards counted in a list of decisions: the rows of those that count. */
export function countedAwards(decisions: readonly PublishedDecision[]): number {
  return decisions.reduce((n, d) => n + (countsAsAwards(d) ? d.rows.length : 0), 0);
}

/** Decisions whose rows count. */
export function countingDecisions(decisions: readonly PublishedDecision[]): PublishedDecision[] {
  return decisions.filter(countsAsAwards);
}

/**
 * What a displayed figure answers, so a test can recount it from the open data: `rows` counts awards by
 * the rule above, `decisions` the decisions those awards come from, `listed` every published decision
 * (the length of a list of decisions, corrections and revoked ones included), `revoked` the rows of
 * revoked decisions, `entries` the rows printed in decisions' lists whatever their standing (a
 * decision's own size).
 */
export type Measure = 'rows' | 'decisions' | 'listed' | 'revoked' | 'entries';

/**
 * Which rows a figure is about, by open-data columns: `year` (signing year) or `from`/`to` years,
 * `award` (awardId), `kind`, `level`, `occupation`, `place` (placeId; empty for "not recorded"),
 * `decision` (decisionId). `movement` is no column of the open data: such a figure is the length of the
 * movement's list of decisions, and `recount` refuses it.
 */
export type FigureFilter = Partial<Record<'year' | 'from' | 'to' | 'award' | 'kind' | 'level' | 'occupation' | 'place' | 'decision' | 'movement', string | number>>;
// A value may list several, comma-separated: `occupation=farmer,worker` is either.

/** A number shown on a page, with the question it answers. */
export interface Figure {
  value: number;
  measure: Measure;
  filter: FigureFilter;
}

export function figure(value: number, measure: Measure, filter: FigureFilter = {}): Figure {
  return { value, measure, filter };
}

/** The filter as the `data-where` attribute writes it: `year=2017 kind=individual`, keys in a fixed order. */
export function whereOf(filter: FigureFilter): string {
  return Object.entries(filter)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join(' ');
}

/** `whereOf` read back. */
export function parseWhere(where: string): FigureFilter {
  const out: FigureFilter = {};
  for (const part of where.split(' ').filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    out[key as keyof FigureFilter] = decodeURIComponent(value);
  }
  return out;
}

type RowLike = Pick<ExportRow, 'decisionId' | 'date' | 'awardId' | 'kind' | 'level' | 'occupation' | 'placeId' | 'status' | 'amendment'>;

/** Whether a column's value (null as '') is the filter's, or one of its comma-separated values. */
function is(value: string | null, wanted: string | number | undefined): boolean {
  return wanted === undefined || String(wanted).split(',').includes(value ?? '');
}

function matches(row: RowLike, f: FigureFilter): boolean {
  if (f.movement !== undefined) throw new Error(`A figure about movement ${f.movement} cannot be recounted from the open data, which has no movement column`);
  const year = countingYear(row.date);
  if (f.year !== undefined && year !== Number(f.year)) return false;
  if (f.from !== undefined && year < Number(f.from)) return false;
  if (f.to !== undefined && year > Number(f.to)) return false;
  return is(row.awardId, f.award) && is(row.kind, f.kind) && is(row.level, f.level) && is(row.occupation, f.occupation) && is(row.placeId, f.place) && is(row.decisionId, f.decision);
}

/** A figure recounted from open-data rows: what the built-site test compares each marked number with. */
export function recount(rows: readonly RowLike[], measure: Measure, filter: FigureFilter): number {
  const matching = rows.filter((r) => matches(r, filter));
  switch (measure) {
    case 'rows':
      return matching.filter(rowCounts).length;
    case 'decisions':
      return new Set(matching.filter(rowCounts).map((r) => r.decisionId)).size;
    case 'listed':
      return new Set(matching.map((r) => r.decisionId)).size;
    case 'entries':
      return matching.length;
    case 'revoked':
      return matching.filter((r) => !r.amendment && r.status === 'revoked').length;
  }
}
