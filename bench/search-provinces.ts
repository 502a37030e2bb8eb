#!/usr/bin/env node
/**
 * npm run bench:search:provinces [-- --provinces 10] [-- --queries 40]
 * The search benchmark (bench/search-bench.ts) at N times the default corpus. One content folder of
 * 50,000 decisions takes more than an hour to build on this machine (bench/README.md). So this builds
 * N default-size provinces, seeds 1…N, one at a time (reused when built), and serves them as one site: the search page and assets of the first, the
 * decision and story pages of all (those of province k under quyet-dinh/p<k>/ and guong-dien-hinh/p<k>/),
 * one Pagefind index over them all, and the name finder's shards made again from all their honorees.
 * See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/validate/content-files.ts';
import { buildPortal } from '../src/model/portal.ts';
import { writeNameRows, writeNameShards } from '../src/build/content-steps.ts';
import { NAME_ROW_FOLDER, SHARD_FOLDER } from '../src/routes/urls.ts';
import { nameRows, type NameRow } from '../src/search/name-rows.ts';
import { nameEntries, type NameEntry } from '../src/search/names.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { validateContent } from '../src/validate/validate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { provinces: { type: 'string', default: '10' }, queries: { type: 'string', default: '40' } } });
const provinces = Number(values.provinces);
if (!Number.isInteger(provinces) || provinces < 2) throw new Error(`--provinces takes a whole number from 2, not "${values.provinces}"`);

/** Province 1 is the default corpus and its search-benchmark site, so that `npm run bench:search` and this share them. */
const contentOf = (k: number) => join(ROOT, k === 1 ? 'corpus/default' : `corpus/province-${k}`);
const siteOf = (k: number) => join(ROOT, k === 1 ? 'bench/out/search-default' : `bench/out/province-${k}`);

function run(args: string[], env: Record<string, string> = {}, show = false): void {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: show ? 'inherit' : 'pipe',
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed${show ? '' : `:\n${(result.stderr || result.stdout).slice(-4000)}`}`);
}

for (let k = 1; k <= provinces; k += 1) {
  const content = contentOf(k);
  const site = siteOf(k);
  if (!existsSync(content)) run(['bench/generate-corpus.ts', '--out', content, '--seed', String(k)]);
  if (existsSync(join(site, 'pagefind'))) continue;
  const started = performance.now();
  // A generated province publishes for the first time: no list of published addresses yet.
  run(['scripts/build.ts', '--first-publication', '--config', 'bench/astro.config.mjs'], { PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: site, BENCH_CACHE_DIR: `${site}-cache` });
  console.log(`Province ${k}: built ${content} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// --- One site of all provinces ----------------------------------------------------------------------
const union = join(ROOT, `bench/out/search-provinces-${provinces}`);
rmSync(union, { recursive: true, force: true });
cpSync(siteOf(1), union, { recursive: true, filter: (src) => !src.startsWith(join(siteOf(1), 'pagefind')) });
for (let k = 2; k <= provinces; k += 1) {
  for (const folder of ['quyet-dinh', 'guong-dien-hinh']) cpSync(join(siteOf(k), folder), join(union, folder, `p${k}`), { recursive: true });
}

// The name finder's shards from every province's honorees, cut by the portal's own rule.
// The search page's name rows too, each decision of province k at its address in this site (p<k>/…).
const entries: NameEntry[] = [];
const rows: NameRow[] = [];
for (let k = 1; k <= provinces; k += 1) {
  const { content } = validateContent(readContent(contentOf(k)).content);
  const portal = buildPortal({ ...content, stories: [] });
  for (const entry of nameEntries(portal)) entries.push(entry);
  for (const row of nameRows(portal)) rows.push(k === 1 ? row : { ...row, decision: { ...row.decision, id: `p${k}/${row.decision.id}` } });
}
const shardDir = join(union, SHARD_FOLDER);
rmSync(shardDir, { recursive: true, force: true });
const shardCount = writeNameShards(union, entries);
rmSync(join(union, NAME_ROW_FOLDER), { recursive: true, force: true });
const bucketCount = writeNameRows(union, rows);

const index = await buildSearchIndex(union);
console.log(
  `${provinces} provinces as one site: ${entries.length} names in ${shardCount} shards, ${rows.length} rows in ${bucketCount} name-row buckets; ` +
    `Pagefind indexed ${index.pages} pages in ${(index.ms / 1000).toFixed(0)} s (${(index.bytes / 1048576).toFixed(1)} MB).`,
);

run(['bench/search-bench.ts', '--reuse', '--out', union, '--content', contentOf(1), '--queries', values.queries], {}, true);
