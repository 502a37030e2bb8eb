/**
 * "Download what is on screen": each place, award form, year and kind page links CSV, JSON and .xlsx
 * files of its own rows, with the whole export's columns, and those rows are the page's.
 */
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readSheet from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../src/schemas/export.ts';
import { COLUMN_HEADINGS_VI } from '../../src/i18n/open-data.ts';
import { writeOpenData, writePageData } from '../../src/build/content-steps.ts';
import { spreadsheetCache } from '../../src/build/spreadsheet-cache.ts';
import { buildBrowseIndex } from '../../src/model/browse.ts';
import { buildPortal } from '../../src/model/portal.ts';
import { exportContext, exportRows, rowsCsv, rowsJson } from '../../src/publish/exports.ts';
import { listPages, placePageRows } from '../../src/publish/page-data.ts';
import type { PublishedDecision } from '../../src/model/portal.ts';
import { XLSX_MAX_ROWS, hasSpreadsheet } from '../../src/publish/xlsx.ts';
import { DATA_FILES, KIND_SLUGS } from '../../src/routes/urls.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { SAMPLE_CONTENT, SAMPLE_SITE, readPage } from '../helpers.ts';

type Row = Record<string, string>;
const csvOf = (file: string) => parse(readFileSync(join(SAMPLE_SITE, file), 'utf8'), { bom: true, columns: true }) as Row[];
const all = csvOf('data/khen-thuong.csv');
const counts = (r: Row) => !r['amendment'] && r['status'] !== 'revoked';

/** The download links of a page: path under the site for each format. */
function downloads(page: string): Record<string, string> {
  const block = /<p class="data-links">([\s\S]*?)<\/p>/.exec(readPage(SAMPLE_SITE, page))?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/href="\/(data\/[^"]+\.(csv|json|xlsx))"/g)].map((m) => [m[2]!, m[1]!]));
}

// Every browse page has a spreadsheet beside its CSV (src/publish/page-data.ts `hasSpreadsheet`).
const PAGES: { page: string; rows: (r: Row) => boolean; formats: string[] }[] = [
  { page: 'nam/2017/', rows: (r) => r['date']!.startsWith('2017-'), formats: ['csv', 'json', 'xlsx'] },
  { page: 'hinh-thuc/lao-dong-tien-tien/', rows: (r) => r['awardId'] === 'lao-dong-tien-tien', formats: ['csv', 'json', 'xlsx'] },
  { page: 'doi-tuong/ho-gia-dinh/', rows: (r) => r['kind'] === 'household', formats: ['csv', 'json', 'xlsx'] },
  { page: 'dia-phuong/loc-binh/xa-loi-bac/', rows: (r) => r['placeId'] === 'loc-binh/xa-loi-bac' && counts(r), formats: ['csv', 'json', 'xlsx'] },
];

describe('the files of each browse page', () => {
  for (const { page, rows, formats } of PAGES)
    it(`${page}: ${formats.join(', ')} of exactly its rows, with the export's columns`, async () => {
      const links = downloads(page);
      expect(Object.keys(links).sort()).toEqual(formats);
      for (const file of Object.values(links)) expect(existsSync(join(SAMPLE_SITE, file)), file).toBe(true);
      const csv = csvOf(links['csv']!);
      const expected = all.filter(rows);
      expect(expected.length).toBeGreaterThan(0);
      expect(Object.keys(csv[0]!)).toEqual(EXPORT_COLUMNS);
      expect(csv.map((r) => r['url']).sort()).toEqual(expected.map((r) => r['url']).sort());
      const json = JSON.parse(readFileSync(join(SAMPLE_SITE, links['json']!), 'utf8')) as { source: string; rows: Row[] };
      expect(json.rows.map((r) => r['url'])).toEqual(csv.map((r) => r['url']));
      expect(json.source).toMatch(new RegExp(`/${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      const [sheet] = await readSheet(join(SAMPLE_SITE, links['xlsx']!));
      expect(sheet!.data[0]).toEqual(EXPORT_COLUMNS.map((c) => COLUMN_HEADINGS_VI[c]));
      expect(sheet!.data).toHaveLength(csv.length + 1);
    });

  it('gives a commune formed in 2025 the rows of the communes it absorbed, as its page lists them', () => {
    const page = readPage(SAMPLE_SITE, 'dia-phuong/lang-son/xa-loc-binh/');
    expect(page).toContain('Đơn vị này được hình thành do sáp nhập');
    const csv = csvOf(downloads('dia-phuong/lang-son/xa-loc-binh/')['csv']!);
    expect(csv.length).toBeGreaterThan(0);
    expect(new Set(csv.map((r) => r['placeId']))).not.toContain('lang-son/xa-loc-binh');
    expect(csv.every(counts)).toBe(true);
    const shown = /data-figure="rows" data-where="place=[^"]+">(\d+)</.exec(page)?.[1];
    expect(Number(shown)).toBe(csv.length);
    // The village or unit column, "who from my village".
    expect(page).toContain('<th scope="col">Đơn vị, địa chỉ</th>');
  });

  it('gives each statistics CSV its spreadsheet', async () => {
    const [sheet] = await readSheet(join(SAMPLE_SITE, 'data/thong-ke/2017.xlsx'));
    expect(sheet!.data[0]).toEqual(['Mã hình thức khen thưởng', 'Hình thức khen thưởng', 'Cấp khen thưởng', 'Tập thể', 'Cá nhân', 'Hộ gia đình', 'Tổng số lượt', 'Mã các quyết định được tính']);
    expect(sheet!.data).toHaveLength(csvOf('data/thong-ke/2017.csv').length + 1);
  });
});

describe('the page files, as the open-data step writes them', () => {
  it('are, for every page, exactly the CSV and JSON of its rows, written a piece at a time from the data set’s rows', async () => {
    const ctx = exportContext(buildPortal({ ...validateFolder(SAMPLE_CONTENT).content, stories: [] }), 'https://khenthuong.example.gov.vn', '/');
    const out = mkdtempSync(join(tmpdir(), 'portal-page-data-'));
    const kept = join(out, 'spreadsheets');
    const data = await writeOpenData(out, ctx, spreadsheetCache(kept));
    const written = await writePageData(out, ctx, data.rows, spreadsheetCache(kept));
    // Rows built again, whole, by the row builder alone, for each page as the browse index lists it: the
    // files written a piece at a time must be the same files.
    const browse = buildBrowseIndex(ctx.portal);
    const rowsOf = (d: PublishedDecision) => exportRows(ctx, [d]);
    const pages = [
      ...placePageRows(ctx, ctx.portal, browse, rowsOf).map((p) => ({ ...p, rows: [...p.pieces()].flat() })),
      ...[...browse.byYear].map(([year, list]) => ({ section: 'year' as const, key: String(year), source: ctx.absolute(ctx.urls.year(year)), rows: list.flatMap(rowsOf) })),
      ...[...browse.byAward].map(([id, list]) => ({ section: 'award' as const, key: id, source: ctx.absolute(ctx.urls.award(id)), rows: list.flatMap(rowsOf).filter((r) => r.awardId === id) })),
      ...[...browse.byKind].map(([kind, { decisions }]) => ({
        section: 'kind' as const,
        key: KIND_SLUGS[kind],
        source: ctx.absolute(ctx.urls.kind(kind)),
        rows: decisions.flatMap(rowsOf).filter((r) => r.kind === kind),
      })),
    ];
    expect(listPages(ctx, browse).map((p) => `${p.section} ${p.key}`).sort()).toEqual(pages.filter((p) => p.section !== 'place').map((p) => `${p.section} ${p.key}`).sort());
    for (const page of pages) {
      const { rows } = page;
      const read = (format: 'csv' | 'json') => readFileSync(join(out, 'data', DATA_FILES.page(page.section, page.key, format)), 'utf8');
      expect(read('csv'), page.key).toBe(rowsCsv(rows));
      expect(read('json'), page.key).toBe(rowsJson(ctx, rows, page.source));
      // A spreadsheet exactly where the page links one.
      expect(existsSync(join(out, 'data', DATA_FILES.page(page.section, page.key, 'xlsx'))), page.key).toBe(rows.length <= XLSX_MAX_ROWS);
    }
    // Each decision's own files too, made from the same text as the whole data set's pieces.
    for (const decision of ctx.portal.decisions) {
      const rows = exportRows(ctx, [decision]);
      const read = (format: 'csv' | 'json') => readFileSync(join(out, 'data', DATA_FILES.decision(decision.id, format)), 'utf8');
      expect(read('csv'), decision.id).toBe(rowsCsv(rows));
      expect(read('json'), decision.id).toBe(rowsJson(ctx, rows, ctx.absolute(ctx.urls.decision(decision.id))));
    }
    // The spreadsheets were filed under the hash of the JSON as written, piece by piece: the key the rows
    // themselves give, so asked again from the rows alone, every one is found.
    const again = spreadsheetCache(kept);
    for (const page of pages.filter((p) => hasSpreadsheet(p.rows.length))) await again.xlsx(EXPORT_COLUMNS, page.rows, page.key);
    for (const decision of ctx.portal.decisions) await again.xlsx(EXPORT_COLUMNS, exportRows(ctx, [decision]), decision.data.number);
    expect(again.finish()).toMatchObject({ written: 0 });
    // CSV, JSON and a spreadsheet for every page, and a spreadsheet beside each statistics CSV.
    expect(new Set(pages.map((p) => p.section))).toEqual(new Set(['place', 'award', 'year', 'kind']));
    expect(data.listFiles.files + written.files).toBeGreaterThan(pages.length * 3);
    expect(existsSync(join(out, 'data', 'thong-ke', '2017.xlsx'))).toBe(true);
  });
});

describe("a decision page's own files", () => {
  const id = '2017/1399-qd-ubnd-lao-dong-tien-tien-nam-hoc-2016-2017';
  it('links CSV, JSON and a spreadsheet of exactly its list, in the order signed, from both languages', async () => {
    const links = downloads(`quyet-dinh/${id}/`);
    expect(Object.keys(links).sort()).toEqual(['csv', 'json', 'xlsx']);
    expect(downloads(`en/quyet-dinh/${id}/`)).toEqual(links);
    const csv = csvOf(links['csv']!);
    const own = all.filter((r) => r['decisionId'] === id);
    expect(own.length).toBeGreaterThan(10);
    expect(csv.map((r) => r['url'])).toEqual(own.map((r) => r['url']));
    const json = JSON.parse(readFileSync(join(SAMPLE_SITE, links['json']!), 'utf8')) as { rows: Row[] };
    expect(json.rows.map((r) => r['url'])).toEqual(own.map((r) => r['url']));
    const [sheet] = await readSheet(join(SAMPLE_SITE, links['xlsx']!));
    expect(sheet!.data[0]).toEqual(EXPORT_COLUMNS.map((c) => COLUMN_HEADINGS_VI[c]));
    const name = EXPORT_COLUMNS.indexOf('recipientName');
    expect(sheet!.data.slice(1).map((row) => row[name])).toEqual(own.map((r) => r['recipientName']));
  });
});

describe('which pages have a spreadsheet', () => {
  it('gives one to every page up to the most rows a spreadsheet is written with', () => {
    expect(hasSpreadsheet(1)).toBe(true);
    expect(hasSpreadsheet(XLSX_MAX_ROWS)).toBe(true);
    expect(hasSpreadsheet(XLSX_MAX_ROWS + 1)).toBe(false);
  });
});

describe('citations of figures and printed pages', () => {
  it('give each statistics table and press summary a citation whose date of access the reader’s script fills', () => {
    const page = readPage(SAMPLE_SITE, 'thong-ke/2017/');
    const templates = [...page.matchAll(/<textarea[^>]*data-cite-template="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)];
    expect(templates).toHaveLength(2);
    for (const [, template, fallback] of templates) {
      expect(template).toContain('{accessed}');
      expect(template).toMatch(/số liệu tính đến ngày \d+ tháng \d+ năm \d{4}/);
      expect(template).toContain('/thong-ke/2017/');
      expect(fallback).toContain('truy cập ngày … (điền ngày bạn xem trang)');
    }
    expect(readPage(SAMPLE_SITE, 'bao-cao/2017/')).toContain('data-cite-template=');
  });

  it('carry the portal’s name and the page’s address for print, and the script that dates them', () => {
    const page = readPage(SAMPLE_SITE, 'thong-ke/2017/');
    expect(page).toMatch(/<p class="print-meta">[^<]+ · [^<]*\/thong-ke\/2017\/ · In ngày <span data-print-date><\/span><\/p>/);
    // Scripts of the site itself, as the CSP allows (src/routes/csp.ts); one of them dates the print.
    const sources = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    for (const src of sources) expect(src).toMatch(/^\/_astro\/[^/]+\.js$/);
    expect(sources.filter((src) => readFileSync(join(SAMPLE_SITE, src), 'utf8').includes('beforeprint'))).toHaveLength(1);
  });
});
