import { describe, expect, it } from 'vitest';
import { onBundlerLog } from '../../src/site/build-warnings.ts';

/** What Rolldown reports for every MDX story (its message as a build printed it). */
const storyDirective = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/stories/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

function passed(level: string, log: { code?: string; message: string }): string[] {
  const seen: string[] = [];
  onBundlerLog(level, log, (l, { message }) => seen.push(`${l}: ${message}`));
  return seen;
}

describe("the bundler's warnings", () => {
  it("drops Astro's head-inject directive warning of MDX stories", () => {
    expect(passed('warn', storyDirective)).toEqual([]);
  });

  it('passes every other warning and log on, the same directive warning for other code included', () => {
    const other = { ...storyDirective, message: storyDirective.message.replace('use astro:head-inject', 'use client') };
    expect(passed('warn', other)).toEqual([`warn: ${other.message}`]);
    expect(passed('warn', { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' })).toHaveLength(1);
    expect(passed('info', storyDirective)).toHaveLength(1);
  });

  it('are not printed for the sample stories by a real build, whose other output is there', () => {
    const output = process.env.SAMPLE_BUILD_OUTPUT ?? '';
    expect(output).toMatch(/Chỉ mục tìm kiếm: \d+ trang/);
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(output).not.toContain('may not be preserved');
  });
});
