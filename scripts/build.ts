#!/usr/bin/env node
/**
 * npm run build [-- astro build options, e.g. --config bench/astro.config.mjs]
 * The whole build, arranged for two cores (docs/adr/0008-build-steps-and-budget.md):
 * - a worker thread validates the content and writes the open data and the name finder's shards
 *   (src/build/content-steps.ts) while `astro build` renders the pages in a child process; a problem in
 *   the content stops both at once;
 * - then those files join the pages, the open-data page gets the sizes of the whole data set's files,
 *   published addresses are checked, and the build says what went in and came out;
 * - then the Pagefind search index, in this process, once Astro's memory is released.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { AstroUserConfig } from 'astro';
import { buildSummary, checkPermanentUrls, fillDatasetSizes, type WrittenFiles } from '../src/build/content-steps.ts';
import type { Located } from '../src/validate/integrity.ts';
import { formatCounts } from '../src/validate/counts.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import type { ContentCounts } from '../src/validate/validate.ts';
import type { Redirect } from '../src/schemas/redirect.ts';
import type { ContentStepsInput } from '../src/build/content-steps.worker.ts';

const root = resolve(import.meta.dirname, '..');
const astroArgs = process.argv.slice(2);
const log = (text: string) => console.log(`[commendation-portal] ${text}`);

// The same configuration Astro will load, for the output folder and the addresses in the open data.
const { values: options } = parseArgs({ args: astroArgs, options: { config: { type: 'string' } }, strict: false });
const configFile = resolve(root, typeof options.config === 'string' ? options.config : 'astro.config.mjs');
const config = (await import(pathToFileURL(configFile).href)).default as AstroUserConfig;
const outDir = resolve(root, config.outDir ?? 'dist');
// Beside the output folder, which Astro empties when it starts.
const dataDir = `${outDir}.open-data`;
rmSync(dataDir, { recursive: true, force: true });

type ContentMessage =
  | { step: 'problems'; report: string }
  | { step: 'checked'; counts: ContentCounts; ms: number }
  | ({ step: 'written'; redirects: Located<Redirect>[]; ms: number } & WrittenFiles);

const astro = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...astroArgs], {
  cwd: root,
  stdio: 'inherit',
  // A production build whatever the caller's NODE_ENV (Vitest sets "test", which would make it a DEV build).
  // No Node compile cache, which Astro's CLI turns on outside CI: the prerender bundle holds the whole
  // content, so each build after a content change cached it anew (34 MB for the default corpus, 130 MB
  // at 20,000 decisions) and the old entries were never read again.
  env: { ...process.env, NODE_ENV: 'production', PORTAL_CONTENT_STEPS: 'worker', NODE_DISABLE_COMPILE_CACHE: '1' },
});
const astroExit = new Promise<number>((done) => astro.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));

const input: ContentStepsInput = { dataDir, site: config.site, base: config.base ?? '/' };
const worker = new Worker(new URL('../src/build/content-steps.worker.ts', import.meta.url), { workerData: input });
let counts: ContentCounts | undefined;
const contentDone = new Promise<Extract<ContentMessage, { step: 'written' }>>((done, fail) => {
  worker.on('message', (message: ContentMessage) => {
    if (message.step === 'problems') fail(new Error(`Nội dung có lỗi, dừng build.\n${message.report}`));
    else if (message.step === 'checked') {
      counts = message.counts;
      log(`${formatCounts(message.counts)} (${message.ms} ms)`);
    } else done(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The content worker stopped (exit code ${code}) before writing the open data.`)));
});

/** Ends a failed build, leaving no half-written open data beside the output folder. */
function stop(code: number): never {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

// Whichever fails first stops the other.
const astroFailed = astroExit.then((status) => (status === 0 ? new Promise<never>(() => undefined) : status));
let written: Extract<ContentMessage, { step: 'written' }>;
try {
  const first = await Promise.race([contentDone, astroFailed]);
  if (typeof first === 'number') {
    await worker.terminate();
    stop(first);
  }
  written = first;
} catch (error) {
  astro.kill();
  await astroExit;
  console.error((error as Error).message);
  stop(1);
}
log(`Dữ liệu mở: ${written.dataFiles} tệp theo quyết định và toàn bộ dữ liệu; ${written.nameShards} tệp tra tên (${written.ms} ms).`);
const astroStatus = await astroExit;
if (astroStatus !== 0) stop(astroStatus);

moveInto(dataDir, outDir);
rmSync(dataDir, { recursive: true, force: true });
fillDatasetSizes(outDir);
log(checkPermanentUrls(outDir, written.redirects, config.site, config.base ?? '/'));
log(buildSummary(outDir, counts, written.dataFiles));

const index = await buildSearchIndex(outDir);
log(`Chỉ mục tìm kiếm: ${index.pages} trang, ${index.files} tệp, ${(index.bytes / 1024).toFixed(0)} KB (${index.ms} ms).`);

/** Moves every file under `from` to the same place under `to`; a file that Astro wrote too is a bug. */
function moveInto(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (!existsSync(target)) {
      mkdirSync(to, { recursive: true });
      renameSync(source, target);
    } else if (statSync(source).isDirectory() && statSync(target).isDirectory()) moveInto(source, target);
    else throw new Error(`Both Astro and the open data wrote ${target}.`);
  }
}
