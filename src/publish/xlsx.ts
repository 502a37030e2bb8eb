/**
 * The spreadsheet beside each CSV: the same rows and columns in the same order, with Vietnamese headings
 * and codes written as their labels (src/i18n/open-data.ts), for a reader who opens it in Excel at once.
 * A spreadsheet cell holds text or a number, never a formula: write-excel-file writes strings as strings.
 */
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { CODE_LABELS_VI, COLUMN_HEADINGS_VI } from '../i18n/open-data.ts';
import type { ExportColumn, StatsColumn } from '../schemas/export.ts';

type Column = ExportColumn | StatsColumn;

/** Rows as sheet data: a bold heading row, then one row per record; an unknown code is an error, not a blank. */
export function sheetData<Row extends Partial<Record<Column, string | number | boolean | null>>>(columns: readonly Column[], rows: readonly Row[]): SheetData {
  const heading = columns.map((c) => ({ value: COLUMN_HEADINGS_VI[c], fontWeight: 'bold' as const }));
  return [
    heading,
    ...rows.map((row) =>
      columns.map((c) => {
        const value = row[c];
        if (value === null || value === undefined || value === '') return null;
        if (typeof value === 'number') return { value, type: Number };
        if (typeof value === 'boolean') return { value: value ? 'Có' : 'Không', type: String };
        const labels = CODE_LABELS_VI[c];
        if (!labels) return { value, type: String };
        const label = labels[value];
        if (label === undefined) throw new Error(`Open data: column ${c} has the code "${value}", which has no Vietnamese label in src/i18n/open-data.ts`);
        return { value: label, type: String };
      }),
    ),
  ];
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]/\\:*?` (a place id has slashes). */
export function sheetName(text: string): string {
  return text.replace(/[[\]/\\:*?]/g, '-').slice(0, 31) || 'Sheet1';
}

/**
 * The most data rows the portal puts in one spreadsheet. Excel opens 1,048,575 below the heading, but
 * write-excel-file builds the sheet as one string, and V8's longest string ends between 300,000 and
 * 600,000 rows of the export (measured 2026-12-03, bench/README.md).
 */
export const XLSX_MAX_ROWS = 250_000;

/** The time every entry of a spreadsheet's zip carries: the earliest a zip can record. */
const ZIP_ENTRY_TIME = new Date(1980, 0, 1);

/** The .xlsx file's bytes. */
export async function toXlsx<Row extends Partial<Record<Column, string | number | boolean | null>>>(columns: readonly Column[], rows: readonly Row[], sheet: string): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await writeXlsxFile(sheetData(columns, rows), { sheet: sheetName(sheet), stickyRowsCount: 1 }).toBuffer();
  // write-excel-file stamps each zip entry with the time of writing; stamped again with one fixed time, the
  // same rows give the same bytes, so a rebuild (incremental or not) publishes an identical file.
  return Uint8Array.from(zipSync(unzipSync(buffer), { mtime: ZIP_ENTRY_TIME }));
}
