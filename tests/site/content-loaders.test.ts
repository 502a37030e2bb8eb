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

describe('onlyFiles', () => {
  it('stores only the entries whose file the validator lists, so a symlinked file is never published', async () => {
    const { onlyFiles } = await import('../../src/site/content-loaders.ts');
    const { entryFiles } = await import('../../src/validate/content-files.ts');
    const { copyContent } = await import('../helpers.ts');
    const { symlinkSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const root = copyContent();
    const linked = join(root, 'decisions/2017/1821-qd-ubnd-lien-ket.md');
    symlinkSync(join(root, 'decisions/2017/1820-qd-ubnd-bang-khen-nong-thon-moi.md'), linked);
    const files = [...entryFiles(root, 'decisions'), linked];
    const loader: Loader = {
      name: 'glob-like',
      load: async ({ store }) => {
        for (const path of files) store.set({ id: path, data: {}, filePath: relative(process.cwd(), path) });
      },
    };
    const stored: string[] = [];
    const store = { set: (entry: DataEntry) => (stored.push(entry.id), true) };
    await onlyFiles(loader, () => entryFiles(root, 'decisions')).load({ store } as unknown as LoaderContext);
    expect(stored).toHaveLength(16);
    expect(stored).not.toContain(linked);
  });
});
