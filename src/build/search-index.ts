/** The Pagefind index over a built site, with what it cost. */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { folderSize } from './files.ts';

export interface SearchIndexStats {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
}

/**
 * The pages with a `data-pagefind-body`: decisions (their rows lead to honoree pages, see
 * src/search/rows.ts) and stories. Pagefind would otherwise read every page of the site to find them.
 */
const INDEXED_PAGES = '{quyet-dinh,guong-dien-hinh}/**/*.html';

export async function buildSearchIndex(outDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const size = folderSize(join(outDir, 'pagefind'));
  return { pages: added.page_count, files: size.files, bytes: size.bytes, ms: Math.round(performance.now() - started) };
}
