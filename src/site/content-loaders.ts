/** Astro content loaders as the portal uses them (src/content.config.ts). */
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { CONTENT_LAYOUT } from '../validate/content-files.ts';
import { readSiteSettings } from '../validate/site-file.ts';

/**
 * Astro keeps, with each entry's rendered Markdown, a second copy of its frontmatter
 * (`rendered.metadata.frontmatter`, which `render()` returns as `remarkPluginFrontmatter`). No page reads
 * it, and for decisions it held every recipient row a second time: a third of the data store, which every
 * build serialises, bundles and parses again. The parsed `data` is the one copy kept.
 */
export function withoutFrontmatterCopy(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => {
            const metadata = entry.rendered?.metadata;
            if (!metadata?.frontmatter) return context.store.set(entry);
            return context.store.set({ ...entry, rendered: { ...entry.rendered!, metadata: { ...metadata, frontmatter: {} } } });
          },
        },
      }),
  };
}

/**
 * Keeps only the entries whose file the validator read (`entryFiles`, src/validate/content-files.ts):
 * Astro's glob follows symbolic links, which the validator refuses, and the two must publish the same
 * list, or a file nobody checked reaches the site.
 */
export function onlyFiles(loader: Loader, files: () => readonly string[]): Loader {
  return {
    ...loader,
    load: (context) => {
      let listed = new Set<string>();
      // Read again on a miss: `npm run dev` adds files after the first load.
      const isListed = (path: string) => listed.has(path) || (listed = new Set(files().map((file) => resolve(file)))).has(path);
      return loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => (entry.filePath && !isListed(resolve(entry.filePath)) ? false : context.store.set(entry)),
        },
      });
    },
  };
}

/**
 * `content/site.yaml` as a one-entry collection (`site`), read by the validator's own reader
 * (src/validate/site-file.ts), which ran first and stopped the build on any problem in it; read again
 * when the file changes under `npm run dev`.
 */
export function siteFile(root: string): Loader {
  const path = resolve(root, CONTENT_LAYOUT.site.file);
  return {
    name: 'site-file',
    load: async ({ store, parseData, watcher }) => {
      const load = async () => {
        const data = await parseData({ id: SITE_ENTRY, data: readSiteSettings(root, []) });
        store.clear();
        store.set({ id: SITE_ENTRY, data });
      };
      await load();
      watcher?.add(path);
      watcher?.on('all', (_event, changed) => {
        if (resolve(changed) === path) void load();
      });
    },
  };
}

/** The id of site.yaml's one entry. */
export const SITE_ENTRY = 'site';
