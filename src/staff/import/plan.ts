/**
 * What an import will do, before it does it: which sheet and heading row each file uses, what each
 * column becomes, the recipients it will write and every row it will not, with the reason. The
 * counts always balance: rows in = recipients written + rows reported.
 */
import { basename } from 'node:path';
import { recipientKey } from '../../validate/integrity.ts';
import { matchCatalogue, type CatalogueEntry } from '../catalogue-match.ts';
import type { AwardLine, LineRecipient } from './decision-shape.ts';
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

export interface PlannedRecipient {
  ref: RowRef;
  recipient: LineRecipient;
  notes: RowNote[];
  /** The award line the row belongs to (id in awards.yaml), and the group row that named it. */
  award: string;
  heading?: string;
  /** The recipient of the existing decision this row completes (one asked for by `npm run new`): line and index. */
  fills?: { line: number; index: number };
}

/** A row whose award cannot be decided: the import stops and lists them all. */
export interface AwardProblem {
  ref: RowRef;
  code: 'unknown-award' | 'award-contradicts-flag' | 'no-award';
  params: Record<string, string | number>;
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
export interface PlanOptions {
  sheet?: string | undefined;
  ctx: RowContext;
  /** The award lines of the decision added to. */
  existing?: readonly AwardLine[];
  /** The award forms of awards.yaml, to read the sheet's award cells and group rows. */
  awards: readonly CatalogueEntry[];
  /** `--award`, resolved: the award of rows whose sheet names none. */
  award?: string | undefined;
}

/** What a row holds beyond the name that tells two people apart; a recipient with fewer of them may be completed. */
const DETAIL = ['unit', 'place', 'role', 'roleAndUnit'] as const;

export function planImport(books: readonly Workbook[], options: PlanOptions): ImportPlan {
  const plan: ImportPlan = { sources: [], recipients: [], reported: [], rowsIn: 0 };
  const several = books.length > 1;
  const rowName = (ref: RowRef, from: RowRef) => (several && ref.file !== from.file ? `${ref.row} (${basename(ref.file)})` : ref.row);
  // "No one twice" holds within an award line: the same person under two lines is two awards.
  const nameKey = (award: string, r: LineRecipient) => `${award}|${r.kind}|${foldVietnamese(r.name)}`;
  const fullKey = (award: string, r: LineRecipient) => `${award}|${recipientKey(r)}`;
  const existing = new Map<string, { index: number; name: string }>();
  const existingNames = new Map<string, number>();
  const placeholders = new Map<string, { line: number; index: number; recipient: LineRecipient }[]>();
  let counted = 0;
  (options.existing ?? []).forEach((line, lineIndex) =>
    line.recipients.forEach((r, index) => {
      counted += 1;
      if (!existing.has(fullKey(line.award, r))) existing.set(fullKey(line.award, r), { index: counted, name: r.name });
      if (!existingNames.has(nameKey(line.award, r))) existingNames.set(nameKey(line.award, r), counted);
      const key = nameKey(line.award, r);
      placeholders.set(key, [...(placeholders.get(key) ?? []), { line: lineIndex, index, recipient: r }]);
    }),
  );
  const filled = new Set<string>();
  const seen = new Map<string, PlannedRecipient>();
  const seenNames = new Map<string, PlannedRecipient>();
  const awardProblems: AwardProblem[] = [];
  const defaultAward = options.award ?? (options.existing?.length === 1 ? options.existing[0]!.award : undefined);

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
      const sheetAward = result.award;
      let award = defaultAward;
      if (sheetAward) {
        const match = matchCatalogue(options.awards, sheetAward.text);
        if ('suggestions' in match) {
          awardProblems.push({ ref, code: 'unknown-award', params: { value: sheetAward.text, at: sheetAward.row, suggestions: match.suggestions.join(', ') || '—' } });
          continue;
        }
        if (options.award && match.id !== options.award) {
          awardProblems.push({ ref, code: 'award-contradicts-flag', params: { value: sheetAward.text, at: sheetAward.row, id: match.id, flag: options.award } });
          continue;
        }
        award = match.id;
      }
      if (!award) {
        awardProblems.push({ ref, code: 'no-award', params: { name: result.recipient.name } });
        continue;
      }
      const key = fullKey(award, result.recipient);
      // A recipient the decision lists with less detail (a name typed in `npm run new`) is completed by this row, not listed twice.
      const open = (placeholders.get(nameKey(award, result.recipient)) ?? []).find(
        (p) => !filled.has(`${p.line}:${p.index}`) && DETAIL.every((f) => p.recipient[f] === undefined || p.recipient[f] === result.recipient[f]) && DETAIL.some((f) => p.recipient[f] === undefined && result.recipient[f] !== undefined),
      );
      const listed = open ? undefined : existing.get(key);
      if (listed) {
        plan.reported.push({ ref, reason: 'already-listed', params: { other: listed.index, name: listed.name } });
        continue;
      }
      const earlier = seen.get(key);
      if (earlier) {
        plan.reported.push({ ref, reason: 'duplicate', params: { other: rowName(earlier.ref, ref), name: earlier.recipient.name } });
        continue;
      }
      const planned: PlannedRecipient = { ref, recipient: result.recipient, notes: [...result.notes], award };
      if (sheetAward?.heading) planned.heading = sheetAward.heading;
      if (open) {
        planned.fills = { line: open.line, index: open.index };
        filled.add(`${open.line}:${open.index}`);
      }
      const names = nameKey(award, result.recipient);
      const listedNamesake = open ? undefined : existingNames.get(names);
      const namesake = seenNames.get(names);
      if (listedNamesake) planned.notes.push({ code: 'same-name-listed', params: { other: listedNamesake } });
      if (namesake) planned.notes.push({ code: 'same-name', params: { other: rowName(namesake.ref, ref) } });
      else seenNames.set(names, planned);
      seen.set(key, planned);
      plan.recipients.push(planned);
    }
  }
  if (awardProblems.length) throw new CliError('award-rows', { count: awardProblems.length }, awardProblems.map((p) => ({ code: p.code, params: { row: rowName(p.ref, { file: '', row: 0 }), ...p.params } })));
  return plan;
}

/** Rows the office has to fix, as opposed to rows rightly left out (blank, headings, repeats). */
export function unreadableRows(plan: ImportPlan): ReportedRow[] {
  return plan.reported.filter((r) => UNREADABLE.includes(r.reason) || NOT_TEXT.includes(r.reason));
}
