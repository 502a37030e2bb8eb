/**
 * CSV as every file the portal writes it (the open data in Node, the search results in the browser), for
 * Excel with Vietnamese intact: RFC 4180 with CRLF record ends; a field quoted when it holds a comma, a
 * quote or a line break (a lone CR or LF too), its quotes doubled; text that would start a formula kept
 * from running (src/text/formula-guard.ts); numbers as they are, and true/false as the words the JSON has.
 *
 * Built as plain strings rather than with csv-stringify, whose text it is (tests/text/csv.test.ts holds
 * the two to the same bytes): the open-data step writes each row five times (its decision's and the whole
 * data set's files, its place's, award form's, year's and kind's), and csv-stringify's per-field
 * machinery took 2.9 s a pass over the default corpus's 150,000 rows against 0.4 s here (bench/README.md).
 */
import { neutraliseFormula } from './formula-guard.ts';

export type CsvValue = string | number | boolean | null | undefined;

/** Makes Excel read the file as UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as the CSV files write it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) line += (i ? ',' : '') + csvField(values[i]);
  return `${line}\r\n`;
}
