import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/publish/exports.ts';
import { EXPORT_COLUMNS } from '../../src/schemas/export.ts';
import { makeUrls } from '../../src/routes/urls.ts';
import { RESULT_COLUMNS, resultRecords, resultsCsv } from '../../src/search/results-csv.ts';
import { nameRowLine, type ResultLine } from '../../src/search/results.ts';
import { nameRows } from '../../src/search/name-rows.ts';
import { SAMPLE_CONTENT, portalOf } from '../helpers.ts';

const urls = makeUrls('/');
const words = { rowLabel: 'QĐ {number} ngày {date}, dòng {row}', storyLabel: '{year}' };
const PAGE = 'https://example.org/tim-kiem/?q=x';

describe('search results as CSV', () => {
  it('writes text exactly as the open-data CSV writes it: byte order mark, CRLF, quoting, no formulas', () => {
    const awkward = ['=HYPERLINK("x")', 'Nguyễn, Văn "An"', 'line\nbreak', '-1', '@Hà', 'plain'];
    const line = (text: string): ResultLine => ({ url: '/quyet-dinh/2017/a/', title: text, detail: text, whole: false, excerpt: [] });
    const csv = resultsCsv(awkward.map(line), PAGE);
    const records = resultRecords(awkward.map(line), PAGE).map((r) => RESULT_COLUMNS.map((c) => r[c]));
    expect(csv).toBe(toCsv(RESULT_COLUMNS, records));
  });

  it('names its columns as the open data does where the value is the same', () => {
    const shared = RESULT_COLUMNS.filter((c) => (EXPORT_COLUMNS as readonly string[]).includes(c));
    expect(shared).toEqual(['recipientName', 'awardName', 'decisionNumber', 'date', 'row', 'url']);
  });

  it('gives a row line its fields, its row address and its honoree page', () => {
    const row = nameRows(portalOf(SAMPLE_CONTENT)).find((r) => r.name === 'Hoàng Văn Kháy' && r.honoree)!;
    const line = nameRowLine(row, urls, words);
    const [record] = resultRecords([line], PAGE);
    expect(record).toEqual({
      match: 'whole',
      recipientName: 'Hoàng Văn Kháy',
      awardName: row.decision.award,
      decisionNumber: row.decision.number,
      date: row.decision.date,
      row: row.row,
      details: [row.role, row.unit, row.place].filter(Boolean).join(', '),
      title: '',
      url: `https://example.org${urls.decision(row.decision.id)}#r${row.row}`,
      honoreeUrl: `https://example.org${urls.honoree(row.honoree!)}`,
    });
  });

  it('gives a page line its title and address, and one record per line listed', () => {
    const page: ResultLine = { url: '/guong-dien-hinh/a/', title: 'Một tấm gương', detail: 'Gương điển hình · 2020', whole: true, excerpt: [] };
    const records = resultRecords([page, page], PAGE);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ match: 'whole', recipientName: '', title: 'Một tấm gương', details: 'Gương điển hình · 2020', url: 'https://example.org/guong-dien-hinh/a/', honoreeUrl: '' });
    expect(resultsCsv([page, page], PAGE).split('\r\n')).toHaveLength(4);
  });
});
