/**
 * A search result for a row of a decision of several award lines names the award of that row's line,
 * from the page's metadata as the build writes it: the second office's Đà Nẵng decision confers three
 * classes of the Labour Order (tests/fixtures/second-office/README.md).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPortal } from '../../src/model/portal.ts';
import { makeUrls } from '../../src/routes/urls.ts';
import { decisionFacets } from '../../src/search/facets.ts';
import { resultLines, type HitData } from '../../src/search/results.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { ROOT } from '../helpers.ts';

const { content } = validateFolder(join(ROOT, 'tests/fixtures/second-office'), '2026-01-01');
const portal = buildPortal({ ...content, stories: [] });
const urls = makeUrls('/');
const words = { rowLabel: 'QĐ {number}, dòng {row}', storyLabel: '{year}' };

/** Pagefind's hit on row `row` of the decision, its text the row's name (a table cell ends with "."). */
function hitOn(id: string, row: number): HitData {
  const d = portal.decisionById.get(id)!;
  const name = d.rows[row - 1]!.recipient.name;
  return {
    url: urls.decision(id),
    content: `Lead. ${name}.`,
    meta: decisionFacets(d, portal).meta,
    anchors: [{ element: 'tr', id: `r${row}`, location: 1 }],
    locations: [1],
  };
}

describe('a result row of a decision of several award lines', () => {
  const id = '2014/2234-huan-chuong-lao-dong-da-nang';
  const d = portal.decisionById.get(id)!;

  it('names the award of its own line, for every row', () => {
    expect(d.lines.length).toBeGreaterThan(1);
    for (const r of d.rows) {
      const [line] = resultLines(hitOn(id, r.row), r.recipient.name, urls, words);
      expect(line!.detail.split(' · ')[0], `row ${r.row}`).toBe(r.award.name);
    }
  });

  it('keeps the decision’s one form for a single-award decision, with no line metadata', () => {
    const single = portal.decisions.find((x) => x.lines.length === 1)!;
    expect(decisionFacets(single, portal).meta).not.toHaveProperty('hinhThucDong');
    const [line] = resultLines(hitOn(single.id, 1), single.rows[0]!.recipient.name, urls, words);
    expect(line!.detail.split(' · ')[0]).toBe(single.awards[0]!.name);
  });
});
