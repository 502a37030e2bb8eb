/**
 * The spreadsheet beside each CSV: the same rows and columns in the same order, with Vietnamese headings
 * and codes written as their labels (src/i18n/open-data.ts), for a reader who opens it in Excel at once.
 * A spreadsheet cell holds text or a number, never a formula: write-excel-file writes strings as strings.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { CODE_LABELS_VI, COLUMN_HEADINGS_VI } from '../i18n/open-data.ts';
import type { ExportColumn, StatsColumn } from '../schemas/export.ts';

type Column = ExportColumn | StatsColumn;

/** A row a spreadsheet is written from: an export row or a statistics row. */
export type XlsxRow = Partial<Record<Column, string | number | boolean | null>>;

/** Rows as sheet data: a bold heading row, then one row per record; an unknown code is an error, not a blank. */
export function sheetData<Row extends XlsxRow>(columns: readonly Column[], rows: readonly Row[]): SheetData {
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

/**
 * Whether a file of `rows` rows has a spreadsheet beside its CSV (each browse page's, the whole data
 * set's): up to `XLSX_MAX_ROWS`. Past that write-excel-file fails, and the CSV, with its byte-order mark,
 * is what opens in Excel (a kind page or the whole data set at province scale).
 */
export function hasSpreadsheet(rows: number): boolean {
  return rows <= XLSX_MAX_ROWS;
}

/**
 * What decides a spreadsheet's bytes besides its rows: the code of this module (read from the file it runs
 * from, so that any change to it counts), write-excel-file's version and the Vietnamese headings and
 * labels. A spreadsheet kept from an earlier build is reused only under the same format
 * (src/build/spreadsheet-cache.ts); undefined, and nothing reused, when the code cannot be read.
 */
export function spreadsheetFormat(): string | undefined {
  try {
    const library = (createRequire(import.meta.url)('write-excel-file/package.json') as { version: string }).version;
    const code = readFileSync(fileURLToPath(import.meta.url));
    return createHash('sha256').update(code).update(JSON.stringify([library, COLUMN_HEADINGS_VI, CODE_LABELS_VI])).digest('base64url');
  } catch {
    return undefined;
  }
}

/**
 * The .xlsx file's bytes. From write-excel-file's universal export, which zips the workbook in memory at
 * once: its Node export writes the zip through a Node stream, and took twice as long for a decision's
 * sheet (`npm run bench:open-data`), of which a build writes one per decision.
 */
export async function toXlsx<Row extends XlsxRow>(columns: readonly Column[], rows: readonly Row[], sheet: string): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await (await writeXlsxFile(sheetData(columns, rows), { sheet: sheetName(sheet), stickyRowsCount: 1 }).toBlob()).arrayBuffer();
  // write-excel-file stamps each zip entry with the time of writing; stamped again with one fixed time, the
  // same rows give the same bytes, so a rebuild (incremental or not) publishes an identical file.
  return stampZipEntries(new Uint8Array(buffer));
}

/** Where a zip's records start, and where their date and time fields sit (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.16). */
const ZIP = {
  endOfDirectory: { signature: 0x06054b50, size: 22, entries: 10, directoryOffset: 16 },
  directoryEntry: { signature: 0x02014b50, size: 46, time: 12, nameLength: 28, extraLength: 30, commentLength: 32, localOffset: 42 },
  localHeader: { signature: 0x04034b50, time: 10 },
} as const;

/** 1 January 1980, 00:00, as MS-DOS writes it (time, then date): the earliest a zip can record. */
const DOS_EPOCH = [0x0000, 0x0021] as const;

/**
 * Sets the modification time of every entry of `zip` to `DOS_EPOCH`, in place, in its local header and in
 * the central directory. Only those four bytes per record change, so the compressed data is kept as
 * written: unpacking and packing the workbook again to change its times cost more than writing it.
 */
export function stampZipEntries(zip: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { endOfDirectory: end, directoryEntry: entry, localHeader: local } = ZIP;
  let endAt = zip.byteLength - end.size;
  // The end record closes the file unless a zip comment follows it (at most 65,535 bytes).
  while (endAt >= 0 && view.getUint32(endAt, true) !== end.signature) endAt -= 1;
  if (endAt < 0 || zip.byteLength - endAt > end.size + 0xffff) throw new Error('the spreadsheet is not a zip file: no end of central directory record');
  const stamp = (at: number) => {
    view.setUint16(at, DOS_EPOCH[0], true);
    view.setUint16(at + 2, DOS_EPOCH[1], true);
  };
  for (let i = 0, at = view.getUint32(endAt + end.directoryOffset, true); i < view.getUint16(endAt + end.entries, true); i += 1) {
    if (view.getUint32(at, true) !== entry.signature) throw new Error(`the spreadsheet's zip directory is damaged at byte ${at}`);
    const localAt = view.getUint32(at + entry.localOffset, true);
    if (view.getUint32(localAt, true) !== local.signature) throw new Error(`the spreadsheet's zip entry at byte ${localAt} has no local header`);
    stamp(at + entry.time);
    stamp(localAt + local.time);
    at += entry.size + view.getUint16(at + entry.nameLength, true) + view.getUint16(at + entry.extraLength, true) + view.getUint16(at + entry.commentLength, true);
  }
  return zip;
}
