/** Spreadsheets kept from build to build: reused only for the same rows, equal to a fresh one, the folder holding one build's. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RowsDigest, spreadsheetCache } from '../../src/build/spreadsheet-cache.ts';
import { exportContext, exportRows, rowsText } from '../../src/publish/exports.ts';
import { spreadsheetFormat, toXlsx } from '../../src/publish/xlsx.ts';
import { EXPORT_COLUMNS } from '../../src/schemas/export.ts';
import { portal } from '../page-models/sample.ts';

const ctx = exportContext(portal, 'https://example.org', '/');
const rows = exportRows(ctx, [portal.decisionById.get('2017/245-qd-ttg-co-thi-dua-chinh-phu')!]);
const corrected = [{ ...rows[0]!, recipientName: 'Chu Bảo Thảo' }, ...rows.slice(1)];

describe('the spreadsheet cache', () => {
  it('knows the format it files spreadsheets under', () => {
    expect(spreadsheetFormat()).toMatch(/^[\w-]{43}$/);
  });

  it('gives a later build the same bytes a fresh spreadsheet has, without writing it again', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sheets-')), 'cache');
    const first = spreadsheetCache(folder);
    const written = await first.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    expect(first.finish()).toEqual({ reused: 0, written: 1, removed: 0 });
    const second = spreadsheetCache(folder);
    const kept = await second.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    expect(second.finish()).toEqual({ reused: 1, written: 0, removed: 0 });
    expect(Buffer.from(kept).equals(Buffer.from(written))).toBe(true);
    expect(Buffer.from(kept).equals(Buffer.from(await toXlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg')))).toBe(true);
  });

  it('writes anew when a row, the sheet name or the columns differ, and forgets what the build no longer asks for', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sheets-')), 'cache');
    const first = spreadsheetCache(folder);
    await first.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    first.finish();
    const second = spreadsheetCache(folder);
    const fixed = await second.xlsx(EXPORT_COLUMNS, corrected, '245/QĐ-TTg');
    await second.xlsx(EXPORT_COLUMNS, rows, 'khen-thuong');
    await second.xlsx(EXPORT_COLUMNS.slice(1), rows.map(({ decisionId: _, ...row }) => row), '245/QĐ-TTg');
    expect(second.finish()).toEqual({ reused: 0, written: 3, removed: 1 });
    expect(readdirSync(folder)).toHaveLength(3);
    expect(Buffer.from(fixed).equals(Buffer.from(await toXlsx(EXPORT_COLUMNS, corrected, '245/QĐ-TTg')))).toBe(true);
  });

  it('writes everything anew when told to (the build\'s --force)', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sheets-')), 'cache');
    const first = spreadsheetCache(folder);
    await first.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    first.finish();
    const forced = spreadsheetCache(folder, { fresh: true });
    await forced.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    expect(forced.finish()).toEqual({ reused: 0, written: 1, removed: 0 });
  });

  it('finds a spreadsheet by the hash of the JSON its rows were written as, in any pieces, as by the rows themselves', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sheets-')), 'cache');
    const first = spreadsheetCache(folder);
    const json = rowsText(rows).json;
    await first.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg', new RowsDigest().add(json).digest());
    first.finish();
    // Written in two pieces, as a page's file is (the second with its comma), the hash is the same.
    const long = exportRows(ctx, [portal.decisionById.get('2017/1399-qd-ubnd-lao-dong-tien-tien-nam-hoc-2016-2017')!]);
    expect(long.length).toBeGreaterThan(2);
    const [head, tail] = [rowsText(long.slice(0, 2)).json, rowsText(long.slice(2)).json];
    expect(new RowsDigest().add(head).add(`,${tail}`).digest()).toBe(RowsDigest.of(long));
    const second = spreadsheetCache(folder);
    await second.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    expect(second.finish()).toEqual({ reused: 1, written: 0, removed: 0 });
    expect(RowsDigest.of(corrected)).not.toBe(RowsDigest.of(rows));
  });

  it('without a folder, writes every spreadsheet', async () => {
    const none = spreadsheetCache(undefined);
    await none.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    await none.xlsx(EXPORT_COLUMNS, rows, '245/QĐ-TTg');
    expect(none.finish()).toEqual({ reused: 0, written: 2, removed: 0 });
  });
});
