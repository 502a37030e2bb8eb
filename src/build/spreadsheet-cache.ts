/**
 * The open data's spreadsheets kept from the last build, by what they hold. A spreadsheet is most of the
 * open-data step's time (write-excel-file builds every cell's XML, fflate deflates it: several ms a file
 * and 0.2 to 0.4 ms a row, bench/README.md), and one edit changes the rows of a few files: its decision's,
 * its place's, award form's, year's and kind's, and the whole data set's. Each spreadsheet is filed under
 * the hash of its sheet name, columns and rows, and of everything else that decides its bytes
 * (`spreadsheetFormat`), so a reused file is the file this build would write: the incremental build
 * publishes what a build from scratch would (tests/build/incremental.test.ts). The rows are hashed as
 * their JSON (`JSON.stringify` of each row, joined by commas): the text the open-data step writes anyway,
 * so it passes that text's hash (`RowsDigest`) rather than have the rows serialised a second time for
 * the key (at the default corpus that second time was 20 of the step's 55 s, bench/README.md).
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spreadsheetFormat, toXlsx, type XlsxRow } from '../publish/xlsx.ts';

/** The folder under Astro's `cacheDir` that holds the spreadsheets. */
export const SPREADSHEET_CACHE_FOLDER = 'portal-spreadsheets';

/** The hash of rows' JSON, fed as the text is written: each row's `JSON.stringify`, joined by commas. */
export class RowsDigest {
  readonly #hash: Hash = createHash('sha256');

  add(json: string): this {
    this.#hash.update(json);
    return this;
  }

  digest(): string {
    return this.#hash.digest('base64url');
  }

  /** The digest of `rows`, serialised here: for rows no file has written as JSON (a statistics table). */
  static of(rows: readonly XlsxRow[]): string {
    const digest = new RowsDigest();
    // In slices: one update per row costs more than the JSON, one string for every row can outgrow V8's.
    for (let i = 0; i < rows.length; i += 1000) digest.add(`${i ? ',' : ''}${rows.slice(i, i + 1000).map((row) => JSON.stringify(row)).join(',')}`);
    return digest.digest();
  }
}

export interface Spreadsheets {
  /**
   * The spreadsheet of these rows: reused when an earlier build wrote the same, else written and kept.
   * `rowsDigest` is the `RowsDigest` of the rows' JSON when the caller has written it; else the rows are hashed here.
   */
  xlsx(columns: Parameters<typeof toXlsx>[0], rows: readonly XlsxRow[], sheet: string, rowsDigest?: string): ReturnType<typeof toXlsx>;
  /** Forgets the spreadsheets this build did not ask for, so the folder holds one build's; returns what it did. */
  finish(): { reused: number; written: number; removed: number };
}

/** Spreadsheets kept in `folder`; `fresh` (the build's `--force`) empties it first. Without a folder, each is written anew. */
export function spreadsheetCache(folder: string | undefined, { fresh = false } = {}): Spreadsheets {
  const format = spreadsheetFormat();
  if (!folder || !format) {
    let written = 0;
    return {
      xlsx(columns, rows, sheet) {
        written += 1;
        return toXlsx(columns, rows, sheet);
      },
      finish: () => ({ reused: 0, written, removed: 0 }),
    };
  }
  if (fresh) rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const used = new Set<string>();
  let reused = 0;
  let written = 0;
  return {
    async xlsx(columns, rows, sheet, rowsDigest = RowsDigest.of(rows)) {
      const file = `${createHash('sha256').update(format).update(JSON.stringify([sheet, columns, rowsDigest])).digest('base64url')}.xlsx`;
      used.add(file);
      const path = join(folder, file);
      try {
        const kept = readFileSync(path);
        reused += 1;
        return new Uint8Array(kept.buffer, kept.byteOffset, kept.byteLength) as Uint8Array<ArrayBuffer>;
      } catch {
        // Not kept (or removed meanwhile by another build's `finish`): written anew.
      }
      const bytes = await toXlsx(columns, rows, sheet);
      // Written aside and renamed, so that another build reading the folder never sees half a file.
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, path);
      written += 1;
      return bytes;
    },
    finish() {
      let removed = 0;
      for (const file of readdirSync(folder)) {
        if (used.has(file) || file.endsWith('.partial')) continue;
        rmSync(join(folder, file), { force: true });
        removed += 1;
      }
      return { reused, written, removed };
    },
  };
}
