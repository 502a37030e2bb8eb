import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/build/cache-keys.ts';

describe('a page cache key', () => {
  const model = { title: 'Quyết định 10/QĐ-UBND', rows: [{ name: 'Chu Bảo Thái', row: 1 }], places: new Map([['xa-a', { name: 'xã A' }]]) };

  it('is the same for equal data, whatever the order of object keys', () => {
    expect(pageCacheKey({ a: 1, b: [2, 'x'] })).toBe(pageCacheKey({ b: [2, 'x'], a: 1 }));
    expect(pageCacheKey(structuredClone(model))).toBe(pageCacheKey(model));
  });

  it('changes with any value inside, Maps, Sets and Dates included', () => {
    const key = pageCacheKey(model);
    expect(pageCacheKey({ ...model, rows: [{ name: 'Chu Bảo Thảo', row: 1 }] })).not.toBe(key);
    expect(pageCacheKey({ ...model, places: new Map([['xa-a', { name: 'xã B' }]]) })).not.toBe(key);
    expect(pageCacheKey(new Set(['a']))).not.toBe(pageCacheKey(new Set(['b'])));
    expect(pageCacheKey(new Date('2024-01-01'))).not.toBe(pageCacheKey(new Date('2024-01-02')));
    // Types and boundaries count: "1" is not 1, ["ab"] is not ["a", "b"], a missing value is not null.
    expect(pageCacheKey('1')).not.toBe(pageCacheKey(1));
    expect(pageCacheKey(['ab'])).not.toBe(pageCacheKey(['a', 'b']));
    expect(pageCacheKey({ a: undefined })).not.toBe(pageCacheKey({ a: null }));
    expect(pageCacheKey('a', 'b')).not.toBe(pageCacheKey('ab'));
  });

  it('hashes data that points back at itself', () => {
    const decision: Record<string, unknown> = { id: 'a' };
    decision.correction = { of: decision };
    expect(pageCacheKey(decision)).toBe(pageCacheKey(decision));
  });

  it('sees a change in an object the model reaches by several paths', () => {
    // A decision's rows point at their line, whose rows point back: each row is reached many times.
    const graph = (name: string) => {
      const line: { rows: { name: string; line?: unknown }[] } = { rows: [{ name: 'Hà Văn Tỉnh' }, { name }] };
      for (const row of line.rows) row.line = line;
      return { lines: [line], rows: line.rows };
    };
    expect(pageCacheKey(graph('Chu Bảo Thảo'))).toBe(pageCacheKey(graph('Chu Bảo Thảo')));
    expect(pageCacheKey(graph('Chu Bảo Thảo'))).not.toBe(pageCacheKey(graph('Chu Bảo Thao')));
  });

  it('changes when an object reached by several paths changes, and when two paths stop sharing it', () => {
    const line = { award: 'Giấy khen', rows: [] as unknown[] };
    const rows = [{ line, name: 'A' }, { line, name: 'B' }];
    line.rows = rows;
    const key = pageCacheKey(rows);
    line.award = 'Bằng khen';
    expect(pageCacheKey(rows)).not.toBe(key);
    // The same text with the second row's line a copy, not the same object: not the same model.
    const copy = [{ line, name: 'A' }, { line: { ...line }, name: 'B' }];
    expect(pageCacheKey(copy)).not.toBe(pageCacheKey(rows));
  });

  it('refuses what it cannot see into rather than skipping it', () => {
    expect(() => pageCacheKey({ format: () => 'x' })).toThrow(/cannot hash a function/);
    class Holder {
      value = 1;
    }
    expect(() => pageCacheKey({ held: new Holder() })).toThrow(/cannot hash a Holder/);
  });
});
