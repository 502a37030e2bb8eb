import { describe, expect, it } from 'vitest';
import { pageCacheKey, SharedDigests } from '../../src/build/cache-keys.ts';

describe('a page cache key', () => {
  const model = { title: 'Quyết định 10/QĐ-UBND', rows: [{ name: 'Chu Bảo Thái', row: 1 }], places: new Map([['xa-a', { name: 'xã A' }]]) };

  it('is the same for equal data, whatever the order of object keys', () => {
    expect(pageCacheKey([{ a: 1, b: [2, 'x'] }])).toBe(pageCacheKey([{ b: [2, 'x'], a: 1 }]));
    expect(pageCacheKey([structuredClone(model)])).toBe(pageCacheKey([model]));
  });

  it('changes with any value inside, Maps, Sets and Dates included', () => {
    const key = pageCacheKey([model]);
    expect(pageCacheKey([{ ...model, rows: [{ name: 'Chu Bảo Thảo', row: 1 }] }])).not.toBe(key);
    expect(pageCacheKey([{ ...model, places: new Map([['xa-a', { name: 'xã B' }]]) }])).not.toBe(key);
    expect(pageCacheKey([new Set(['a'])])).not.toBe(pageCacheKey([new Set(['b'])]));
    expect(pageCacheKey([new Date('2024-01-01')])).not.toBe(pageCacheKey([new Date('2024-01-02')]));
    // Types and boundaries count: "1" is not 1, ["ab"] is not ["a", "b"], a missing value is not null.
    expect(pageCacheKey(['1'])).not.toBe(pageCacheKey([1]));
    expect(pageCacheKey([['ab']])).not.toBe(pageCacheKey([['a', 'b']]));
    expect(pageCacheKey([{ a: undefined }])).not.toBe(pageCacheKey([{ a: null }]));
    expect(pageCacheKey(['a', 'b'])).not.toBe(pageCacheKey(['ab']));
  });

  it('hashes data that points back at itself', () => {
    const decision: Record<string, unknown> = { id: 'a' };
    decision.correction = { of: decision };
    expect(pageCacheKey([decision])).toBe(pageCacheKey([decision]));
  });

  it('sees a change in an object the model reaches by several paths', () => {
    // A decision's rows point at their line, whose rows point back: each row is reached many times.
    const graph = (name: string) => {
      const line: { rows: { name: string; line?: unknown }[] } = { rows: [{ name: 'Hà Văn Tỉnh' }, { name }] };
      for (const row of line.rows) row.line = line;
      return { lines: [line], rows: line.rows };
    };
    expect(pageCacheKey([graph('Chu Bảo Thảo')])).toBe(pageCacheKey([graph('Chu Bảo Thảo')]));
    expect(pageCacheKey([graph('Chu Bảo Thảo')])).not.toBe(pageCacheKey([graph('Chu Bảo Thao')]));
  });

  it('changes when an object reached by several paths changes, and when two paths stop sharing it', () => {
    const line = { award: 'Giấy khen', rows: [] as unknown[] };
    const rows = [{ line, name: 'A' }, { line, name: 'B' }];
    line.rows = rows;
    const key = pageCacheKey([rows]);
    line.award = 'Bằng khen';
    expect(pageCacheKey([rows])).not.toBe(key);
    // The same text with the second row's line a copy, not the same object: not the same model.
    const copy = [{ line, name: 'A' }, { line: { ...line }, name: 'B' }];
    expect(pageCacheKey([copy])).not.toBe(pageCacheKey([rows]));
  });

  it('refuses what it cannot see into rather than skipping it', () => {
    expect(() => pageCacheKey([{ format: () => 'x' }])).toThrow(/cannot hash a function/);
    class Holder {
      value = 1;
    }
    expect(() => pageCacheKey([{ held: new Holder() }])).toThrow(/cannot hash a Holder/);
  });
});

describe('a page cache key with shared digests', () => {
  /** A decision as the portal shapes it: rows that point at their line and decision, lines that hold their rows. */
  const decisionOf = (names: string[], correctedBy?: object) => {
    const decision: { id: string; rows: Record<string, unknown>[]; lines: Record<string, unknown>[] } = { id: '10/QĐ-UBND', rows: [], lines: [] };
    const line = { index: 0, award: 'Giấy khen', rows: decision.rows };
    decision.lines.push(line);
    names.forEach((name, i) => decision.rows.push({ decision, line, row: i + 1, name, corrections: correctedBy ? [{ by: correctedBy }] : [] }));
    return decision;
  };
  const registry = (decision: ReturnType<typeof decisionOf>) => {
    const shared = new SharedDigests();
    shared.add(decision, decision, '');
    for (const row of decision.rows) shared.add(row, decision, `r${String(row.row)}`);
    for (const line of decision.lines) shared.add(line, decision, `l${String(line.index)}`);
    return shared;
  };
  /** What an honoree page prints: one row, and the decision it cites. */
  const honoreeKey = (decision: ReturnType<typeof decisionOf>, row: number) => {
    const printed = decision.rows[row - 1]!;
    return pageCacheKey([{ name: printed.name, cite: { decision, row: printed } }], registry(decision));
  };

  it('is the same for the same data, and differs for another row of the same decision', () => {
    expect(honoreeKey(decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thái']), 1)).toBe(honoreeKey(decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thái']), 1));
    expect(honoreeKey(decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thái']), 2)).not.toBe(honoreeKey(decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thái']), 1));
  });

  it('changes when anything the owner holds changes: the row, another row, a correcting decision', () => {
    const key = honoreeKey(decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thái']), 1);
    expect(honoreeKey(decisionOf(['Hà Văn Tinh', 'Chu Bảo Thái']), 1)).not.toBe(key);
    // Coarser than the row alone: another row corrected renders the page again. Never blind to a change.
    expect(honoreeKey(decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thảo']), 1)).not.toBe(key);
    const corrected = (number: string) => honoreeKey(decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thái'], { id: number, rows: [] }), 1);
    expect(corrected('11/QĐ-UBND')).toBe(corrected('11/QĐ-UBND'));
    expect(corrected('12/QĐ-UBND')).not.toBe(corrected('11/QĐ-UBND'));
  });

  it('hashes an owner once per registry: a registry belongs to one build, whose content does not change', () => {
    const decision = decisionOf(['Hà Văn Tỉnh', 'Chu Bảo Thái']);
    const shared = registry(decision);
    const key = pageCacheKey([decision.rows[0]], shared);
    decision.rows[1]!.name = 'Chu Bảo Thảo';
    expect(pageCacheKey([decision.rows[0]], shared)).toBe(key);
    expect(pageCacheKey([decision.rows[0]], registry(decision))).not.toBe(key);
  });

  it('leaves unregistered objects to the walk', () => {
    const decision = decisionOf(['Hà Văn Tỉnh']);
    expect(pageCacheKey([{ title: 'A', decision }], registry(decision))).not.toBe(pageCacheKey([{ title: 'B', decision }], registry(decision)));
  });
});
