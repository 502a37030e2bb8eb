/** Astro's heap limit in `npm run build` (src/build/heap-budget.ts): from the content's size, or as staff set it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_HEAP_VARIABLE, astroHeapFlags, astroHeapLimitMb } from '../../src/build/heap-budget.ts';

const MB = 1024 * 1024;
const NODE_DEFAULT = 4288;

describe("Astro's heap limit", () => {
  it('is 1 GB for a district, grows with the content, and is left to Node where Node allows no more', () => {
    expect(astroHeapLimitMb(230_000, NODE_DEFAULT)).toBe(1024);
    // The default corpus (5,000 decisions, 32.6 MB) and the 20,000 one (124 MB) of bench/README.md.
    expect(astroHeapLimitMb(32.6 * MB, NODE_DEFAULT)).toBe(1047);
    expect(astroHeapLimitMb(124 * MB, NODE_DEFAULT)).toBe(2546);
    // Past Node's default (50,000 decisions) the default stands; on a small machine too.
    expect(astroHeapLimitMb(310 * MB, NODE_DEFAULT)).toBeUndefined();
    expect(astroHeapLimitMb(230_000, 1024)).toBeUndefined();
  });

  it(`is what ${ASTRO_HEAP_VARIABLE} says, 0 meaning Node's default, and anything else is refused in words`, () => {
    expect(astroHeapLimitMb(124 * MB, NODE_DEFAULT, '6000')).toBe(6000);
    expect(astroHeapLimitMb(124 * MB, NODE_DEFAULT, '0')).toBeUndefined();
    expect(astroHeapLimitMb(124 * MB, NODE_DEFAULT, '')).toBe(2546);
    for (const wrong of ['2 GB', '-1', '1.5']) expect(() => astroHeapLimitMb(0, NODE_DEFAULT, wrong)).toThrow(`${ASTRO_HEAP_VARIABLE}="${wrong}"`);
  });

  it("is measured on the content folder's files, and a missing folder leaves the validator to say so", () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-heap-'));
    writeFileSync(join(dir, 'big.md'), Buffer.alloc(20 * MB));
    expect(astroHeapFlags(dir, NODE_DEFAULT, {})).toEqual([`--max-old-space-size=${astroHeapLimitMb(20 * MB, NODE_DEFAULT)}`]);
    expect(astroHeapFlags(join(dir, 'missing'), NODE_DEFAULT, {})).toEqual(['--max-old-space-size=1024']);
    expect(astroHeapFlags(dir, NODE_DEFAULT, { [ASTRO_HEAP_VARIABLE]: '0' })).toEqual([]);
  });
});
