import { describe, expect, it } from 'vitest';
import { plain } from '../../src/page-models/figures.ts';
import { openDataPage } from '../../src/page-models/open-data.ts';
import { exportContext } from '../../src/publish/exports.ts';
import { browse, en, portal, vi } from './sample.ts';

const exports = exportContext(portal, 'https://khenthuong.example.gov.vn', '/');
const listing = [
  { file: 'khen-thuong.csv', title: { vi: 'Toàn bộ', en: 'All' }, bytes: undefined },
  { file: 'schema.json', title: { vi: 'Cấu trúc', en: 'Structure' }, bytes: 2048 },
  { file: 'thong-ke/2016-2017.csv', title: { vi: 'Giai đoạn', en: 'Period' }, period: true, bytes: 100 },
];
const page = openDataPage(exports, browse, listing, vi);

describe('the open-data page', () => {
  it('lists the site-wide files with their sizes, leaving a size not known yet empty', () => {
    expect(page.files).toEqual([
      { name: 'khen-thuong.csv', href: '/data/khen-thuong.csv', title: 'Toàn bộ', size: '' },
      { name: 'schema.json', href: '/data/schema.json', title: 'Cấu trúc', size: '2 KB' },
    ]);
  });

  it('gives one decision’s files as the example of all of them', () => {
    const first = portal.decisions[0]!;
    expect(plain(page.perDecision!.text)).toContain(`(${portal.decisions.length} quyết định)`);
    expect(page.perDecision!.files.map((f) => f.href)).toEqual(['csv', 'json', 'xlsx'].map((format) => `/data/quyet-dinh/${first.id}.${format}`));
  });

  it('describes the period tables in one line with one example', () => {
    expect(page.periods).toEqual({ text: expect.stringContaining('(1 bảng, ví dụ'), example: { name: 'thong-ke/2016-2017.csv', href: '/data/thong-ke/2016-2017.csv' } });
    expect(openDataPage(exports, browse, listing.slice(0, 2), vi).periods).toBeUndefined();
  });

  it('explains the columns of both kinds of table, in the page’s language', () => {
    expect(page.tables.map((t) => t.heading)).toEqual(['khen-thuong.csv, khen-thuong.json, quyet-dinh/…', 'thong-ke/<năm>.csv, thong-ke/<năm đầu>-<năm cuối>.csv']);
    expect(openDataPage(exports, browse, listing, en).tables[1]!.heading).toBe('thong-ke/<year>.csv, thong-ke/<first year>-<last year>.csv');
    expect(page.tables[0]!.columns.length).toBeGreaterThan(0);
  });

  it('links a feed for each award form that was given', () => {
    expect(page.awardFeeds).toContainEqual({ name: 'Cờ thi đua của Chính phủ', href: '/feeds/hinh-thuc/co-thi-dua-cua-chinh-phu.xml' });
    expect(page.awardFeeds).toHaveLength(browse.byAward.size);
  });
});
