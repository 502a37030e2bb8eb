#!/usr/bin/env node
/**
 * npm run bench:search [-- --content corpus/default] [-- --out bench/out/search-default] [-- --reuse] [-- --queries 40] [-- --no-stories]
 * Builds the portal from a content folder (the generated province corpus by default; reused with
 * --reuse), serves it as a static host would (gzip for text and wasm), and measures search in headless
 * Chromium: index size on disk, bytes transferred for a first and a next query, Pagefind query time for
 * name and phrase queries, and the name finder's time per keystroke. Prints a table and whether each
 * budget is met.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { folderSize } from '../src/build/files.ts';
import { searchTerms } from '../src/search/fold.ts';
import { NAME_ROW_FOLDER, SHARD_FOLDER } from '../src/routes/urls.ts';
import { SHARD_MANIFEST, type ShardFile, type ShardManifest } from '../src/search/names.ts';
import { launchChromium, serveStatic } from '../tests/e2e/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUDGET = { firstQueryKb: 300, phraseP95Ms: 300, keystrokeP95Ms: 50, slow3gFirstMs: 5000 };

/**
 * A slow 3G connection, as Chrome's DevTools throttling has it (Chromium applies it per response):
 * about 400 kbit/s each way and 400 ms round trips.
 */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'corpus/default' },
    out: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    queries: { type: 'string', default: '40' },
    seed: { type: 'string', default: '7' },
    'no-stories': { type: 'boolean', default: false },
  },
});
const source = resolve(ROOT, values.content);
/** With --no-stories, a copy of the folder without its stories (a few hundred pages; search is about the rest). */
const content = values['no-stories'] ? withoutStories(source) : source;

function withoutStories(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'search-bench-')), 'content');
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.startsWith(join(dir, 'stories/')) });
  return copy;
}
const out = resolve(ROOT, values.out ?? `bench/out/search-${source.split('/').at(-1)}`);
const count = Number(values.queries);
if (!existsSync(source)) throw new Error(`No content folder at ${source}: run "npm run generate -- --out ${values.content}" first.`);

// --- Build ---------------------------------------------------------------------------------------
if (!values.reuse || !existsSync(join(out, 'pagefind'))) {
  const started = performance.now();
  // The staff build (Astro, then the search index), with its own content cache (bench/astro.config.mjs);
  // a generated corpus publishes for the first time, with no list of published addresses yet.
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--first-publication', '--config', 'bench/astro.config.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_OUT_DIR: out, BENCH_CACHE_DIR: `${out}-cache`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stderr.slice(-4000)}`);
  console.log(`Built ${content} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// --- Queries from the corpus itself --------------------------------------------------------------
let state = Number(values.seed);
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const shardDir = join(out, SHARD_FOLDER);
const manifest = JSON.parse(readFileSync(join(shardDir, `${SHARD_MANIFEST}.json`), 'utf8')) as ShardManifest;
const personShards = Object.keys(manifest).filter((k) => manifest[k]! > 20);
const names: string[] = [];
while (names.length < count) {
  const shard = JSON.parse(readFileSync(join(shardDir, `${pick(personShards)}.json`), 'utf8')) as ShardFile;
  const name = pick(shard.e)[0];
  if (!/^(Hộ|Trường|Tổ|Chi|Nhân|Ban|Công|Phòng|Đội|Thôn|Hợp)/.test(name)) names.push(searchTerms(name));
}
const decisionFiles = readdirSync(join(content, 'decisions'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
const phrases: string[] = [];
while (phrases.length < count) {
  const text = readFileSync(join(content, 'decisions', pick(decisionFiles)), 'utf8');
  const reason = /^reason: "?(.+?)"?$/m.exec(text)?.[1] ?? '';
  const words = searchTerms(reason.replace(/\\"/g, '')).split(' ');
  if (words.length < 4) continue;
  const start = Math.floor(random() * (words.length - 3));
  phrases.push(words.slice(start, start + 3).join(' '));
}

// --- Browser ----------------------------------------------------------------------------------------
// Compressed as a static host serves it: the budget is on bytes transferred.
const { url, server } = await serveStatic(out, '/', { gzip: true });
const browser = await launchChromium();

function percentile(list: readonly number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Bytes {
  /** On the wire: bodies as sent, compressed where the host compresses. */
  transferred: number;
  /** The same bodies decoded. */
  decoded: number;
  /** Transferred bytes by kind of file (`kindOf`): where a first query's bytes go. */
  byKind: Map<string, number>;
  /** The largest files transferred, "name size". */
  largest: { file: string; bytes: number }[];
}

/** What a response is, for the byte breakdowns: Pagefind's index, filter and fragment chunks, its metadata, wasm and code, the name data, or the page's own files. */
function kindOf(address: string): string {
  const path = new URL(address).pathname;
  const folder = /\/pagefind\/(fragment|index|filter)\//.exec(path)?.[1] ?? /\/(ten-json|dong-json)\//.exec(path)?.[1];
  if (folder) return folder;
  if (path.endsWith('.pf_meta')) return 'pf_meta';
  if (path.endsWith('.pagefind')) return 'wasm';
  return /(pagefind-entry\.json|pagefind\.js)$/.exec(path)?.[1] ?? /\.(js|css|json)$|\/$/.exec(path)?.[0] ?? 'other';
}

/** Bytes of every response while `action` runs. */
async function downloaded(page: Page, action: () => Promise<unknown>): Promise<Bytes> {
  const bytes: Bytes = { transferred: 0, decoded: 0, byKind: new Map(), largest: [] };
  const pending: Promise<void>[] = [];
  const onResponse = (r: import('playwright-core').Response) => {
    pending.push(
      Promise.all([r.request().sizes(), r.body()]).then(
        ([sizes, body]) => {
          bytes.transferred += sizes.responseBodySize;
          bytes.decoded += body.length;
          const kind = kindOf(r.url());
          bytes.byKind.set(kind, (bytes.byKind.get(kind) ?? 0) + sizes.responseBodySize);
          bytes.largest.push({ file: new URL(r.url()).pathname.split('/').slice(-2).join('/'), bytes: sizes.responseBodySize });
        },
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  await Promise.all(pending);
  return bytes;
}

/** A search's time, and the page's own split of it (src/scripts/search/page.ts). */
interface Timing {
  total: number;
  /** Pagefind's search, index chunks loaded as needed. */
  search: number;
  /** The first page of results: fragments loaded, rows found, list drawn. */
  show: number;
  /** From submitting to the best match on screen (results are drawn in rank order as they arrive). */
  first: number;
}

/** Runs one search through the search page's own form; resolves when its results are on screen. */
function pageSearch(page: Page, query: string): Promise<Timing> {
  return page.evaluate(
    (q) =>
      new Promise<Timing>((done) => {
        const form = document.querySelector<HTMLFormElement>('form[data-search-page]')!;
        const input = form.elements.namedItem('q') as HTMLInputElement;
        const started = performance.now();
        form.addEventListener(
          'search:done',
          (e) => {
            const { ms } = (e as CustomEvent<{ ms: Omit<Timing, 'total'> }>).detail;
            done({ total: performance.now() - started, ...ms });
          },
          { once: true },
        );
        input.value = q;
        form.requestSubmit();
      }),
    query,
  );
}

const page = await browser.newPage();
await page.goto(`${url}tim-kiem/`);
await page.waitForLoadState('networkidle');
const firstBytes = await downloaded(page, () => pageSearch(page, names[0]!));
const nextBytes = await downloaded(page, () => pageSearch(page, phrases[0]!));
const nameTimings: Timing[] = [];
for (const q of names.slice(1)) nameTimings.push(await pageSearch(page, q));
const phraseTimings: Timing[] = [];
for (const q of phrases.slice(1)) phraseTimings.push(await pageSearch(page, q));
const nameTimes = nameTimings.map((t) => t.total);
const phraseTimes = phraseTimings.map((t) => t.total);
await page.close();
// A phrase as the first query of a fresh page: no name-row bucket answers it, so it needs all of
// Pagefind's first download (code, wasm, metadata) and the index chunks of its three words.
const phrasePage = await browser.newPage();
await phrasePage.goto(`${url}tim-kiem/`);
await phrasePage.waitForLoadState('networkidle');
const firstPhraseBytes = await downloaded(phrasePage, () => pageSearch(phrasePage, phrases[0]!));
await phrasePage.close();

// Slow 3G, cold cache: a reader opens a search address (the header's search box submits to one) and
// waits for the first result on screen. Timed from navigation, so the page, its script and Pagefind's
// code, wasm and index all count.
const slowFirst: number[] = [];
/** What the last slow load transferred, by kind of file, until its first result. */
let slowBytes = '';
for (const q of names.slice(0, 3)) {
  const context = await browser.newContext();
  const slow = await context.newPage();
  const cdp = await context.newCDPSession(slow);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const bytes = new Map<string, number>();
  slow.on('response', (r) =>
    void r.request().sizes().then(
      ({ responseBodySize }) => {
        const kind = kindOf(r.url());
        bytes.set(kind, (bytes.get(kind) ?? 0) + responseBodySize);
      },
      () => undefined,
    ),
  );
  const started = Date.now();
  await slow.goto(`${url}tim-kiem/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit', timeout: 120_000 });
  await slow.waitForSelector('[data-results] li', { timeout: 120_000 });
  slowFirst.push(Date.now() - started);
  slowBytes = [...bytes].map(([kind, n]) => `${kind} ${(n / 1024).toFixed(0)} KB`).join(', ');
  await context.close();
}

// Name finder: type each name a letter at a time on a content page.
const finder = await browser.newPage();
await finder.goto(url);
await finder.focus('#site-search');
await finder.waitForResponse((r) => r.url().includes(`${SHARD_MANIFEST}.json`), { timeout: 5000 }).catch(() => undefined);
const keystrokes: number[] = [];
const finderBytes: number[] = [];
for (const name of names.slice(0, Math.min(20, names.length))) {
  const bytes = await downloaded(finder, async () => {
    for (let i = 1; i <= name.length; i += 1)
      keystrokes.push(
        await finder.evaluate(
          (typed) =>
            new Promise<number>((done) => {
              const input = document.querySelector<HTMLInputElement>('#site-search')!;
              const started = performance.now();
              input.addEventListener('namefinder:update', () => done(performance.now() - started), { once: true });
              input.value = typed;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          name.slice(0, i),
        ),
      );
  });
  finderBytes.push(bytes.transferred);
}
await browser.close();
server.close();

// --- Report -----------------------------------------------------------------------------------------
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
/** "median / p95" of a list of times. */
const spread = (list: readonly number[]) => `${ms(percentile(list, 50))} / ${ms(percentile(list, 95))}`;
/** One part of each timing: `spread` of the first result's times, or of the search's and the rest's. */
const part = (timings: readonly Timing[], key: keyof Timing) => spread(timings.map((t) => t[key]));
const index = folderSize(join(out, 'pagefind'));
const shards = folderSize(shardDir);
const nameRowBuckets = folderSize(join(out, NAME_ROW_FOLDER));
const largest = Math.max(...Object.values(manifest));
const rows: [string, string, string][] = [
  ['Pagefind index on disk', `${kb(index.bytes)} in ${index.files} files`, ''],
  ['Name shards on disk', `${kb(shards.bytes)} in ${shards.files} files (largest ${largest} names)`, ''],
  ['Name-row buckets on disk', `${kb(nameRowBuckets.bytes)} in ${nameRowBuckets.files} files (${kb(nameRowBuckets.bytes / Math.max(1, nameRowBuckets.files))} each)`, ''],
  [
    'First query: bytes transferred (decoded)',
    `${kb(firstBytes.transferred)} (${kb(firstBytes.decoded)})`,
    firstBytes.transferred < BUDGET.firstQueryKb * 1024 ? `ok (< ${BUDGET.firstQueryKb} KB)` : `OVER ${BUDGET.firstQueryKb} KB`,
  ],
  [
    'First query a phrase (fresh page): transferred (decoded)',
    `${kb(firstPhraseBytes.transferred)} (${kb(firstPhraseBytes.decoded)})`,
    firstPhraseBytes.transferred < BUDGET.firstQueryKb * 1024 ? `ok (< ${BUDGET.firstQueryKb} KB)` : `OVER ${BUDGET.firstQueryKb} KB`,
  ],
  ['Next query: bytes transferred (decoded)', `${kb(nextBytes.transferred)} (${kb(nextBytes.decoded)})`, ''],
  ['Name queries: median / p95', spread(nameTimes), ''],
  ['  first result on screen: median / p95', part(nameTimings, 'first'), ''],
  ['  of which Pagefind search / results shown', `${part(nameTimings, 'search')}; ${part(nameTimings, 'show')}`, ''],
  [
    'Phrase queries: median / p95',
    spread(phraseTimes),
    percentile(phraseTimes, 95) < BUDGET.phraseP95Ms ? `ok (< ${BUDGET.phraseP95Ms} ms)` : `OVER ${BUDGET.phraseP95Ms} ms`,
  ],
  ['  first result on screen: median / p95', part(phraseTimings, 'first'), ''],
  ['  of which Pagefind search / results shown', `${part(phraseTimings, 'search')}; ${part(phraseTimings, 'show')}`, ''],
  [
    'Name finder per keystroke: median / p95',
    spread(keystrokes),
    percentile(keystrokes, 95) < BUDGET.keystrokeP95Ms ? `ok (< ${BUDGET.keystrokeP95Ms} ms)` : `OVER ${BUDGET.keystrokeP95Ms} ms`,
  ],
  [
    'Slow 3G, cold: address opened to first result, median / max',
    `${ms(percentile(slowFirst, 50))} / ${ms(Math.max(...slowFirst))}`,
    Math.max(...slowFirst) < BUDGET.slow3gFirstMs ? `ok (< ${BUDGET.slow3gFirstMs} ms)` : `OVER ${BUDGET.slow3gFirstMs} ms`,
  ],
  ['Name finder: bytes per name typed, median / max', `${kb(percentile(finderBytes, 50))} / ${kb(Math.max(...finderBytes))}`, 'never the whole list'],
];
const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length));
console.log(`\nSearch benchmark: ${content} (${names.length} name and ${phrases.length} phrase queries, ${keystrokes.length} keystrokes)`);
for (const [label, value, budget] of rows) console.log(`${label.padEnd(width)}  ${value.padEnd(valueWidth)}  ${budget}`);
console.log(`\nTimes are from submitting the query to the first page of results (10) on screen (fragments loaded), in the page, and to the first of them; a keystroke is input event to list updated.`);
console.log(`Slow 3G, bytes until the first result: ${slowBytes}.`);
/** Where a query's bytes went: by kind of file, then the largest files. */
const breakdown = (b: Bytes) =>
  `${[...b.byKind].sort((x, y) => y[1] - x[1]).map(([kind, n]) => `${kind} ${kb(n)}`).join(', ')}; largest: ` +
  b.largest
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, 5)
    .map((f) => `${f.file} ${kb(f.bytes)}`)
    .join(', ');
console.log(`First query (a name), bytes by kind: ${breakdown(firstBytes)}.`);
console.log(`First query a phrase, bytes by kind: ${breakdown(firstPhraseBytes)}.`);
console.log(`Sample queries: names "${names.slice(0, 3).join('", "')}"; phrases "${phrases.slice(0, 3).join('", "')}".`);
/** The slowest queries of a list, "query (ms)": where a p95 comes from. */
const slowest = (queries: readonly string[], times: readonly number[]) =>
  times
    .map((t, i) => ({ t, q: queries[i]! }))
    .sort((a, b) => b.t - a.t)
    .slice(0, 3)
    .map((x) => `"${x.q}" (${ms(x.t)})`)
    .join(', ');
console.log(`Slowest: names ${slowest(names.slice(1), nameTimes)}; phrases ${slowest(phrases.slice(1), phraseTimes)}.`);
