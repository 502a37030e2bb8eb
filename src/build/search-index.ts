/** The Pagefind index over a built site, with what it cost. */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { folderSize } from './files.ts';
import { INDEXED_FOLDERS, SEARCH_INDEX_FOLDER } from '../routes/urls.ts';

export interface SearchIndexStats {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
}

/** Only the pages with a `data-pagefind-body`: Pagefind would otherwise read every page of the site to find them. */
const INDEXED_PAGES = `{${INDEXED_FOLDERS.join(',')}}/**/*.html`;

export async function buildSearchIndex(outDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_INDEX_FOLDER) });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const size = folderSize(join(outDir, SEARCH_INDEX_FOLDER));
  return { pages: added.page_count, files: size.files, bytes: size.bytes, ms: Math.round(performance.now() - started) };
}
