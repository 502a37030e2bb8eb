/**
 * Reads a list of honorees from an Excel workbook (.xlsx, with read-excel-file) or a CSV file (with
 * csv-parse) into rows of cells, keeping spreadsheet row numbers: `rows[i]` is row i + 1 as Excel
 * shows it. Files come from other offices, so they are size-checked before they are unpacked, and
 * every way a file can be unreadable ends in a CliError that says what to do.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { workbookFormulas, type SheetFormulas } from './formulas.ts';
import { findHeaderRow } from './headings.ts';
import { CliError } from '../cli-error.ts';

export type Cell = string | number | boolean | Date | null;

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** An .xlsx sheet's formula cells, whose saved values `rows` holds. */
  formulas?: SheetFormulas;
}

export interface Workbook {
  /** The file as the user named it. */
  file: string;
  format: 'xlsx' | 'csv';
  sheets: Sheet[];
}

/** Largest file read, in MB: a list of thousands of names is well under 1 MB. */
const MAX_FILE_MB = 10;
/** Largest total a workbook may unpack to, in MB (guards against "zip bombs"). */
const MAX_UNPACKED_MB = 100;

const MB = 1024 * 1024;

/**
 * The sizes a zip archive declares for its files, summed from its central directory; undefined when
 * the directory cannot be found (the reader then reports the file as damaged).
 */
export function declaredUnpackedSize(zip: Buffer): number | undefined {
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) !== END) continue;
    const entries = zip.readUInt16LE(i + 10);
    let at = zip.readUInt32LE(i + 16);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > zip.length || zip.readUInt32LE(at) !== ENTRY) return undefined;
      total += zip.readUInt32LE(at + 24);
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    return total;
  }
  return undefined;
}

async function readXlsx(file: string, buffer: Buffer): Promise<Sheet[]> {
  const unpacked = declaredUnpackedSize(buffer);
  if (unpacked !== undefined && unpacked > MAX_UNPACKED_MB * MB) throw new CliError('unpacked-too-large', { file, limit: MAX_UNPACKED_MB });
  try {
    const sheets = await readExcelFile(buffer);
    const formulas = workbookFormulas(buffer);
    return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map((cell) => cell as Cell)), formulas: formulas.get(s.sheet) ?? new Map() }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') throw new CliError('unsupported-format', { file, format: '.xls (Excel 97–2003)' });
    if (code === 'NO_DATA') throw new CliError('empty-file', { file });
    throw new CliError('not-xlsx', { file, detail: error instanceof Error ? error.message : String(error) });
  }
}

/** Text of a CSV file: UTF-8 (with or without BOM) or UTF-16 with BOM ("Unicode Text" from Excel). */
function decodeText(file: string, buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new CliError('not-utf8', { file });
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

function parseWith(text: string, delimiter: string): Cell[][] {
  return parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
}

/**
 * Parses a CSV whatever its delimiter: offices save with ";" where the comma is the decimal sign,
 * with "," elsewhere, and with tabs from "Unicode Text". The delimiter whose heading row has the most
 * recognised columns wins; on a tie, the one that occurs most often.
 */
function parseCsv(file: string, buffer: Buffer): Sheet {
  const text = decodeText(file, buffer).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new CliError('empty-file', { file });
  const count = (d: string) => text.split(d).length - 1;
  const order = [...DELIMITERS].sort((a, b) => count(b) - count(a));
  let firstError: unknown;
  let best: { rows: Cell[][]; score: number } | undefined;
  for (const delimiter of order) {
    let rows: Cell[][];
    try {
      rows = parseWith(text, delimiter);
    } catch (error) {
      firstError ??= error;
      continue;
    }
    const header = findHeaderRow(rows);
    const score = header ? header.columns.filter((c) => c.role !== 'unknown').length : 0;
    if (!best || score > best.score) best = { rows, score };
  }
  if (!best) {
    const e = firstError as { lines?: number; message?: string };
    throw new CliError('csv-syntax', { file, line: e.lines ?? '?', detail: e.message ?? String(firstError) });
  }
  return { name: basename(file), rows: best.rows };
}

/** Reads a .xlsx or .csv list; anything else gets a message saying how to save it. */
export async function readSpreadsheet(file: string): Promise<Workbook> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError('file-not-found', { file });
  const size = statSync(file).size;
  if (size > MAX_FILE_MB * MB) throw new CliError('file-too-large', { file, size: (size / MB).toFixed(1), limit: MAX_FILE_MB });
  const buffer = readFileSync(file);
  if (buffer.length === 0) throw new CliError('empty-file', { file });
  const ext = extname(file).toLowerCase();
  const isZip = buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const isOle = buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  if (isOle || ext === '.xls') throw new CliError('unsupported-format', { file, format: '.xls (Excel 97–2003)' });
  // A workbook saved under another extension is still read as the workbook it is.
  if (isZip && ext !== '.ods') return { file, format: 'xlsx', sheets: await readXlsx(file, buffer) };
  if (ext === '.xlsx' || ext === '.xlsm') throw new CliError('not-xlsx', { file, detail: 'not a zip archive' });
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return { file, format: 'csv', sheets: [parseCsv(file, buffer)] };
  throw new CliError('unsupported-format', { file, format: ext || '?' });
}
