/**
 * The search results as a CSV file, built in the browser from exactly the lines the page lists
 * (src/scripts/search/download.ts). Its columns carry the open-data column names where the value is the
 * same (src/schemas/export.ts: recipientName, awardName, decisionNumber, date, row, url); the others say
 * what the search page knows that the open data does not (whether the line holds the whole name typed,
 * the row's other cells as listed, a page's title, the honoree's page).
 *
 * Written by the open data's rules (src/text/csv.ts, shared): a byte order mark, CRLF record ends,
 * RFC 4180 quoting, and text that would start a spreadsheet formula prefixed with `'`.
 */
import type { ResultLine } from './results.ts';
import { BYTE_ORDER_MARK, csvRecord } from '../text/csv.ts';

export const RESULT_COLUMNS = ['match', 'recipientName', 'awardName', 'decisionNumber', 'date', 'row', 'details', 'title', 'url', 'honoreeUrl'] as const;
type ResultColumn = (typeof RESULT_COLUMNS)[number];

/** One CSV record per listed line, in the order listed; addresses made absolute against `pageUrl`. */
export function resultRecords(lines: readonly ResultLine[], pageUrl: string): Record<ResultColumn, string | number>[] {
  const absolute = (href: string) => new URL(href, pageUrl).href;
  return lines.map((line) => {
    const f = line.row?.fields;
    return {
      match: line.whole ? 'whole' : 'partial',
      recipientName: f?.recipientName ?? '',
      awardName: f?.awardName ?? '',
      decisionNumber: f?.decisionNumber ?? '',
      date: f?.date ?? '',
      row: f?.row ?? '',
      details: f ? f.details : line.detail,
      title: f ? '' : line.title,
      // A row's own address, as the open data's `url`; a page's address for a decision or story.
      url: absolute(line.row?.url ?? line.url),
      honoreeUrl: line.row && line.url !== line.row.url ? absolute(line.url) : '',
    };
  });
}

/** The CSV text of the listed lines, as Excel opens it with Vietnamese intact. */
export function resultsCsv(lines: readonly ResultLine[], pageUrl: string): string {
  return BYTE_ORDER_MARK + csvRecord(RESULT_COLUMNS) + resultRecords(lines, pageUrl).map((r) => csvRecord(RESULT_COLUMNS.map((c) => r[c]))).join('');
}
