import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { withoutFrontmatterCopy } from '../../src/site/content-loaders.ts';

type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/** A loader that stores what a Markdown file gives Astro's glob loader: data, and the rendered text with its frontmatter. */
const markdownLoader: Loader = {
  name: 'markdown-like',
  load: async ({ store }) => {
    const recipients = [{ kind: 'individual', name: 'Hoàng Văn Kháy' }];
    store.set({
      id: '2017/1820',
      data: { number: '1820/QĐ-UBND', recipients },
      rendered: { html: '<p>Căn cứ Luật Thi đua, Khen thưởng</p>', metadata: { headings: [], frontmatter: { number: '1820/QĐ-UBND', recipients } } },
    });
    store.set({ id: 'awards', data: { name: 'Bằng khen' } });
    expect(store.has('2017/1820')).toBe(true);
  },
};

describe('withoutFrontmatterCopy', () => {
  it('keeps the data and the rendered text of each entry, and drops the second copy of the frontmatter', async () => {
    const stored = new Map<string, DataEntry>();
    const store = {
      set: (entry: DataEntry) => (stored.set(entry.id, entry), true),
      has: (id: string) => stored.has(id),
      get: (id: string) => stored.get(id),
    };
    await withoutFrontmatterCopy(markdownLoader).load({ store } as unknown as LoaderContext);
    const decision = stored.get('2017/1820')!;
    expect(decision.data).toEqual({ number: '1820/QĐ-UBND', recipients: [{ kind: 'individual', name: 'Hoàng Văn Kháy' }] });
    expect(decision.rendered).toEqual({ html: '<p>Căn cứ Luật Thi đua, Khen thưởng</p>', metadata: { headings: [], frontmatter: {} } });
    expect(stored.get('awards')).toEqual({ id: 'awards', data: { name: 'Bằng khen' } });
  });
});
