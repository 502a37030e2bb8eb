/** The spreadsheet beside each CSV: same rows and columns, Vietnamese headings and labels, text never a formula. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { sheetData, sheetName, stampZipEntries, toXlsx } from '../../src/publish/xlsx.ts';
import { exportContext, exportRows } from '../../src/publish/exports.ts';
import { EXPORT_COLUMNS } from '../../src/schemas/export.ts';
import { COLUMN_HEADINGS_VI } from '../../src/i18n/open-data.ts';
import { portal } from '../page-models/sample.ts';
import readSheet from 'read-excel-file/node';

const ctx = exportContext(portal, 'https://example.org', '/');
const rows = exportRows(ctx, [portal.decisionById.get('2017/245-qd-ttg-co-thi-dua-chinh-phu')!]);

describe('the open data as a spreadsheet', () => {
  it('has the Vietnamese headings in the CSV column order, then one row per CSV row', () => {
    const sheet = sheetData(EXPORT_COLUMNS, rows);
    expect(sheet).toHaveLength(rows.length + 1);
    expect(sheet[0]!.map((c) => (c as { value: string }).value).slice(0, 3)).toEqual(['Mã quyết định trên cổng', 'Số quyết định', 'Ngày ký']);
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, (sheet[1]![i] as { value: unknown } | null)?.value ?? null]));
    expect(row).toMatchObject({ decisionNumber: '245/QĐ-TTg', kind: 'Tập thể', level: 'Nhà nước', status: 'Có hiệu lực', row: 1, amendment: null });
  });

  it('refuses a code it has no label for rather than leaving the cell blank', () => {
    expect(() => sheetData(EXPORT_COLUMNS, [{ ...rows[0]!, kind: 'robot' as never }])).toThrow(/column kind has the code "robot"/);
  });

  it('names a sheet as Excel allows', () => {
    expect(sheetName('lang-son/xa-loc-binh')).toBe('lang-son-xa-loc-binh');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('writes a workbook that reads back with the same cells, a formula-looking name as text', async () => {
    const bytes = await toXlsx(EXPORT_COLUMNS, [{ ...rows[0]!, recipientName: '=HYPERLINK("x")' }], '2017');
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'a.xlsx');
    writeFileSync(file, bytes);
    const sheet = (await readSheet(file))[0]!.data;
    expect(sheet[0]).toEqual(EXPORT_COLUMNS.map((c) => COLUMN_HEADINGS_VI[c]));
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, sheet[1]![i]]));
    expect(row).toMatchObject({ recipientName: '=HYPERLINK("x")', kind: 'Tập thể', row: 1, decisionNumber: '245/QĐ-TTg' });
  });

  it('gives the same bytes for the same rows whenever it is written (every zip entry dated 1 January 1980)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2017-10-30T08:00:00Z'));
      const first = await toXlsx(EXPORT_COLUMNS, rows, '2017');
      vi.setSystemTime(new Date('2026-12-04T16:45:13Z'));
      const second = await toXlsx(EXPORT_COLUMNS, rows, '2017');
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      // Each local header's time and date (bytes 10–13): 00:00 on 1980-01-01 in MS-DOS form.
      const zip = Buffer.from(first);
      const headers = [...zip.entries()].filter(([i]) => zip.readUInt32LE(Math.min(i, zip.length - 4)) === 0x04034b50 && i <= zip.length - 4).map(([i]) => i);
      expect(headers.length).toBe(Object.keys(unzipSync(first)).length);
      for (const at of headers) expect([zip.readUInt16LE(at + 10), zip.readUInt16LE(at + 12)]).toEqual([0, 0x21]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses to stamp bytes that are not a zip file', () => {
    expect(() => stampZipEntries(new Uint8Array(64))).toThrow(/not a zip file/);
  });
});
