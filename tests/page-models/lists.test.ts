import { describe, expect, it } from 'vitest';
import { plain } from '../../src/page-models/figures.ts';
import { countsAsAwards } from '../../src/model/counting.ts';
import { awardPage, decisionsPage, kindPage, movementPage, yearPage } from '../../src/page-models/lists.ts';
import { PAGE_SIZE } from '../../src/routes/paging.ts';
import { browse, en, portal, vi } from './sample.ts';

// 120 decisions: three pages of fifty.
const many = { ...portal, decisions: Array.from({ length: 120 }, (_, i) => portal.decisions[i % portal.decisions.length]!) };

describe('the list of all decisions', () => {
  it('gives fifty decisions a page and numbers the title after the first page', () => {
    const first = decisionsPage(many, 1, vi);
    const third = decisionsPage(many, 3, vi);
    expect(first.title).toBe('Các quyết định khen thưởng');
    expect(third.title).toBe('Các quyết định khen thưởng – Trang 3/3');
    expect(first.decisions).toHaveLength(PAGE_SIZE);
    expect(third.decisions).toHaveLength(20);
    expect(third.pager).toMatchObject({ current: 3, total: 3 });
    expect(third.pager.href(2)).toBe('/quyet-dinh/trang/2/');
  });

  it('links the same page in the other language', () => {
    expect(decisionsPage(many, 2, vi).alternate).toBe('/en/quyet-dinh/trang/2/');
    expect(decisionsPage(many, 2, en)).toMatchObject({ title: 'Award decisions – Page 2 of 3', alternate: '/quyet-dinh/trang/2/' });
  });
});

describe('the lists of one kind, year, award form and movement', () => {
  it('sums up a kind of recipient', () => {
    const page = kindPage(browse, 'collective', 1, vi);
    const counting = browse.byKind.get('collective')!.decisions.filter(countsAsAwards);
    const rows = counting.reduce((n, d) => n + d.rows.filter((r) => r.recipient.kind === 'collective').length, 0);
    expect(page.heading).toBe('Khen thưởng tập thể');
    expect(plain(page.summary)).toBe(`${vi.formatNumber(rows)} lượt khen thưởng trong ${counting.length} quyết định.`);
    // Its own rows in each format, a spreadsheet too while they fit one (ADR 0005).
    expect(page.downloads.map((d) => d.href)).toEqual(['/data/doi-tuong/tap-the.csv', '/data/doi-tuong/tap-the.json', '/data/doi-tuong/tap-the.xlsx']);
    expect(page.pager.href(2)).toBe('/doi-tuong/tap-the/trang/2/');
  });

  it('links a year to its statistics', () => {
    const page = yearPage(browse, 2017, 1, vi);
    expect(page).toMatchObject({ title: 'Năm 2017', heading: 'Năm 2017', statistics: { name: 'Thống kê khen thưởng năm 2017', href: '/thong-ke/2017/' } });
    expect(plain(page.decisionsHeading)).toBe(`Các quyết định (${browse.byYear.get(2017)!.length})`);
    expect(page.decisionsHeading[1]!.figure).toEqual({ 'data-figure': 'listed', 'data-where': 'year=2017' });
    expect(page.downloads[0]!.href).toBe('/data/nam/2017.csv');
  });

  it('describes an award form by its count of decisions', () => {
    const page = awardPage(portal, browse, 'co-thi-dua-cua-chinh-phu', 1, vi);
    expect(page).toMatchObject({ title: 'Cờ thi đua của Chính phủ', description: 'Cờ thi đua của Chính phủ: 1 quyết định' });
    expect(plain(page.decisionsHeading)).toBe('Các quyết định (1)');
    expect(plain(page.summary)).toBe('1 lượt khen thưởng được tính trong 1 quyết định.');
    expect(page.downloads.map((d) => d.label)).toEqual(['CSV', 'JSON', 'Excel (.xlsx)']);
  });

  it('presents a movement by its summary and who launched it, and says when it has no decision yet', () => {
    const id = [...portal.movements.keys()].find((m) => !browse.byMovement.has(m));
    const withDecisions = movementPage(portal, browse, 'doi-song-van-hoa', 1, vi);
    expect(withDecisions.summary).toBe(portal.movements.get('doi-song-van-hoa')!.data.summary);
    expect(withDecisions.launchedBy).toBe(portal.authorities.get(portal.movements.get('doi-song-van-hoa')!.data.launchedBy)!.name);
    if (id) expect(movementPage(portal, browse, id, 1, vi)).toMatchObject({ decisions: [], none: 'Chưa có quyết định nào.' });
  });
});
