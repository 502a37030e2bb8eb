import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildPortal } from '../../src/lib/portal.ts';
import { byteSize, csvField, exportContext, exportRows, formatSize, recordsCsv, rowsCsv, statsRows, toCsv } from '../../src/lib/exports.ts';
import { yearFigures } from '../../src/lib/stats.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { EXPORT_COLUMNS, STATS_COLUMNS, exportFileJsonSchema, exportRowSchema } from '../../src/schemas/export.ts';
import { SAMPLE_CONTENT } from '../helpers.ts';

const SITE = 'https://khenthuong.example.gov.vn';
const portal = buildPortal({ ...validateFolder(SAMPLE_CONTENT).content, stories: [] });
const ctx = exportContext(portal, SITE, '/');

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text alone and writes missing values as empty cells', () => {
    expect(csvField('Hoàng Văn Kháy')).toBe('Hoàng Văn Kháy');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('thôn số 3, xã Tú Đoạn')).toBe('"thôn số 3, xã Tú Đoạn"');
    expect(csvField('phong trào "Dạy tốt"')).toBe('"phong trào ""Dạy tốt"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
  });
});

describe('CSV files', () => {
  const csv = toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', null]]);
  it('start with a UTF-8 byte order mark so Excel reads Vietnamese', () => {
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  it('end every record with CRLF and parse back to the same values', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').split('\r\n')).toHaveLength(4);
    expect(parse(csv, { bom: true })).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['line\nbreak', '']]);
  });
  it('write records in the order of the columns given', () => {
    expect(recordsCsv(['b', 'a'], [{ a: 1, b: 2 }])).toBe('\uFEFFb,a\r\n2,1\r\n');
  });
  it('measure sizes in UTF-8 bytes', () => {
    expect(byteSize('\uFEFFĐ')).toBe(5);
    expect(formatSize(300_602)).toBe('294 KB');
    expect(formatSize(3_300_000)).toBe('3,1 MB');
    expect(formatSize(10)).toBe('1 KB');
  });
});

describe('export rows of the sample', () => {
  const rows = exportRows(ctx, portal.decisions);

  it('has one row per recipient of every decision, each valid', () => {
    expect(rows).toHaveLength(portal.recipientCount);
    expect(rows).toHaveLength(703);
    for (const row of rows) exportRowSchema.parse(row);
  });

  it('gives the decision, the award, the place of the day and the row anchor', () => {
    const khay = rows.find((r) => r.recipientName === 'Hoàng Văn Kháy' && r.decisionNumber === '1820/QĐ-UBND');
    expect(khay).toEqual({
      decisionId: '2017/1820-qd-ubnd-bang-khen-nong-thon-moi',
      decisionNumber: '1820/QĐ-UBND',
      date: '2017-09-28',
      authorityId: 'ubnd-tinh-lang-son',
      authorityName: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      awardId: 'bang-khen-chu-tich-ubnd-tinh',
      awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      level: 'province',
      row: 4,
      recipientName: 'Hoàng Văn Kháy',
      kind: 'individual',
      role: 'Nông dân',
      unit: 'thôn Nà Vàng',
      placeId: 'loc-binh/xa-nhu-khue',
      placeName: 'xã Như Khuê',
      occupation: 'farmer',
      status: 'in-force',
      url: `${SITE}/quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/#r4`,
    });
  });

  it('writes a CSV whose header is the schema and whose records are the rows', () => {
    const records = parse(rowsCsv(rows), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(EXPORT_COLUMNS);
    expect(records).toHaveLength(703);
    expect(records[0]!['recipientName']).toBe(rows[0]!.recipientName);
  });

  it('keeps the base path in URLs when the site is served under a sub-path', () => {
    const [row] = exportRows(exportContext(portal, SITE, '/khen-thuong/'), [portal.decisionById.get('2017/1820-qd-ubnd-bang-khen-nong-thon-moi')!]);
    expect(row!.url).toBe(`${SITE}/khen-thuong/quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/#r1`);
  });
});

describe('statistics tables', () => {
  it('are the figures of src/lib/stats.ts, award by award', () => {
    const figures = yearFigures(portal.decisions, 2017);
    const rows = statsRows(figures, portal.awards);
    expect(rows.map((r) => [r.awardId, r.collective, r.individual, r.household, r.total])).toEqual(
      figures.byAward.map((f) => [f.award, f.byKind.collective, f.byKind.individual, f.byKind.household, f.total]),
    );
    expect(Object.keys(rows[0]!)).toEqual(STATS_COLUMNS);
  });
});

describe('the JSON Schema', () => {
  it('is generated from the Zod model, with its descriptions and required fields', () => {
    const schema = exportFileJsonSchema('https://example.org/s.json') as {
      $id: string;
      properties: { rows: { items: { required: string[]; properties: Record<string, { description?: string }> } } };
    };
    expect(schema.$id).toBe('https://example.org/s.json');
    expect(schema.properties.rows.items.required).toEqual(EXPORT_COLUMNS);
    expect(schema.properties.rows.items.properties['row']?.description).toContain('STT');
  });
});
