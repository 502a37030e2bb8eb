import { describe, expect, it } from 'vitest';
import { makeUrls } from '../../src/routes/urls.ts';
import { searchTerms } from '../../src/search/fold.ts';
import { NAME_ROW_BUCKETS, bucketNameRows, nameRowBucket, nameRowFile, nameRows, rowsNamed, type NameRow } from '../../src/search/name-rows.ts';
import { nameRowLine, resultLines, type HitData } from '../../src/search/results.ts';
import { SAMPLE_CONTENT, portalOf } from '../helpers.ts';

const portal = portalOf(SAMPLE_CONTENT);
const rows = nameRows(portal);
const words = { rowLabel: 'QĐ {number} ngày {date}, dòng {row}', storyLabel: '{year}' };
const urls = makeUrls('/');

/** The rows of `name` as the browser reads them: from the one bucket the folded name names. */
function lookUp(name: string): NameRow[] {
  const folded = searchTerms(name);
  const bucket = bucketNameRows(rows).get(nameRowBucket(folded));
  return bucket ? rowsNamed(nameRowFile(bucket), folded) : [];
}

describe('name rows: the search page\'s first answer to a name', () => {
  it('hold every recipient row of every decision once', () => {
    const total = portal.decisions.reduce((n, d) => n + d.rows.length, 0);
    expect(rows.length).toBe(total);
    const buckets = bucketNameRows(rows);
    expect([...buckets.values()].reduce((n, b) => n + b.length, 0)).toBe(total);
    for (const key of buckets.keys()) expect(parseInt(key, 16)).toBeLessThan(NAME_ROW_BUCKETS);
  });

  it('find a name with or without tone marks, Đ or D, Hoà or Hòa, in any case', () => {
    const khay = lookUp('Hoàng Văn Kháy');
    expect(khay.length).toBeGreaterThan(0);
    expect(khay.every((r) => r.name === 'Hoàng Văn Kháy')).toBe(true);
    for (const typed of ['hoang van khay', 'HOANG VAN KHAY', 'Hoàng Văn Kháy']) expect(lookUp(typed)).toEqual(khay);
    const tho = lookUp('Nông Đức Thọ');
    expect(tho.map((r) => r.name)).toContain('Nông Ðức Thọ');
    expect(lookUp('nong duc tho')).toEqual(tho);
    const hoa = lookUp('Lăng Thái Hòa');
    expect(hoa.map((r) => r.name)).toContain('Lăng Thái Hòa');
    expect(lookUp('Lăng Thái Hoà')).toEqual(hoa);
    expect(lookUp('lang thai hoa')).toEqual(hoa);
  });

  it('find only the whole name: a part of it, or a name not in the data, finds nothing', () => {
    expect(lookUp('Văn Kháy')).toEqual([]);
    expect(lookUp('Trần Thị Bưởi')).toEqual([]);
  });

  it('list newest decisions first, and each row once', () => {
    const found = lookUp('Hoàng Văn Kháy');
    const dates = found.map((r) => r.decision.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(found.map((r) => `${r.decision.id}#${r.row}`)).size).toBe(found.length);
  });

  it('make the line Pagefind\'s hit on the same row makes', () => {
    const [row] = lookUp('Hoàng Văn Kháy');
    const decision = portal.decisions.find((d) => d.id === row!.decision.id)!;
    const line = nameRowLine(row!, urls, words);
    // The row as Pagefind reads the decision page: each cell ended with "." but a linked name, the row
    // and the link anchored at its first word, the link with its text.
    expect(row!.honoree).toBeDefined();
    const cells = [row!.name, ...[row!.role, row!.unit, row!.place].filter(Boolean).map((c) => `${c}.`)];
    const content = `Lead text of the page. ${cells.join(' ')}`;
    const hit: HitData = {
      url: urls.decision(decision.id),
      content,
      meta: { loai: 'quyet-dinh', so: decision.data.number, ngay: decision.data.date, hinhThuc: decision.rows[row!.row - 1]!.award.name, nam: String(row!.decision.year) },
      anchors: [
        { element: 'tr', id: `r${row!.row}`, location: 5 },
        { element: 'a', id: `n-${row!.honoree}`, location: 5, text: row!.name },
      ],
      locations: [5, 6, 7],
    };
    expect(resultLines(hit, 'hoang van khay', urls, words)).toEqual([line]);
    expect(line.whole).toBe(true);
    expect(line.title).toBe('Hoàng Văn Kháy');
    expect(line.url).toBe(urls.honoree(row!.honoree!));
  });

  it('say which row of which bucket has a name with nothing to search by', () => {
    const broken = { ...rows[0]!, name: '…' };
    expect(() => bucketNameRows([broken])).toThrow(`Decision ${broken.decision.id}, row ${broken.row}: the name "…" has no letters to search by.`);
  });
});
