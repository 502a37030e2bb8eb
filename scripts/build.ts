#!/usr/bin/env node
/**
 * npm run build [-- astro build options, e.g. --config bench/astro.config.mjs]
 * The whole build: `astro build` (validation first, pages, open data, address check), then the
 * Pagefind search index in this separate process, once Astro's memory is released.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search-index.ts';

const root = resolve(import.meta.dirname, '..');
const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const outDir = resolve(root, process.env.PORTAL_OUT_DIR ?? 'dist');
const index = await buildSearchIndex(outDir);
console.log(
  `[commendation-portal] Chỉ mục tìm kiếm: ${index.pages} trang, ${index.files} tệp, ${(index.bytes / 1024).toFixed(0)} KB (${index.ms} ms).`,
);
