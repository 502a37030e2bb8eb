import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrowseIndex } from '../../src/model/browse.ts';
import { generateCorpus } from '../../bench/corpus.ts';
import { periodName } from '../../src/i18n/ui.ts';
import { multiYearSpans, periodGrid, publishedSpans, spanFigures, spanSlug, yearSpan } from '../../src/model/periods.ts';
import type { Portal } from '../../src/model/portal.ts';
import { pressSummary } from '../../src/publish/press-summary.ts';
import { figuresFor, mergeFigures, yearFigures, type PeriodFigures } from '../../src/model/stats.ts';
import { LISTED_DECISIONS } from '../../src/page-models/statistics.ts';
import { makeUrls } from '../../src/routes/urls.ts';
import { ROOT, SAMPLE_CONTENT, multiYearContent, portalOf, sampleWithRevocation } from '../helpers.ts';

/** Each year's figures from that year's decisions, as src/site/content.ts counts them once per build. */
function byYear(portal: Portal): Map<number, PeriodFigures> {
  return new Map([...buildBrowseIndex(portal).byYear].map(([year, list]) => [year, yearFigures(list, year)]));
}

/** Every span of the portal's years, added up, against one walk over all decisions for the same dates. */
function expectSpansMatch(portal: Portal) {
  const years = byYear(portal);
  const spans = multiYearSpans([...years.keys()]);
  for (const span of spans) {
    const walked = figuresFor(portal.decisions, `${span.first}-01-01`, `${span.last}-12-31`);
    expect(spanFigures(years, span), spanSlug(span)).toEqual(walked);
    // toEqual does not look at the order of Map keys or of decision lists; the pages show both.
    expect(spanFigures(years, span).byAward.map((a) => [a.award, a.decisions]), spanSlug(span)).toEqual(walked.byAward.map((a) => [a.award, a.decisions]));
  }
  return spans;
}

describe('mergeFigures', () => {
  const sample = portalOf(SAMPLE_CONTENT);

  it('adds up the sample month by month to the figures of the whole year', () => {
    const months = Array.from({ length: 12 }, (_, i) => {
      const m = String(i + 1).padStart(2, '0');
      return figuresFor(sample.decisions, `2017-${m}-01`, `2017-${m}-31`);
    });
    const year = yearFigures(sample.decisions, 2017);
    expect(year.total).toBe(702);
    expect(mergeFigures(months)).toEqual(year);
    // The order of the parts does not matter: decisions still come out newest first.
    expect(mergeFigures([...months].reverse()).byAward.map((a) => a.decisions)).toEqual(year.byAward.map((a) => a.decisions));
  });

  it('keeps the revoked count and the decision lists over a revocation a year later', () => {
    const portal = sampleWithRevocation();
    const [span] = expectSpansMatch(portal);
    expect(span).toEqual({ first: 2017, last: 2018 });
    const f = spanFigures(byYear(portal), span!);
    expect(f.revoked).toBe(95);
    expect(f.total).toBe(702 - 95);
    expect(f.byAward.find((a) => a.award === 'giay-khen-chu-tich-ubnd-huyen')!.decisions).toEqual([
      '2017/1401-qd-ubnd-giay-khen-day-tot-hoc-tot',
      '2017/1021-qd-ubnd-giay-khen-doi-song-van-hoa',
    ]);
  });

  it('equals one walk over the rows for every span of the multi-year copy of the sample', () => {
    const spans = expectSpansMatch(portalOf(multiYearContent()));
    expect(spans.map(spanSlug)).toEqual(['2015-2016', '2015-2017', '2015-2018', '2016-2017', '2016-2018', '2017-2018']);
  });

  it('equals one walk over the rows for every span of a generated ten-year corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-periods-'));
    const sources = {
      awardsYaml: readFileSync(join(ROOT, 'content/awards.yaml'), 'utf8'),
      maleNames: readFileSync(join(ROOT, 'data/names/vn-given-names-male.txt'), 'utf8'),
      femaleNames: readFileSync(join(ROOT, 'data/names/vn-given-names-female.txt'), 'utf8'),
    };
    for (const file of generateCorpus({ decisions: 300, recipients: 6000, stories: 0, years: 10, lastYear: 2024, seed: 3 }, sources).files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    const portal = portalOf(dir);
    expect(expectSpansMatch(portal)).toHaveLength(45);
    const all = spanFigures(byYear(portal), { first: 2015, last: 2024 });
    expect(all.total).toBe(6000 - figuresFor(portal.decisions, '2015-01-01', '2024-12-31').revoked);
    expect(all.byAward.reduce((n, a) => n + a.decisions.length, 0)).toBeGreaterThan(250);

    // A figure resting on many decisions names the first few and counts the rest (the CSV lists them all).
    const crowded = all.byAward.find((a) => a.decisions.length > LISTED_DECISIONS)!;
    const summary = pressSummary(portal, makeUrls('/'), { first: 2015, last: 2024 }, all);
    const title = summary.segments.find((seg) => seg.href === `#nguon-${crowded.award}`)!.title!;
    const numbers = crowded.decisions.map((id) => portal.decisionById.get(id)!.data.number);
    expect(title).toBe(`Quyết định số ${numbers.slice(0, LISTED_DECISIONS).join(', ')} và ${numbers.length - LISTED_DECISIONS} quyết định khác`);
  });
});

describe('periods of whole years', () => {
  it('are every span from one year with decisions to a later one: Y(Y−1)/2 of them', () => {
    expect(multiYearSpans([2019, 2015, 2017])).toEqual([
      { first: 2015, last: 2017 },
      { first: 2015, last: 2019 },
      { first: 2017, last: 2019 },
    ]);
    expect(multiYearSpans(Array.from({ length: 10 }, (_, i) => 2015 + i))).toHaveLength(45);
    expect(publishedSpans([2017, 2016]).map(spanSlug)).toEqual(['2017', '2016', '2016-2017']);
  });

  it('have addresses, CSV names and names in both languages', () => {
    const vi = makeUrls('/');
    const en = makeUrls('/', 'en');
    expect(vi.statistics({ first: 2015, last: 2019 })).toBe('/thong-ke/2015-2019/');
    expect(vi.statistics(2017)).toBe('/thong-ke/2017/');
    expect(vi.statistics(yearSpan(2017))).toBe('/thong-ke/2017/');
    expect(en.statistics({ first: 2015, last: 2019 })).toBe('/en/thong-ke/2015-2019/');
    expect(en.report({ first: 2015, last: 2019 })).toBe('/bao-cao/2015-2019/');
    expect(vi.report()).toBe('/bao-cao/');
    expect(periodName('vi', { first: 2015, last: 2019 })).toBe('giai đoạn 2015–2019');
    expect(periodName('vi', yearSpan(2017))).toBe('năm 2017');
    expect(periodName('en', { first: 2015, last: 2019 })).toBe('2015–2019');
  });

  it('are picked from a grid: first years down, last years across, links on and above the diagonal', () => {
    const grid = periodGrid([2017, 2015, 2016]);
    expect(grid.years).toEqual([2015, 2016, 2017]);
    expect(grid.rows.map((r) => r.cells.map((c) => (c.linked ? spanSlug(c.span) : '')))).toEqual([
      ['2015', '2015-2016', '2015-2017'],
      ['', '2016', '2016-2017'],
      ['', '', '2017'],
    ]);
  });

  it('give a report paragraph that names the period', () => {
    const portal = sampleWithRevocation();
    const span = { first: 2017, last: 2018 };
    const summary = pressSummary(portal, makeUrls('/'), span, spanFigures(byYear(portal), span));
    expect(summary.text).toMatch(/^Trong giai đoạn 2017–2018, toàn huyện có 1 tập thể được tặng Cờ thi đua của Chính phủ; /);
    expect(summary.text).toContain('; 33 tập thể, 125 cá nhân và 10 hộ gia đình được tặng Giấy khen');
    expect(summary.text).toMatch(/\. Không tính 95 lượt thuộc quyết định đã bị thu hồi\.$/);
    expect(summary).toEqual(pressSummary(portal, makeUrls('/'), span));
  });
});
