/**
 * One count everywhere: every figure a built page marks (`data-figure`, `data-where`, src/page-models/
 * figures.ts) is recounted from the published CSV alone with the counting rule (src/model/counting.ts)
 * and must be equal; a page that prints a count without marking it fails too.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWhere, recount, type Measure } from '../../src/model/counting.ts';
import type { ExportRow } from '../../src/schemas/export.ts';
import { SAMPLE_SITE, htmlFiles, multiYearSite, readPage } from '../helpers.ts';

/** "1.234" (vi) or "1,234" (en) → 1234. */
const number = (text: string) => Number(text.replace(/[.,\s]/g, ''));

// Astro writes an empty attribute bare: `data-where` for "every row".
const MARKED = /<(\w+)\b[^>]*?\bdata-figure="([^"]+)"[^>]*?\bdata-where(?:="([^"]*)")?[^>]*>([^<]*)<\/\1>/g;

/** Visible text without marked figures, scripts, styles, charts (their numbers repeat the tables') or copy boxes. */
function unmarkedText(html: string): string {
  return html
    .replace(MARKED, ' [figure] ')
    .replace(/<(script|style|svg|textarea|title)\b[\s\S]*?<\/\1>/g, ' ')
    // A block's end ends a phrase: "năm 2017" in a heading and "Quyết định" in the next are no count.
    .replace(/<\/?(h\d|p|li|ul|ol|div|section|td|th|tr|dt|dd|dl|summary|details|caption|nav|header|footer|main)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

/** A count of awards or decisions printed as words: "12 lượt", "3 quyết định", "5 recipients". */
const COUNT_IN_WORDS = /\b\d[\d.,]*[ \t]+(lượt|quyết định|recipients?|awards?|decisions?|rows?)\b/giu;

/** The decisions a movement's pages list, all pages together. */
function movementListLength(site: string, id: string): number {
  let n = 0;
  for (let page = 1; ; page += 1) {
    let html: string;
    try {
      html = readPage(site, page === 1 ? `phong-trao/${id}/` : `phong-trao/${id}/trang/${page}/`);
    } catch {
      return n;
    }
    n += [.../<ul class="decision-list">([\s\S]*?)<\/ul>/.exec(html)?.[1]?.matchAll(/<li>/g) ?? []].length;
  }
}

// The sample, and its copy over four years with a revoked decision (counted apart on every page).
for (const [name, siteOf] of [['the sample', () => SAMPLE_SITE], ['the multi-year sample', multiYearSite]] as const)
  describe(`every figure on every built page of ${name}`, () => {
    let SITE: string;
    let csv: ExportRow[];
    let files: string[];
    beforeAll(() => {
      SITE = siteOf();
      const rows = parse(readFileSync(join(SITE, 'data/khen-thuong.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      csv = rows.map((r) => ({ ...r, occupation: r['occupation'] || null, placeId: r['placeId'] || null, amendment: r['amendment'] || null }) as unknown as ExportRow);
      files = htmlFiles(SITE);
    }, 300_000);

    it('finds the pages and figures it checks', () => {
      expect(files.length).toBeGreaterThan(100);
      const marked = files.reduce((n, f) => n + [...readFileSync(f, 'utf8').matchAll(MARKED)].length, 0);
      expect(marked).toBeGreaterThan(500);
    });

    it('recounts each marked figure from the open data and finds the same number', () => {
      const wrong: string[] = [];
      for (const file of files) {
        for (const [, , measure, where, text] of readFileSync(file, 'utf8').matchAll(MARKED)) {
          const filter = parseWhere((where ?? '').replace(/&amp;/g, '&'));
          // The open data has no movement column: a movement's figure is the length of its own list of decisions.
          const expected = filter.movement !== undefined ? movementListLength(SITE, String(filter.movement)) : recount(csv, measure as Measure, filter);
          if (number(text!) !== expected) wrong.push(`${relative(SITE, file)}: ${measure} [${where}] shows ${text}, the CSV gives ${expected}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('marks every count a page prints in words', () => {
      const unmarked = files.flatMap((file) => [...unmarkedText(readFileSync(file, 'utf8')).matchAll(COUNT_IN_WORDS)].map((m) => `${relative(SITE, file)}: "${m[0]}"`));
      expect(unmarked).toEqual([]);
    });

    it('marks every number in a statistics table cell', () => {
      const unmarked = files.flatMap((file) =>
        // A decision's row numbers (STT, in rows with an id) are no counts.
        [...readFileSync(file, 'utf8').replace(/<tr id="r\d+"><td class="num"[^>]*>\d+<\/td>/g, '').matchAll(/<td class="num"(?![^>]*data-figure)[^>]*>([^<%]*\d[^<%]*)<\/td>/g)].filter((m) => !/\d\s*[KM]B$/.test(m[1]!)).map((m) => `${relative(SITE, file)}: ${m[1]}`),
      );
      expect(unmarked).toEqual([]);
    });
  });

describe('the recount itself', () => {
  const row = (r: Partial<ExportRow>) => ({ decisionId: 'a', date: '2017-05-01', awardId: 'x', kind: 'individual', level: 'grassroots', occupation: null, placeId: null, status: 'in-force', amendment: null, ...r }) as ExportRow;
  it('leaves out restated lists and revoked decisions, and reads years as signing years', () => {
    const rows = [row({}), row({ decisionId: 'b', amendment: 'correction' }), row({ decisionId: 'c', status: 'revoked' }), row({ decisionId: 'd', date: '2018-01-02' })];
    expect(recount(rows, 'rows', { year: 2017 })).toBe(1);
    expect(recount(rows, 'revoked', { year: 2017 })).toBe(1);
    expect(recount(rows, 'listed', { year: 2017 })).toBe(3);
    expect(recount(rows, 'decisions', { from: 2017, to: 2018 })).toBe(2);
    expect(recount(rows, 'rows', { place: '' })).toBe(2);
  });
});
