#!/usr/bin/env node
/**
 * npm run bench:search:multisite -- --years bench/out/5000          one index per year of one site
 * npm run bench:search:multisite -- --sites bench/out/p1,bench/out/p2,…   one index per province's site
 * Pagefind's multisite search (`mergeIndex`) against one index, in headless Chromium: the bytes a first
 * query transfers and the time from a query to its first ten results (median, p95), for names taken
 * from the first site's name shards. See bench/README.md and docs/adr/0014-incremental-build-and-scale.md.
 * - `--years`: issue 15's question of how the index keeps up with one edit. It writes one index per
 *   year of decisions and one for the stories (`<site>/pagefind-years/`), says what each took (the cost
 *   of indexing again the year an edit touches), and compares searching them merged with the site's
 *   own single index (`<site>/pagefind/`).
 * - `--sites`: the national search over provinces that each built and published their own site with
 *   its own index: the sites are served side by side (`/p1/`, `/p2/`, …) and searched merged.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { folderSize } from '../src/build/files.ts';
import { SEARCH_INDEX_FOLDER, SHARD_FOLDER } from '../src/routes/urls.ts';
import { SHARD_MANIFEST, type ShardFile, type ShardManifest } from '../src/search/names.ts';
import { searchTerms } from '../src/search/fold.ts';
import { launchChromium, serveStatic } from '../tests/e2e/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { years: { type: 'string' }, sites: { type: 'string' }, queries: { type: 'string', default: '40' } } });
if (!values.years === !values.sites) {
  console.error('npm run bench:search:multisite -- --years <built site> | --sites <site>,<site>,… [--queries 40]');
  process.exit(2);
}
const count = Number(values.queries);

/** Names to search for, from the first site's name finder shards (a fixed pick, the same for every configuration). */
function namesFrom(site: string): string[] {
  const dir = join(site, SHARD_FOLDER);
  const manifest = JSON.parse(readFileSync(join(dir, `${SHARD_MANIFEST}.json`), 'utf8')) as ShardManifest;
  const shards = Object.keys(manifest).filter((k) => manifest[k]! > 20).sort();
  const names: string[] = [];
  for (let i = 0; names.length < count && i < count * 10; i += 1) {
    const shard = JSON.parse(readFileSync(join(dir, `${shards[(i * 7) % shards.length]}.json`), 'utf8')) as ShardFile;
    const name = shard.e[(i * 13) % shard.e.length]?.[0];
    if (name && !/^(Hộ|Trường|Tổ|Chi|Nhân|Ban|Công|Phòng|Đội|Thôn|Hợp)/.test(name)) names.push(searchTerms(name));
  }
  return names;
}

interface Measured {
  label: string;
  indexes: number;
  indexBytes: number;
  firstQueryBytes: number;
  medianMs: number;
  p95Ms: number;
}

function percentile(list: readonly number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Searches `bundles` (index folders' addresses under the served root, the first one's code loaded and
 * the others merged into it) for `names` in a fresh page: bytes of the first query, times of all.
 */
async function measure(browser: Browser, root: string, label: string, bundles: string[], names: string[]): Promise<Measured> {
  const { url, server } = await serveStatic(root, '/', { gzip: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}${bundles[0]!.slice(1)}pagefind-entry.json`);
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => pending.push(r.request().sizes().then((s) => void (bytes += s.responseBodySize), () => undefined)));
  /** Runs `names` on the page, Pagefind loaded and the other indexes merged on first use; their times. */
  const search = (names: string[]) =>
    page.evaluate(
      async ({ bundles, names }) => {
        const scope = window as unknown as { benchPagefind?: Promise<{ search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> }> };
        scope.benchPagefind ??= (async () => {
          const pf = await import(`${bundles[0]}pagefind.js`);
          await pf.options({ basePath: bundles[0] });
          for (const other of bundles.slice(1)) await pf.mergeIndex(other);
          return pf;
        })();
        const pf = await scope.benchPagefind;
        const out: number[] = [];
        for (const name of names) {
          const started = performance.now();
          const found = await pf.search(name);
          await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
          out.push(performance.now() - started);
        }
        return out;
      },
      { bundles, names },
    );
  // The first query with everything it needs: the code, the wasm, every index's metadata, its chunks and fragments.
  await search(names.slice(0, 1));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const firstQueryBytes = bytes;
  const times = await search(names.slice(1));
  await context.close();
  server.close();
  const indexBytes = bundles.reduce((sum, b) => sum + folderSize(join(root, b)).bytes, 0);
  return { label, indexes: bundles.length, indexBytes, firstQueryBytes, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

const results: Measured[] = [];
const browser = await launchChromium();
if (values.years) {
  const site = resolve(ROOT, values.years);
  const out = join(site, 'pagefind-years');
  rmSync(out, { recursive: true, force: true });
  const years = readdirSync(join(site, 'quyet-dinh'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
    .map((e) => e.name)
    .sort();
  const parts = [...years.map((y) => ({ name: y, glob: `quyet-dinh/${y}/**/*.html` })), { name: 'stories', glob: 'guong-dien-hinh/**/*.html' }];
  const took: string[] = [];
  for (const part of parts) {
    const started = performance.now();
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    const added = await index.addDirectory({ path: site, glob: part.glob });
    await index.writeFiles({ outputPath: join(out, part.name) });
    took.push(`${part.name} ${added.page_count} pages ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await pagefind.close();
  console.log(`One index per part (the cost of indexing again the part one edit touches): ${took.join('; ')}.`);
  const names = namesFrom(site);
  results.push(await measure(browser, site, 'one index (as built)', [`/${SEARCH_INDEX_FOLDER}`], names));
  results.push(await measure(browser, site, `one index per year + stories, merged`, parts.map((p) => `/pagefind-years/${p.name}/`), names));
} else {
  const sites = values.sites!.split(',').map((s) => resolve(ROOT, s.trim()));
  // The national site: each province's published site at its own address, as separate hosts would serve them.
  const national = join(ROOT, `bench/out/national-${sites.length}`);
  rmSync(national, { recursive: true, force: true });
  mkdirSync(national, { recursive: true });
  sites.forEach((site, i) => symlinkSync(site, join(national, `p${i + 1}`), 'dir'));
  const names = namesFrom(sites[0]!);
  results.push(await measure(browser, national, 'the first province alone', [`/p1/${SEARCH_INDEX_FOLDER}`], names));
  results.push(await measure(browser, national, `${sites.length} provinces merged`, sites.map((_, i) => `/p${i + 1}/${SEARCH_INDEX_FOLDER}`), names));
}
await browser.close();

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`\n${count} name queries; bytes on the wire (gzip as a static host serves), times from a query to its first ten results' data.`);
console.log('| configuration | indexes | index on disk | first query transfers | median ms | p95 ms |\n|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.label} | ${r.indexes} | ${(r.indexBytes / 1048576).toFixed(1)} MB | ${kb(r.firstQueryBytes)} | ${r.medianMs.toFixed(0)} | ${r.p95Ms.toFixed(0)} |`);
