import { describe, expect, it } from 'vitest';
import { plain } from '../../src/page-models/figures.ts';
import { yearSpan } from '../../src/model/periods.ts';
import { yearFigures } from '../../src/model/stats.ts';
import { statisticsPeriodPage } from '../../src/page-models/statistics.ts';
import { browse, en, portal, vi } from './sample.ts';

const figures = yearFigures(browse.byYear.get(2017)!, 2017);
const page = statisticsPeriodPage(portal, yearSpan(2017), figures, [], vi);

describe('a year’s statistics page', () => {
  it('is titled with the year and described with its total', () => {
    expect(page.title).toBe('Thống kê khen thưởng năm 2017');
    expect(page.description).toBe(`Thống kê khen thưởng năm 2017: ${vi.formatNumber(figures.total)}`);
    expect(page.total).toBe(vi.formatNumber(figures.total));
  });

  it('links its counterpart, its CSV and the period picker', () => {
    expect(page.alternate).toBe('/en/thong-ke/2017/');
    expect(page.csv).toBe('/data/thong-ke/2017.csv');
    expect(page.pick).toEqual({ href: '/thong-ke/#chon-giai-doan', label: 'Chọn năm hoặc giai đoạn' });
  });

  it('gives the grassroots share in words', () => {
    expect(plain(page.grassroots)).toMatch(/^Tỷ lệ nông dân, lao động trực tiếp và tập thể nhỏ: [\d,]+\s?% \([\d.]+\/[\d.]+ lượt có ghi thành phần\)$/);
  });

  it('has one chart per breakdown, none by year for a single year, each adding up to the total', () => {
    expect(page.blocks.map((b) => b.id)).toEqual(['by-award', 'by-level', 'by-kind', 'by-occupation', 'by-place']);
    for (const block of page.blocks) expect(block.data.reduce((n, d) => n + d.value, 0), block.id).toBe(figures.total);
  });

  it('links each award form, kind and place to its page, and names places not recorded', () => {
    const [byAward, , byKind, , byPlace] = page.blocks;
    expect(byAward!.data.every((d) => d.href?.startsWith('/hinh-thuc/'))).toBe(true);
    expect(byKind!.data.every((d) => d.href?.startsWith('/doi-tuong/'))).toBe(true);
    expect(byPlace!.data.filter((d) => !d.href).every((d) => d.label === 'Không ghi')).toBe(true);
  });

  it('says nothing of revoked decisions when there are none', () => {
    expect(figures.revoked).toBe(0);
    expect(page.revoked).toBeUndefined();
  });

  it('speaks English on the English page, award forms by their English names', () => {
    const english = statisticsPeriodPage(portal, yearSpan(2017), figures, [], en);
    expect(english.title).toBe('Award statistics for 2017');
    expect(english.alternate).toBe('/thong-ke/2017/');
    const award = portal.awards.get(figures.byAward[0]!.award)!;
    expect(english.blocks.find((b) => b.id === 'by-award')!.data[0]!.label).toBe(award.nameEn);
  });
});

describe('a period’s statistics page', () => {
  const period = statisticsPeriodPage(portal, { first: 2016, last: 2017 }, figures, [{ year: 2016, total: 0 }, { year: 2017, total: figures.total }], vi);

  it('names the period and charts it year by year first', () => {
    expect(period.title).toBe('Thống kê khen thưởng giai đoạn 2016–2017');
    expect(period.blocks[0]).toEqual({
      id: 'by-year',
      title: 'Theo năm',
      columns: true,
      data: [
        { label: '2016', value: 0, href: '/thong-ke/2016/', mark: { 'data-figure': 'rows', 'data-where': 'year=2016' } },
        { label: '2017', value: figures.total, href: '/thong-ke/2017/', mark: { 'data-figure': 'rows', 'data-where': 'year=2017' } },
      ],
    });
    expect(period.csv).toBe('/data/thong-ke/2016-2017.csv');
  });
});

describe('the table by award form and kind', () => {
  const table = page.awardKinds;

  it('has a column per kind and a row per award form given, each adding up', () => {
    expect(table.kinds).toEqual(['cá nhân', 'tập thể', 'hộ gia đình']);
    expect(table.rows).toHaveLength(figures.byAward.length);
    expect(table.total).toEqual({ text: vi.formatNumber(figures.total), mark: { 'data-figure': 'rows', 'data-where': 'from=2017 to=2017' } });
    expect(table.caption).toBe('Số lượt khen thưởng năm 2017 theo hình thức và đối tượng');
  });

  it('links each award form and the decisions its figures come from, and the CSV that lists them all', () => {
    const flag = table.rows.find((r) => r.href === '/hinh-thuc/co-thi-dua-cua-chinh-phu/')!;
    expect(flag.decisions).toEqual([{ number: '245/QĐ-TTg', href: '/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/' }]);
    expect(flag.counts.map((c) => c.text)).toEqual(['0', '1', '0']);
    expect(flag.counts[1]!.mark).toEqual({ 'data-figure': 'rows', 'data-where': 'award=co-thi-dua-cua-chinh-phu from=2017 kind=collective to=2017' });
    expect(table.csv).toBe('/data/thong-ke/2017.csv');
  });
});
