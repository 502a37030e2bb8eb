/**
 * Period pages on a real build of the sample spread over 2015–2018 (tests/helpers.ts `multiYearContent`):
 * 86/QĐ-UBND (5 collectives) in 2015, 35 and 37/QĐ-UBND (30 + 30 rows) in 2016, the rest in 2017, and a
 * 2018 decision revoking 612/QĐ-UBND (95 rows).
 */
import { parse } from 'csv-parse/sync';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { multiYearSite, readPage } from '../helpers.ts';

const PERIODS = ['2015-2016', '2015-2017', '2015-2018', '2016-2017', '2016-2018', '2017-2018'];
const YEARS = ['2015', '2016', '2017', '2018'];

const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const csvOf = (site: string, file: string) => parse(readFileSync(join(site, 'data', file), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

describe('statistics and reports for periods of whole years', () => {
  // Built when the tests run, not when they are collected: a filtered run of other files builds nothing.
  let site: string;
  let page: string;
  beforeAll(() => {
    site = multiYearSite();
    page = readPage(site, 'thong-ke/2015-2018/');
  }, 300_000);

  it('have a page, an English page, a report and a CSV for every span of years with decisions, and only those', () => {
    const dirs = (path: string) => readdirSync(join(site, path)).filter((name) => /^\d{4}(-\d{4})?$/.test(name)).sort();
    expect(dirs('thong-ke')).toEqual([...YEARS, ...PERIODS].sort());
    expect(dirs('en/thong-ke')).toEqual([...YEARS, ...PERIODS].sort());
    expect(dirs('bao-cao')).toEqual([...YEARS, ...PERIODS].sort());
    // Each table as CSV and, beside it, as a spreadsheet.
    expect(readdirSync(join(site, 'data/thong-ke')).sort()).toEqual([...YEARS, ...PERIODS].flatMap((s) => [`${s}.csv`, `${s}.xlsx`]).sort());
  });

  it('give the totals of the years added up, the grassroots share and the revoked rows', () => {
    expect(page).toContain('<h1>Thống kê khen thưởng giai đoạn 2015–2018</h1>');
    // Figures are marked by inline spans (src/page-models/figures.ts), which a reader does not see.
    const unmarked = page.replace(/<\/?span[^>]*>/g, '');
    expect(text(unmarked)).toContain('Tổng số lượt khen thưởng: 607. Tỷ lệ nông dân, lao động trực tiếp và tập thể nhỏ: 88,5% (537/607 lượt có ghi thành phần)');
    expect(unmarked).toContain('<p class="notice">95 lượt thuộc quyết định đã bị thu hồi, không tính ở trên. <a class="count-note"');
    const byYear = /<caption>Theo năm<\/caption>([\s\S]*?)<\/table>/.exec(page)![1]!;
    expect([...byYear.matchAll(/<a href="\/thong-ke\/(\d{4})\/">\d{4}<\/a><\/th><td class="num"[^>]*>(\d+)</g)].map((m) => [m[1], Number(m[2])])).toEqual([
      ['2015', 5],
      ['2016', 60],
      ['2017', 542],
      ['2018', 0],
    ]);
    // Six charts: by year, award, level, kind, occupational group and place.
    expect(page.match(/<svg /g)).toHaveLength(6);
  });

  it('trace each figure to its decisions, across years', () => {
    const row = /<tr><th scope="row"><a href="\/hinh-thuc\/tap-the-lao-dong-xuat-sac\/">[\s\S]*?<\/tr>/.exec(page)![0];
    expect(text(row)).toBe('Tập thể lao động xuất sắc09091502/QĐ-UBND, 86/QĐ-UBND');
    expect(row).toContain('<a href="/quyet-dinh/2017/86-qd-ubnd-tap-the-lao-dong-xuat-sac-2016/">86/QĐ-UBND</a>');
  });

  it('put beside the table a CSV with the same rows, equal to the years’ CSVs added up', () => {
    expect(page).toContain('<a href="/data/thong-ke/2015-2018.csv" download>');
    const period = csvOf(site, 'thong-ke/2015-2018.csv');
    expect(period.map((r) => [r['awardId'], Number(r['total'])])).toEqual([
      ['co-thi-dua-cua-chinh-phu', 1],
      ['tap-the-lao-dong-xuat-sac', 9],
      ['don-vi-quyet-thang', 3],
      ['bang-khen-chu-tich-ubnd-tinh', 30],
      ['chien-si-thi-dua-co-so', 39],
      ['tap-the-lao-dong-tien-tien', 47],
      ['lao-dong-tien-tien', 310],
      ['giay-khen-chu-tich-ubnd-huyen', 168],
    ]);
    const summed = new Map<string, number>();
    for (const year of YEARS) for (const r of csvOf(site, `thong-ke/${year}.csv`)) summed.set(r['awardId']!, (summed.get(r['awardId']!) ?? 0) + Number(r['total']));
    expect(new Map(period.map((r) => [r['awardId']!, Number(r['total'])]))).toEqual(summed);
    expect(period.find((r) => r['awardId'] === 'tap-the-lao-dong-tien-tien')!['decisions']).toBe(
      '2017/1398-qd-ubnd-tap-the-lao-dong-tien-tien-nam-hoc-2016-2017 2017/35-qd-ubnd-tap-the-lao-dong-tien-tien-2016',
    );
  });

  it('have a report paragraph that names the period, linked to the statistics', () => {
    const report = readPage(site, 'bao-cao/2016-2017/');
    expect(report).toContain('<h1>Báo cáo khen thưởng giai đoạn 2016–2017</h1>');
    expect(report).toContain(
      'Trong giai đoạn 2016–2017, toàn huyện có 1 tập thể được tặng Cờ thi đua của Chính phủ; 4 tập thể lao động xuất sắc; 3 đơn vị quyết thắng; ' +
        '6 tập thể và 24 cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh; 39 chiến sĩ thi đua cơ sở; 47 tập thể lao động tiên tiến; ' +
        '310 lao động tiên tiến; 33 tập thể, 125 cá nhân và 10 hộ gia đình được tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện. ' +
        'Không tính 95 lượt thuộc quyết định đã bị thu hồi.',
    );
    expect(report).toContain('<a href="/thong-ke/2016-2017/">Xem bảng thống kê chi tiết giai đoạn 2016–2017</a>');
  });

  it('exist in English, pointing at each other', () => {
    const en = readPage(site, 'en/thong-ke/2015-2018/');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Award statistics for 2015–2018</h1>');
    expect(en).toContain('<caption>Recipients in 2015–2018 by award form and kind</caption>');
    expect(en).toContain('hreflang="vi" href="https://khenthuong.example.gov.vn/thong-ke/2015-2018/"');
    expect(page).toContain('hreflang="en" href="https://khenthuong.example.gov.vn/en/thong-ke/2015-2018/"');
  });

  it('are chosen from a grid of links, without script, on the statistics, report and English pages', () => {
    const links = (path: string) => [...readPage(site, path).matchAll(/<td class="num"><a href="([^"]+)" aria-label="([^"]+)">(\d{4})<\/a><\/td>/g)].map((m) => [m[1], m[2], m[3]]);
    const spans = [...YEARS, ...PERIODS].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4)) || a.slice(-4).localeCompare(b.slice(-4)));
    const name = (s: string) => (s.length === 4 ? `năm ${s}` : `giai đoạn ${s.replace('-', '–')}`);
    expect(links('thong-ke/')).toEqual(spans.map((s) => [`/thong-ke/${s}/`, name(s), s.slice(-4)]));
    expect(links('bao-cao/')).toEqual(spans.map((s) => [`/bao-cao/${s}/`, name(s), s.slice(-4)]));
    expect(links('en/thong-ke/')).toEqual(spans.map((s) => [`/en/thong-ke/${s}/`, s.replace('-', '–'), s.slice(-4)]));
    expect(readPage(site, 'thong-ke/')).toContain('<a href="/bao-cao/">Báo cáo khen thưởng theo năm và giai đoạn</a>');
    // The only script on the page is the site-wide search box; the picker is plain links.
    expect(/<main[\s\S]*<\/main>/.exec(readPage(site, 'thong-ke/'))![0]).not.toContain('<script');
  });

  it('have their tables on the open-data page in one line', () => {
    expect(text(readPage(site, 'du-lieu-mo/'))).toContain('tại thong-ke/&lt;năm đầu&gt;-&lt;năm cuối&gt;.csv (6 bảng, ví dụ thong-ke/2015-2016.csv).');
  });
});
