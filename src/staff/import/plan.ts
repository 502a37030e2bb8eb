/**
 * What an import will do, before it does it: which sheet and heading row each file uses, what each
 * column becomes, the recipients it will write and every row it will not, with the reason. The
 * counts always balance: rows in = recipients written + rows reported.
 */
import { basename } from 'node:path';
import type { Recipient } from '../../schemas/recipient.ts';
import { recipientKey } from '../../validate/integrity.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { HEADER_SEARCH_ROWS, findHeaderRow, type Column } from './headings.ts';
import type { RowReason } from '../../i18n/cli.ts';
import { CliError } from '../cli-error.ts';
import { readRows, type RowContext, type RowNote } from './rows.ts';
import type { Sheet, Workbook } from './spreadsheet.ts';

/** Reasons that mean the row needs fixing, as opposed to rows that are rightly left out. */
export const UNREADABLE: readonly RowReason[] = ['no-name', 'bad-kind', 'unknown-commune', 'ambiguous-commune', 'personal-data'];
/** Rows refused for what their text is: code rather than words, or Vietnamese in a legacy font. Fixed in the sheet too. */
export const NOT_TEXT: readonly RowReason[] = ['not-text', 'legacy-encoding'];

export interface RowRef {
  file: string;
  row: number;
}

interface PlannedRecipient {
  ref: RowRef;
  recipient: Recipient;
  notes: RowNote[];
}

export interface ReportedRow {
  ref: RowRef;
  reason: RowReason;
  params: Record<string, string | number>;
}

interface SourceSummary {
  file: string;
  format: Workbook['format'];
  sheet: string;
  sheets: string[];
  /** 1-based row number of the heading row; rows above it are the table's title. */
  headerRow: number;
  columns: Column[];
  rowsIn: number;
}

export interface ImportPlan {
  sources: SourceSummary[];
  recipients: PlannedRecipient[];
  reported: ReportedRow[];
  rowsIn: number;
}

/** The sheet holding the list: the one `--sheet` names (by name or number), or the only one with a heading row. */
function selectSheet(book: Workbook, choice?: string): { sheet: Sheet; header: NonNullable<ReturnType<typeof findHeaderRow>> } {
  const names = book.sheets.map((s) => s.name);
  const noHeader = (sheet: Sheet) =>
    new CliError('no-header', { rows: HEADER_SEARCH_ROWS, where: book.format === 'csv' ? book.file : `${book.file} › ${sheet.name}` });
  if (choice && book.format === 'xlsx') {
    const sheet =
      book.sheets.find((s) => s.name === choice) ??
      book.sheets.find((s) => foldVietnamese(s.name) === foldVietnamese(choice)) ??
      (/^\d+$/.test(choice) ? book.sheets[Number(choice) - 1] : undefined);
    if (!sheet) throw new CliError('sheet-not-found', { file: book.file, sheet: choice, sheets: names.join(', ') });
    const header = findHeaderRow(sheet.rows);
    if (!header) throw noHeader(sheet);
    return { sheet, header };
  }
  const lists = book.sheets.map((sheet) => ({ sheet, header: findHeaderRow(sheet.rows) })).filter((s) => s.header);
  if (lists.length > 1) throw new CliError('several-lists', { file: book.file, sheets: lists.map((s) => s.sheet.name).join(', ') });
  const [only] = lists;
  if (!only?.header) throw noHeader(book.sheets[0] ?? { name: '', rows: [] });
  return { sheet: only.sheet, header: only.header };
}

/**
 * Reads every file and decides each row's fate. Duplicates are found within and across the files
 * with the validator's own rule (src/validate/integrity.ts recipientKey), and against `existing` when
 * recipients are added to a decision that already lists some.
 */
export function planImport(books: readonly Workbook[], options: { sheet?: string | undefined; ctx: RowContext; existing?: readonly Recipient[] }): ImportPlan {
  const plan: ImportPlan = { sources: [], recipients: [], reported: [], rowsIn: 0 };
  const several = books.length > 1;
  const rowName = (ref: RowRef, from: RowRef) => (several && ref.file !== from.file ? `${ref.row} (${basename(ref.file)})` : ref.row);
  const nameKey = (r: Recipient) => `${r.kind}|${foldVietnamese(r.name)}`;
  const existing = new Map<string, { index: number; name: string }>();
  const existingNames = new Map<string, number>();
  (options.existing ?? []).forEach((r, index) => {
    if (!existing.has(recipientKey(r))) existing.set(recipientKey(r), { index: index + 1, name: r.name });
    if (!existingNames.has(nameKey(r))) existingNames.set(nameKey(r), index + 1);
  });
  const seen = new Map<string, PlannedRecipient>();
  const seenNames = new Map<string, PlannedRecipient>();

  for (const book of books) {
    const { sheet, header } = selectSheet(book, options.sheet);
    const results = readRows(sheet.rows, header.index + 1, header.columns, options.ctx, sheet.formulas);
    plan.sources.push({
      file: book.file,
      format: book.format,
      sheet: sheet.name,
      sheets: book.sheets.map((s) => s.name),
      headerRow: header.index + 1,
      columns: header.columns,
      rowsIn: results.length,
    });
    plan.rowsIn += results.length;
    for (const result of results) {
      const ref = { file: book.file, row: result.row };
      if ('reason' in result) {
        plan.reported.push({ ref, reason: result.reason, params: result.params });
        continue;
      }
      const key = recipientKey(result.recipient);
      const listed = existing.get(key);
      if (listed) {
        plan.reported.push({ ref, reason: 'already-listed', params: { other: listed.index, name: listed.name } });
        continue;
      }
      const earlier = seen.get(key);
      if (earlier) {
        plan.reported.push({ ref, reason: 'duplicate', params: { other: rowName(earlier.ref, ref), name: earlier.recipient.name } });
        continue;
      }
      const planned: PlannedRecipient = { ref, recipient: result.recipient, notes: [...result.notes] };
      const names = nameKey(result.recipient);
      const listedNamesake = existingNames.get(names);
      const namesake = seenNames.get(names);
      if (listedNamesake) planned.notes.push({ code: 'same-name-listed', params: { other: listedNamesake } });
      if (namesake) planned.notes.push({ code: 'same-name', params: { other: rowName(namesake.ref, ref) } });
      else seenNames.set(names, planned);
      seen.set(key, planned);
      plan.recipients.push(planned);
    }
  }
  return plan;
}

/** Rows the office has to fix, as opposed to rows rightly left out (blank, headings, repeats). */
export function unreadableRows(plan: ImportPlan): ReportedRow[] {
  return plan.reported.filter((r) => UNREADABLE.includes(r.reason) || NOT_TEXT.includes(r.reason));
}
