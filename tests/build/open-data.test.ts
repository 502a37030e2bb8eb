import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import readSheet from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { COLUMN_HEADINGS_VI } from '../../src/i18n/open-data.ts';
import { formatSize } from '../../src/publish/exports.ts';
import { FEED_LENGTH, atomFeed } from '../../src/publish/feeds.ts';
import { isSitemapPage, pagePath, sitemapPaths } from '../../src/publish/sitemap.ts';
import { escapeXml } from '../../src/text/xml.ts';
import { makeUrls } from '../../src/routes/urls.ts';
import { buildPortal } from '../../src/model/portal.ts';
import { yearFigures } from '../../src/model/stats.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { EXPORT_COLUMNS, STATS_COLUMNS } from '../../src/schemas/export.ts';
import { SAMPLE_CONTENT, SAMPLE_SITE, htmlFiles, readPage } from '../helpers.ts';

const SITE = 'https://khenthuong.example.gov.vn';
const portal = buildPortal({ ...validateFolder(SAMPLE_CONTENT).content, stories: [] });
const read = (path: string) => readFileSync(join(SAMPLE_SITE, path), 'utf8');
const filesUnder = (dir: string, ext: string) =>
  readdirSync(join(SAMPLE_SITE, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => relative(SAMPLE_SITE, join(e.parentPath, e.name)));

/** CSV records, checked to be RFC 4180 with a BOM and CRLF line ends. */
function readCsv(path: string): Record<string, string>[] {
  const bytes = readFileSync(join(SAMPLE_SITE, path));
  expect([...bytes.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.replace(/"[^"]*(?:""[^"]*)*"/g, '').replace(/\r\n/g, ''), `${path}: bare line break`).not.toMatch(/[\r\n]/);
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
}

describe('open data: CSV', () => {
  it('has exactly one record per recipient (703) in the full file, with the schema columns', () => {
    const records = readCsv('data/khen-thuong.csv');
    expect(records).toHaveLength(703);
    expect(Object.keys(records[0]!)).toEqual(EXPORT_COLUMNS);
    const khay = records.find((r) => r['decisionNumber'] === '1820/QĐ-UBND' && r['row'] === '4');
    expect(khay?.['recipientName']).toBe('Hoàng Văn Kháy');
    expect(khay?.['placeName']).toBe('xã Như Khuê');
    expect(khay?.['url']).toBe(`${SITE}/quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/#r4`);
    // Names with commas survive the round trip.
    expect(records.some((r) => r['recipientName'] === 'Nhân dân và cán bộ thôn số 3, xã Tú Đoạn')).toBe(true);
  });

  it('has a file per decision, together holding every record once', () => {
    const files = filesUnder('data/quyet-dinh', '.csv');
    expect(files).toHaveLength(portal.decisions.length);
    const urls = files.flatMap((f) => readCsv(f).map((r) => r['url']));
    expect(new Set(urls).size).toBe(703);
  });

  it('marks the correction 1735/QĐ-UBND and the decision it corrects, 36/QĐ-UBND, on every row of each', () => {
    const records = readCsv('data/khen-thuong.csv');
    const columns = (r: Record<string, string>) => [r['status'], r['amendment'], r['amendsIds'], r['amendsNumbers'], r['amendedByIds'], r['amendedByNumbers']];
    const correction = records.filter((r) => r['decisionNumber'] === '1735/QĐ-UBND');
    const corrected = records.filter((r) => r['decisionNumber'] === '36/QĐ-UBND');
    expect(correction).toHaveLength(1);
    expect(corrected.length).toBeGreaterThan(100);
    expect(columns(correction[0]!)).toEqual(['in-force', 'correction', '2017/36-qd-ubnd-lao-dong-tien-tien-2016', '36/QĐ-UBND', '', '']);
    for (const r of corrected) expect(columns(r)).toEqual(['corrected', '', '', '', '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', '1735/QĐ-UBND']);
    const others = records.filter((r) => r['decisionNumber'] !== '1735/QĐ-UBND' && r['decisionNumber'] !== '36/QĐ-UBND');
    expect(others.filter((r) => r['amendment'] || r['amendsIds'] || r['amendedByIds'] || r['status'] !== 'in-force')).toEqual([]);
    // The per-decision file says the same.
    expect(columns(readCsv('data/quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016.csv')[0]!)).toEqual(columns(correction[0]!));
  });

  it('marks only the row 1735/QĐ-UBND corrects, with the corrected name and the old one in its own column', () => {
    const records = readCsv('data/khen-thuong.csv');
    const marked = records.filter((r) => r['rowStatus'] !== 'in-force' || r['correctedBy'] || r['correctedFrom']);
    expect(marked.map((r) => [r['decisionNumber'], r['row'], r['recipientName'], r['rowStatus'], r['correctedBy'], r['correctedFrom']])).toEqual([
      ['36/QĐ-UBND', '4', 'Nông Thiện Lan', 'corrected', '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', 'recipientName: Nông Thiên Lan'],
    ]);
    expect(records.filter((r) => r['recipientName'] === 'Nông Thiên Lan')).toEqual([]);
    const own = readCsv('data/quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016.csv').find((r) => r['row'] === '4');
    expect(own?.['correctedFrom']).toBe('recipientName: Nông Thiên Lan');
  });

  it('has the whole data set as a spreadsheet too: every row, Vietnamese headings', async () => {
    const records = readCsv('data/khen-thuong.csv');
    const [sheet] = await readSheet(join(SAMPLE_SITE, 'data/khen-thuong.xlsx'));
    expect(sheet!.data[0]).toEqual(EXPORT_COLUMNS.map((c) => COLUMN_HEADINGS_VI[c]));
    expect(sheet!.data).toHaveLength(records.length + 1);
    const name = EXPORT_COLUMNS.indexOf('recipientName');
    expect(sheet!.data.slice(1).map((row) => row[name])).toEqual(records.map((r) => r['recipientName']));
  });

  it('has no cell a spreadsheet would run as a formula', () => {
    const files = filesUnder('data', '.csv');
    expect(files).toContain('data/khen-thuong.csv');
    for (const file of files) for (const record of readCsv(file)) for (const cell of Object.values(record)) expect(cell, file).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('gives the 2017 figures exactly as src/model/stats.ts counts them', () => {
    const records = readCsv('data/thong-ke/2017.csv');
    expect(Object.keys(records[0]!)).toEqual(STATS_COLUMNS);
    const figures = yearFigures(portal.decisions, 2017);
    expect(records.map((r) => [r['awardId'], Number(r['collective']), Number(r['individual']), Number(r['household']), Number(r['total'])])).toEqual(
      figures.byAward.map((f) => [f.award, f.byKind.collective, f.byKind.individual, f.byKind.household, f.total]),
    );
    expect(records.reduce((sum, r) => sum + Number(r['total']), 0)).toBe(figures.total);
  });
});

describe('open data: JSON', () => {
  const schemaText = read('data/khen-thuong.schema.json');
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { uri: (s: string) => URL.canParse(s), date: /^\d{4}-\d{2}-\d{2}$/ } });
  const validate = ajv.compile(JSON.parse(schemaText) as object);

  it('validates every JSON file against the published JSON Schema', () => {
    const files = ['data/khen-thuong.json', ...filesUnder('data/quyet-dinh', '.json')];
    expect(files).toHaveLength(1 + portal.decisions.length);
    for (const file of files) {
      const data = JSON.parse(read(file)) as { $schema: string; license: string };
      expect(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(data.$schema).toBe(`${SITE}/data/khen-thuong.schema.json`);
      expect(data.license).toContain('creativecommons.org/licenses/by/4.0');
    }
  });

  it('holds the same rows as the CSV', () => {
    const { rows } = JSON.parse(read('data/khen-thuong.json')) as { rows: Record<string, unknown>[] };
    const records = readCsv('data/khen-thuong.csv');
    expect(rows).toHaveLength(703);
    expect(rows.map((r) => EXPORT_COLUMNS.map((c) => String(r[c] ?? '')))).toEqual(records.map((r) => EXPORT_COLUMNS.map((c) => r[c])));
  });

  it('rejects a file that breaks the schema', () => {
    const { rows } = JSON.parse(read('data/khen-thuong.json')) as { rows: Record<string, unknown>[] };
    const bad = { ...JSON.parse(read('data/khen-thuong.json')), rows: [{ ...rows[0], kind: 'robot', idNumber: '0123' }] };
    expect(validate(bad)).toBe(false);
  });
});

describe('the open-data page', () => {
  const html = readPage(SAMPLE_SITE, 'du-lieu-mo/');
  it('lists each file with the size it really has, and the CC BY 4.0 licence', () => {
    for (const file of ['khen-thuong.csv', 'khen-thuong.json', 'khen-thuong.xlsx', 'khen-thuong.schema.json', 'thong-ke/2017.csv']) {
      const size = formatSize(statSync(join(SAMPLE_SITE, 'data', file)).size);
      expect(html).toMatch(new RegExp(`href="/data/${file}".*?<td class="num">${size}</td>`, 's'));
    }
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('rel="license"');
  });
  it('explains every column', () => {
    for (const column of EXPORT_COLUMNS) expect(html).toContain(`<code>${column}</code>`);
    expect(html).toMatch(/<code>amendsNumbers<\/code><\/th><td>Số của các quyết định đó/);
  });
  it('says how CSV cells that look like formulas are written', () => {
    expect(html).toContain('được thêm dấu nháy đơn');
  });
  it('links to its English version, which translates the page and keeps the files', () => {
    expect(html).toContain(`hreflang="en" href="${SITE}/en/du-lieu-mo/"`);
    const en = readPage(SAMPLE_SITE, 'en/du-lieu-mo/');
    expect(en).toMatch(/<html lang="en"/);
    expect(en).toContain(`hreflang="vi" href="${SITE}/du-lieu-mo/"`);
    expect(en).toContain('<h1>Open data</h1>');
    expect(en).toContain('All award recipients (CSV, opens in Excel)');
    expect(en).toContain('gets a leading single quote');
    for (const column of EXPORT_COLUMNS) expect(en).toContain(`<code>${column}</code>`);
    expect(en).toMatch(/<code>amendedByNumbers<\/code><\/th><td>Numbers of those decisions/);
    expect(en).toMatch(/<code>kind<\/code><\/th><td>Recipient kind: individual \(individual\)/);
    const size = formatSize(statSync(join(SAMPLE_SITE, 'data/khen-thuong.csv')).size, 'en');
    expect(en).toMatch(new RegExp(`href="/data/khen-thuong.csv".*?<td class="num">${size}</td>`, 's'));
    // The English interface points its footer at the English page.
    expect(readPage(SAMPLE_SITE, 'en/')).toContain('href="/en/du-lieu-mo/"');
  });
});

describe('feeds and sitemap', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'url' || name === 'sitemap' });

  it('writes well-formed Atom, newest decision first', () => {
    const files = ['feeds/quyet-dinh.xml', ...filesUnder('feeds/hinh-thuc', '.xml')];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(XMLValidator.validate(read(file)), file).toBe(true);
    const feed = parser.parse(read('feeds/quyet-dinh.xml')).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry).toHaveLength(Math.min(FEED_LENGTH, portal.decisions.length));
    expect(feed.entry[0].id).toBe(`${SITE}/quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016/`);
    expect(feed.entry[1].id).toBe(`${SITE}/quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/`);
    expect(feed.entry[1].title).toBe('Quyết định số 1820/QĐ-UBND về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(feed.updated).toBe('2017-11-20T00:00:00+07:00');
  });

  it('has one feed per award form used, holding exactly its decisions', () => {
    const feed = parser.parse(read('feeds/hinh-thuc/giay-khen-chu-tich-ubnd-huyen.xml')).feed;
    expect(feed.entry).toHaveLength(portal.decisions.filter((d) => d.awards.some((a) => a.id === 'giay-khen-chu-tich-ubnd-huyen')).length);
  });

  it('has at /sitemap.xml an index of the sitemap files, which are all valid XML', () => {
    const index = read('sitemap.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const files = (parser.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(files).toEqual([`${SITE}/sitemap-1.xml`]);
    expect(readdirSync(SAMPLE_SITE).filter((f) => /^sitemap.*\.xml$/.test(f)).sort()).toEqual(['sitemap-1.xml', 'sitemap.xml']);
    for (const file of files) expect(XMLValidator.validate(read(file.slice(SITE.length + 1))), file).toBe(true);
  });

  it('lists in the sitemap exactly the HTML pages built, except 404 and the redirect pages of old addresses', () => {
    const files = (parser.parse(read('sitemap.xml')).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc.slice(SITE.length + 1));
    const listed = files.flatMap((file) => (parser.parse(read(file)).urlset.url as { loc: string }[]).map((u) => u.loc));
    expect(listed).toContain(`${SITE}/en/du-lieu-mo/`);
    const redirected = new Set(validateFolder(SAMPLE_CONTENT).content.redirects.map((r) => r.data.from));
    const built = htmlFiles(SAMPLE_SITE)
      .map((f) => `/${relative(SAMPLE_SITE, f)}`.replace(/index\.html$/, ''))
      .filter((path) => path !== '/404.html' && !redirected.has(path));
    expect([...listed].sort()).toEqual(built.map((path) => `${SITE}${path}`).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('feed and sitemap builders', () => {
  it('escape XML special characters and drop characters XML forbids', () => {
    expect(escapeXml(`Dạy tốt & học tốt <"2017"> 'x'\u0007`)).toBe('Dạy tốt &amp; học tốt &lt;&quot;2017&quot;&gt; &apos;x&apos;');
    const feed = atomFeed({ self: 'https://a/f.xml?x=1&y=2', alternate: 'https://a/', title: 'A & B', author: '<X>' }, []);
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).toContain('<title>A &amp; B</title>');
  });

  it('turn page files and their parameters into paths', () => {
    expect(pagePath('./index.astro')).toBe('');
    expect(pagePath('./gioi-thieu.astro')).toBe('gioi-thieu/');
    expect(pagePath('./quyet-dinh/index.astro')).toBe('quyet-dinh/');
    expect(pagePath('./quyet-dinh/[...id].astro', { id: '2017/86-qd' })).toBe('quyet-dinh/2017/86-qd/');
    expect(pagePath('./quyet-dinh/trang/[page].astro', { page: 2 })).toBe('quyet-dinh/trang/2/');
    expect(pagePath('./nam/[...slug].astro', { slug: undefined })).toBe('nam/');
    expect(isSitemapPage('./404.astro')).toBe(false);
    expect(isSitemapPage('./_draft/x.astro')).toBe(false);
    expect(isSitemapPage('./quyet-dinh/[...id].astro')).toBe(true);
  });

  it('list static pages once and dynamic pages once per path, under the base', async () => {
    const pages = {
      './index.astro': async () => ({}),
      './404.astro': async () => ({}),
      './quyet-dinh/[...id].astro': async () => ({ getStaticPaths: async () => [{ params: { id: 'a/b' } }, { params: { id: 'c' } }] }),
    };
    expect(await sitemapPaths(pages, makeUrls('/kt/'))).toEqual(['/kt/', '/kt/quyet-dinh/a/b/', '/kt/quyet-dinh/c/']);
  });
});
