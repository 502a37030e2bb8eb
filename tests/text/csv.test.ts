/**
 * The portal's CSV writer (src/text/csv.ts) against csv-stringify, the library it replaced for speed, set
 * as the portal set it: the same bytes for hostile text, every value kind, and the sample's whole data set.
 */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { exportContext, exportRows, recordsCsv, toCsv } from '../../src/publish/exports.ts';
import { EXPORT_COLUMNS } from '../../src/schemas/export.ts';
import { csvField, type CsvValue } from '../../src/text/csv.ts';
import { neutraliseFormula } from '../../src/text/formula-guard.ts';
import { SAMPLE_CONTENT, portalOf } from '../helpers.ts';

/** csv-stringify as src/publish/exports.ts used it until 2026-12-05. */
const REFERENCE = {
  record_delimiter: 'windows',
  quoted_match: /[\r\n]/,
  cast: { string: neutraliseFormula, boolean: (value: boolean) => String(value) },
} as const;

const AWKWARD: CsvValue[] = [
  'Hoàng Văn Kháy',
  'thôn số 3, xã Tú Đoạn',
  'phong trào "Dạy tốt"',
  '"',
  '""',
  ',',
  'dòng 1\ndòng 2',
  'dòng 1\r\ndòng 2',
  'cuối dòng\r',
  '\n',
  '=HYPERLINK("http://evil.example","x")',
  '+84 912 345 678',
  '-1',
  '@Hà',
  '\t=1+1',
  '\r=1+1',
  "'=1+1",
  ' có dấu cách ',
  '',
  'Nguyễn Thị Ánh Tuyết; Lò Văn Pảo',
  0,
  -5,
  12.5,
  1e21,
  true,
  false,
  null,
  undefined,
];

describe('the CSV writer', () => {
  it('writes each awkward value as csv-stringify did', () => {
    for (const value of AWKWARD) expect(csvField(value), JSON.stringify(value)).toBe(stringify([[value]], REFERENCE).slice(0, -2));
  });

  it('writes a file of them, header and byte order mark included, as csv-stringify did', () => {
    const rows = AWKWARD.map((value, i) => [value, AWKWARD[AWKWARD.length - 1 - i]]);
    expect(toCsv(['a', 'b'], rows)).toBe(stringify([['a', 'b'], ...rows], { ...REFERENCE, bom: true }));
    expect(toCsv(['a', 'b'], [])).toBe(stringify([['a', 'b']], { ...REFERENCE, bom: true }));
  });

  it("writes the sample's whole data set as csv-stringify did, with and without the header", () => {
    const portal = portalOf(SAMPLE_CONTENT);
    const rows = exportRows(exportContext(portal, 'https://example.org', '/'), portal.decisions);
    expect(rows.length).toBeGreaterThan(100);
    const columns = [...EXPORT_COLUMNS];
    expect(recordsCsv(EXPORT_COLUMNS, rows)).toBe(stringify(rows, { ...REFERENCE, bom: true, header: true, columns }));
    expect(recordsCsv(EXPORT_COLUMNS, rows, false)).toBe(stringify(rows, { ...REFERENCE, header: false, columns }));
  });
});
