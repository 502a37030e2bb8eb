/**
 * Periods of whole years, the way reports count them ("giai đoạn 2015–2019"): every span from one year
 * with decisions to a later one gets a statistics page and a report. A year is the span from itself to
 * itself, so one view and one set of helpers serve both.
 */
import { mergeFigures, type PeriodFigures } from './stats.ts';

export interface YearSpan {
  first: number;
  last: number;
}

export const yearSpan = (year: number): YearSpan => ({ first: year, last: year });

export const isSingleYear = (span: YearSpan): boolean => span.first === span.last;

/** The span's years, oldest first. */
export function spanYears(span: YearSpan): number[] {
  return Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i);
}

/** The span in URLs and file names: `2017`, `2015-2019`. */
export function spanSlug(span: YearSpan): string {
  return isSingleYear(span) ? String(span.first) : `${span.first}-${span.last}`;
}

/** Every span of more than one year between years with decisions, oldest start first: Y years give Y(Y−1)/2 spans. */
export function multiYearSpans(years: readonly number[]): YearSpan[] {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.flatMap((first, i) => sorted.slice(i + 1).map((last) => ({ first, last })));
}

/** The span's figures added up from each year's: no page of a period walks the rows again. */
export function spanFigures(byYear: ReadonlyMap<number, PeriodFigures>, span: YearSpan): PeriodFigures {
  const parts: PeriodFigures[] = [];
  for (let year = span.first; year <= span.last; year++) {
    const f = byYear.get(year);
    if (f) parts.push(f);
  }
  return isSingleYear(span) && parts[0] ? parts[0] : { ...mergeFigures(parts), from: `${span.first}-01-01`, to: `${span.last}-12-31` };
}

export interface PickerCell {
  span: YearSpan;
  /** Empty when the span would end before it starts. */
  linked: boolean;
}

/**
 * The picker on the statistics and report pages, as a grid: one row per first year, one column per last
 * year; the diagonal is the single years. Links only, so choosing a period needs no script.
 */
export function periodGrid(years: readonly number[]): { years: number[]; rows: { first: number; cells: PickerCell[] }[] } {
  const sorted = [...years].sort((a, b) => a - b);
  return {
    years: sorted,
    rows: sorted.map((first) => ({ first, cells: sorted.map((last) => ({ span: { first, last }, linked: first <= last })) })),
  };
}

/** Every year and every period that gets a statistics page, a report and a CSV table: years newest first, then periods. */
export function publishedSpans(years: readonly number[]): YearSpan[] {
  return [...[...years].sort((a, b) => b - a).map(yearSpan), ...multiYearSpans(years)];
}
