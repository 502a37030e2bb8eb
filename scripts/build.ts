#!/usr/bin/env node
/**
 * npm run build [-- --first-publication] [-- astro build options, e.g. --config bench/astro.config.mjs]
 * The build pipeline (src/build/pipeline.ts), arranged for two cores (docs/adr/0008-build-steps-and-budget.md):
 * its `content` steps (validate, open data, name shards) in a worker thread while `astro build` renders
 * the pages in a child process, a problem in the content stopping both at once; then its `site` steps
 * (content files into the site, address check, redirect pages, summary, search index) in this process,
 * once Astro has exited and released its memory. It builds into a fresh folder beside the output folder
 * and puts it in place only when every step has passed (src/build/publish.ts): a failed build leaves the
 * previous site, and a second build into the same folder meanwhile refuses.
 */
import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AstroUserConfig } from 'astro';
import type { ContentLaneMessage } from '../src/build/content-steps.worker.ts';
import { ASTRO_HEAP_VARIABLE, astroHeapFlags } from '../src/build/heap-budget.ts';
import { BUILD_PROCESS_VARIABLE, lockBuild, nextFolderFor } from '../src/build/publish.ts';
import { contentRoot } from '../src/validate/content-files.ts';
import { FIRST_PUBLICATION_VARIABLE, PIPELINE_VARIABLE, abandonBuild, buildSettings, outDirProblem, renderStarted, runLane, startBuild, type BuildRecord } from '../src/build/pipeline.ts';

const root = resolve(import.meta.dirname, '..');
const log = (text: string) => console.log(`[commendation-portal] ${text}`);

// The same configuration Astro will load, for the output folder and the addresses in the open data.
const args = process.argv.slice(2);
const { values: options, tokens } = parseArgs({
  args,
  options: { config: { type: 'string' }, outDir: { type: 'string' }, 'first-publication': { type: 'boolean' } },
  strict: false,
  tokens: true,
});
// Read by the address check, in this process: the flag is the portal's, not Astro's.
if (options['first-publication'] === true) process.env[FIRST_PUBLICATION_VARIABLE] = '1';
const configFile = resolve(root, typeof options.config === 'string' ? options.config : 'astro.config.mjs');
const config = (await import(pathToFileURL(configFile).href)).default as AstroUserConfig;
const publishDir = resolve(root, typeof options.outDir === 'string' ? options.outDir : (config.outDir ?? 'dist'));
// Astro's cache folder, where the open-data step keeps its spreadsheets too (src/build/spreadsheet-cache.ts).
const cacheDir = resolve(root, config.cacheDir ?? 'node_modules/.astro');
const settings = buildSettings(nextFolderFor(publishDir), config.site, config.base ?? '/', { publishDir, cacheDir, force: args.includes('--force') });
// Astro builds into the fresh folder; any --outDir given is the published folder, and goes no further.
const ownArgs = new Set(
  tokens.flatMap((t) => {
    if (t.kind !== 'option') return [];
    if (t.name === 'first-publication') return [t.index];
    return t.name === 'outDir' ? (t.inlineValue ? [t.index] : [t.index, t.index + 1]) : [];
  }),
);
const astroArgs = [...args.filter((_, i) => !ownArgs.has(i)), '--outDir', settings.outDir];

const refused = outDirProblem(settings.outDir, root);
if (refused) {
  console.error(refused);
  process.exit(1);
}
// Astro's heap limit follows the content (src/build/heap-budget.ts): V8 collects sooner, the peak is lower.
let heapFlags: string[];
try {
  heapFlags = astroHeapFlags(contentRoot(), getHeapStatistics().heap_size_limit / (1024 * 1024));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const lock = lockBuild(publishDir);
if ('heldBy' in lock) {
  console.error(
    `Một bản build khác${lock.heldBy ? ` (tiến trình ${lock.heldBy})` : ''} đang ghi vào ${publishDir}; đợi nó xong rồi chạy lại.\n` +
      `Another build${lock.heldBy ? ` (process ${lock.heldBy})` : ''} is writing ${publishDir}; run this one when it is done.`,
  );
  process.exit(1);
}
process.on('exit', lock.release);
startBuild(settings);

const render = renderStarted();
const astro = spawn(process.execPath, [...heapFlags, resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...astroArgs], {
  cwd: root,
  stdio: 'inherit',
  // A production build whatever the caller's NODE_ENV (Vitest sets "test", which would make it a DEV build).
  // No Node compile cache, which Astro's CLI turns on outside CI: the prerender bundle holds the whole
  // content, so each build after a content change cached it anew and never read the old entries again.
  env: { ...process.env, NODE_ENV: 'production', [PIPELINE_VARIABLE]: 'outside', [BUILD_PROCESS_VARIABLE]: String(process.pid), NODE_DISABLE_COMPILE_CACHE: '1' },
});
const astroExit = new Promise<number>((done) =>
  astro.on('exit', (code, signal) => {
    // V8 aborts a process that outgrows its heap limit; say which limit, and how to raise it.
    if (signal === 'SIGABRT' && heapFlags.length) {
      console.error(
        `Astro dừng vì hết bộ nhớ đã cấp (${heapFlags.join(' ')}); đặt ${ASTRO_HEAP_VARIABLE} (số MB, hoặc 0: mặc định của Node) rồi build lại.\n` +
          `Astro stopped: out of its heap limit (${heapFlags.join(' ')}); set ${ASTRO_HEAP_VARIABLE} (MB, or 0 for Node's default) and build again.`,
      );
    }
    done(code ?? (signal ? 1 : 0));
  }),
);

const worker = new Worker(new URL('../src/build/content-steps.worker.ts', import.meta.url), { workerData: settings });
const contentDone = new Promise<BuildRecord>((done, fail) => {
  worker.on('message', (message: ContentLaneMessage) => {
    if (message.kind === 'log') log(message.line);
    else if (message.kind === 'done') done(message.record);
    else fail(new Error(message.message));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The content worker stopped (exit code ${code}) before the content steps were done.`)));
});

/** Ends a failed build, leaving nothing half-written beside the output folder. */
function stop(code: number): never {
  abandonBuild(settings);
  process.exit(code);
}

// Stopped from outside (Ctrl+C, a service manager, a CI timeout): Astro goes too, and so does the half-built
// folder and the lock, instead of both outliving this process.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    astro.kill('SIGKILL');
    void worker.terminate();
    console.error(`Build bị dừng (${signal}); trang đã công bố vẫn như cũ.\nBuild stopped (${signal}); the published site is as it was.`);
    stop(128 + osConstants.signals[signal]);
  });
}

// Whichever fails first stops the other.
const astroFailed = astroExit.then((status) => (status === 0 ? new Promise<never>(() => undefined) : status));
let record: BuildRecord;
try {
  const first = await Promise.race([contentDone, astroFailed]);
  if (typeof first === 'number') {
    render.done(false);
    await worker.terminate();
    stop(first);
  }
  record = first;
} catch (error) {
  astro.kill();
  await astroExit;
  render.done(false);
  console.error((error as Error).message);
  stop(1);
}
const astroStatus = await astroExit;
render.done(astroStatus === 0);
if (astroStatus !== 0) stop(astroStatus);

try {
  await runLane('site', { settings, record }, log);
} catch (error) {
  console.error((error as Error).message);
  stop(1);
}
