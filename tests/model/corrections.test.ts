/** A correction changes only the rows it names: the model applies each value and records what it replaced. */
import { describe, expect, it } from 'vitest';
import { buildPortal, correctedRows, rowStatus } from '../../src/model/portal.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { SAMPLE_CONTENT, copyContent } from '../helpers.ts';
import { countedRows } from '../../src/model/counting.ts';
import { portal, vi } from '../page-models/sample.ts';
import { decisionPage } from '../../src/page-models/decision.ts';
import { buildBrowseIndex } from '../../src/model/browse.ts';
import { replaceIn } from '../validate/edits.ts';
import { formatProblem } from '../../src/validate/problems.ts';
import { portalWithoutRows } from './unnamed-correction.ts';

const ORIGINAL = '2017/36-qd-ubnd-lao-dong-tien-tien-2016';
const FIX = '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016';

describe('a correction that names its row', () => {
  const original = portal.decisionById.get(ORIGINAL)!;

  it('gives that row the corrected value and records the old one and the correcting decision', () => {
    const row = original.rows[3]!;
    expect(row.recipient.name).toBe('Nông Thiện Lan');
    expect(row.corrections.map((c) => [c.field, c.from, c.to, c.by.id])).toEqual([['name', 'Nông Thiên Lan', 'Nông Thiện Lan', FIX]]);
    expect(rowStatus(row)).toBe('corrected');
  });

  it('leaves every other row of the decision as signed and in force', () => {
    expect(correctedRows(original).map((r) => r.row)).toEqual([4]);
    const others = original.rows.filter((r) => r.row !== 4);
    expect(others.length).toBeGreaterThan(100);
    expect(others.map(rowStatus).filter((s) => s !== 'in-force')).toEqual([]);
    expect(original.status).toBe('corrected');
  });

  it('is counted once, with its corrected name, and the misspelt name is nowhere', () => {
    const counted = countedRows(portal.decisions.flatMap((d) => d.rows));
    expect(counted.filter((r) => r.recipient.name === 'Nông Thiện Lan').map((r) => `${r.decision.id}#${r.row}`)).toEqual([`${ORIGINAL}#4`]);
    expect(portal.decisions.flatMap((d) => d.rows).filter((r) => r.recipient.name === 'Nông Thiên Lan')).toEqual([]);
  });

  it('groups the honoree under the corrected name', () => {
    const honoree = portal.honoreeOf(ORIGINAL, 4);
    expect(honoree?.name).toBe('Nông Thiện Lan');
  });

  it('leaves the correcting decision itself uncorrected', () => {
    expect(correctedRows(portal.decisionById.get(FIX)!)).toEqual([]);
  });
});

describe('a correction the validator would refuse', () => {
  it('stops the build, naming the correcting decision and the missing row, rather than being skipped', () => {
    const { content } = validateFolder(SAMPLE_CONTENT);
    const decisions = content.decisions.map((d) =>
      d.id === FIX ? { ...d, data: { ...d.data, corrections: d.data.corrections!.map((c) => ({ ...c, row: 9999 })) } } : d,
    );
    expect(() => buildPortal({ ...content, decisions, stories: [] })).toThrow(`${FIX}: corrections name row 9999 of ${ORIGINAL}, which does not exist`);
  });
});

describe('a correction that names no row (corrects: without corrections:)', () => {
  const without = portalWithoutRows();
  const original = without.decisionById.get(ORIGINAL)!;

  it('marks the decision corrected but no row of it', () => {
    expect(original.status).toBe('corrected');
    expect(correctedRows(original)).toEqual([]);
    expect(original.rows.map(rowStatus).filter((s) => s !== 'in-force')).toEqual([]);
    expect(original.rows[3]!.recipient.name).toBe('Nông Thiên Lan');
  });

  it('says on the decision page that it was corrected by the correcting decision, naming no row', () => {
    const page = decisionPage(without, buildBrowseIndex(without), ORIGINAL, 'https://x/', vi);
    expect(page.notices.map((n) => [n.text, n.decisions.map((d) => d.name)])).toEqual([['Quyết định này đã được đính chính bởi', ['1735/QĐ-UBND']]]);
    expect(page.lines.flatMap((l) => l.groups.flatMap((g) => g.rows)).filter((r) => r.corrections.length)).toEqual([]);
  });

  it('gives staff a notice, not an error, suggesting corrections:', () => {
    const dir = copyContent();
    replaceIn(dir, `decisions/${FIX}.md`, /corrections:[\s\S]*?to: "Nông Thiện Lan"\n/, '');
    const { problems, notices } = validateFolder(dir);
    expect(problems).toEqual([]);
    expect(notices.filter((p) => p.code === 'correction-rows-unnamed').map((p) => formatProblem(p, 'en').replace(/^.*?decisions\//, 'decisions/'))).toEqual([
      `decisions/${FIX}.md › corrects[0] › this decision corrects ${ORIGINAL} but names no corrected row, so the portal can only say it was corrected, not which rows › add a corrections entry (decision, row, field, from, to) for each corrected row of ${ORIGINAL}`,
    ]);
  });

  it('gives no such notice for the sample, whose correction names its row', () => {
    expect(validateFolder(SAMPLE_CONTENT).notices.filter((p) => p.code === 'correction-rows-unnamed')).toEqual([]);
  });
});
