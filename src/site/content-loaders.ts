/** Astro content loaders as the portal uses them (src/content.config.ts). */
import type { Loader } from 'astro/loaders';

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
