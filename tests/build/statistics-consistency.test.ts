/**
 * The statistics pages and the open data must tell the same story: every number in the tables of
 * /thong-ke/2017/, and of period pages such as /thong-ke/2015-2018/ (built from the multi-year copy of
 * the sample), is recounted here from /data/khen-thuong.csv alone: its amendment column marks the rows
 * of corrections and revocations, which restate a list without awarding anything.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWARD_LEVEL_LABELS, OCCUPATION_GROUP_LABELS, RECIPIENT_KIND_LABELS, type AwardLevel, type OccupationGroup, type RecipientKind } from '../../src/schemas/vocab.ts';
import { periodName } from '../../src/i18n/ui.ts';
import { spanSlug, type YearSpan } from '../../src/model/periods.ts';
import { SAMPLE_SITE, multiYearSite, readPage } from '../helpers.ts';

const NOT_RECORDED = 'Không ghi';

interface Table {
  caption: string;
  head: string[];
  /** Each body and foot row: its label and the numbers of its td.num cells, as printed. */
  rows: { label: string; cells: string[] }[];
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

function tables(html: string): Table[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) => ({
    caption: text(/<caption>([\s\S]*?)<\/caption>/.exec(table!)?.[1] ?? ''),
    head: [...(/<thead>([\s\S]*?)<\/thead>/.exec(table!)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!)),
    rows: [...table!.replace(/<thead>[\s\S]*?<\/thead>/, '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => ({
      label: text(/<th[^>]*>([\s\S]*?)<\/th>/.exec(row!)?.[1] ?? ''),
      cells: [...row!.matchAll(/<td class="num"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!)),
    })),
  }));
}

/** "1.234" → 1234 (Vietnamese thousands separator). */
const count = (cell: string) => Number(cell.replace(/\./g, ''));
const percent = (n: number, total: number) => new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(n / total);

function tally<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(key(row), (out.get(key(row)) ?? 0) + 1);
  return out;
}

/** Each page to recount: the site it is in, its span, and the counts the CSV must give for it. */
const CASES: { site: () => string; span: YearSpan; csvRows: number; counted: number; amending: string[] }[] = [
  { site: () => SAMPLE_SITE, span: { first: 2017, last: 2017 }, csvRows: 703, counted: 702, amending: ['2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016'] },
  ...[
    { span: { first: 2015, last: 2018 }, counted: 702 - 95 },
    { span: { first: 2016, last: 2017 }, counted: 702 - 95 - 5 },
  ].map((c) => ({
    ...c,
    site: multiYearSite,
    csvRows: 703 + 95,
    amending: ['2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', '2018/55-qd-ubnd-thu-hoi-giay-khen'],
  })),
];

for (const { site: siteOf, span, csvRows, counted: expectedTotal, amending: expectedAmending } of CASES)
  describe(`the statistics page for ${spanSlug(span)} and the open data`, () => {
    const site = siteOf();
    const csv = parse(readFileSync(join(site, 'data/khen-thuong.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const amending = new Set(csv.filter((r) => r['amendment']).map((r) => r['decisionId']!));
    const yearOf = (r: Record<string, string>) => Number(r['date']!.slice(0, 4));
    // Rows the report counts: signed in the span, in a decision still in force (or corrected), awarding something.
    const counted = csv.filter((r) => yearOf(r) >= span.first && yearOf(r) <= span.last && r['status'] !== 'revoked' && !amending.has(r['decisionId']!));
    const total = counted.length;
    const page = tables(readPage(site, `thong-ke/${spanSlug(span)}/`));
    const years = Array.from({ length: span.last - span.first + 1 }, (_, i) => String(span.first + i));

    it('counts the rows as the report does, leaving out corrections and revocations', () => {
      expect(amending).toEqual(new Set(expectedAmending));
      // The changes page lists the same amending decisions as the CSV.
      expect(new Set([...readPage(site, 'thay-doi/').matchAll(/data-by="([^"]+)"/g)].map((m) => m[1]!))).toEqual(amending);
      expect(csv).toHaveLength(csvRows);
      expect(total).toBe(expectedTotal);
    });

    it('has in its award × kind table the CSV counts, row by row and in total', () => {
      const table = page.find((t) => t.caption.startsWith('Số lượt khen thưởng'))!;
      const kinds = table.head.slice(1, 4).map((label) => Object.entries(RECIPIENT_KIND_LABELS).find(([, l]) => l.vi === label)![0] as RecipientKind);
      expect(kinds).toEqual(['individual', 'collective', 'household']);
      const byAwardKind = tally(counted, (r) => `${r['awardName']}|${r['kind']}`);
      const byAward = tally(counted, (r) => r['awardName']!);
      const byKind = tally(counted, (r) => r['kind']!);
      expect(table.rows.map((r) => r.label).slice(0, -1).sort()).toEqual([...byAward.keys()].sort());
      for (const { label, cells } of table.rows) {
        const isTotal = label === 'Tổng số lượt khen thưởng';
        const expected = isTotal ? [...kinds.map((k) => byKind.get(k) ?? 0), total] : [...kinds.map((k) => byAwardKind.get(`${label}|${k}`) ?? 0), byAward.get(label)];
        expect(cells.map(count), label).toEqual(expected);
      }
    });

    const blocks: [caption: string, label: (row: Record<string, string>) => string][] = [
      // A period shows every one of its years, those without awards too.
      ...(years.length > 1 ? [['Theo năm', (r: Record<string, string>) => r['date']!.slice(0, 4)] as [string, (row: Record<string, string>) => string]] : []),
      ['Theo hình thức khen thưởng', (r) => r['awardName']!],
      ['Theo cấp khen thưởng', (r) => AWARD_LEVEL_LABELS[r['level'] as AwardLevel].vi],
      ['Theo đối tượng', (r) => RECIPIENT_KIND_LABELS[r['kind'] as RecipientKind].vi],
      ['Theo thành phần', (r) => (r['occupation'] ? OCCUPATION_GROUP_LABELS[r['occupation'] as OccupationGroup].vi : NOT_RECORDED)],
      ['Theo địa phương', (r) => r['placeName'] || NOT_RECORDED],
    ];
    for (const [caption, label] of blocks)
      it(`has in the table "${caption}" the CSV counts and their shares`, () => {
        const table = page.find((t) => t.caption === caption)!;
        const expected = tally(counted, label);
        if (caption === 'Theo năm') for (const year of years) expected.set(year, expected.get(year) ?? 0);
        expect(Object.fromEntries(table.rows.map((r) => [r.label, count(r.cells[0]!)]))).toEqual(Object.fromEntries(expected));
        for (const { label: row, cells } of table.rows) expect(cells[1], row).toBe(percent(expected.get(row)!, total));
      });

    it('has no table this test does not check', () => {
      expect(page.map((t) => t.caption)).toEqual([`Số lượt khen thưởng ${periodName('vi', span)} theo hình thức và đối tượng`, ...blocks.map(([caption]) => caption)]);
    });
  });
