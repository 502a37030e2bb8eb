/**
 * The published site is replaced whole or not at all, tried by stopping real builds (`npm run build`,
 * scripts/build.ts) of a copy of the sample into a folder that already holds a previous good site:
 * killed outright while Astro renders, stopped politely while the site steps run, and started twice
 * into the same folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { parseStepEvents } from '../../src/build/events.ts';
import { ROOT, SAMPLE_SITE, copyContent } from '../helpers.ts';

const BUILD = 400_000;
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/** Every file of a folder with a hash of its bytes, to tell a site left alone from one touched. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** Processes whose command line names `dir`: Astro is started with `--outDir <dir>`. */
function processesWriting(dir: string): number[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** An output folder holding the sample's site, marked so that its replacement shows. */
function previousSite(): { out: string; before: Record<string, string> } {
  const out = join(mkdtempSync(join(tmpdir(), 'portal-replace-')), 'site');
  cpSync(SAMPLE_SITE, out, { recursive: true });
  writeFileSync(join(out, 'previous-site.txt'), 'the site published before');
  return { out, before: snapshot(out) };
}

interface RunningBuild {
  pid: number;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal: NodeJS.Signals) => void;
}

function startBuild(contentDir: string, outDir: string, events: string, env: Record<string, string> = {}): RunningBuild {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.includes(key)));
  const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...inherited, PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: outDir, PORTAL_BUILD_EVENTS: events, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Its pipes close soon after it exits, unless a process it started and left running holds them.
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => {
      const finish = () => done({ code, signal });
      child.once('close', finish);
      setTimeout(finish, 2000).unref();
    }),
  );
  return { pid: child.pid ?? 0, output: () => output, exit, kill: (signal) => child.kill(signal) };
}

async function until(what: string, condition: () => boolean, build: RunningBuild): Promise<void> {
  let exited = false;
  void build.exit.then(() => (exited = true));
  while (!condition()) {
    if (exited) throw new Error(`The build ended before ${what}:\n${build.output()}`);
    await sleep(25);
  }
}

function reached(events: string, step: string, phase: 'start' | 'end'): boolean {
  return existsSync(events) && parseStepEvents(readFileSync(events, 'utf8')).some((e) => e.step === step && e.phase === phase);
}
const started = (events: string, step: string) => reached(events, step, 'start');
const ended = (events: string, step: string) => reached(events, step, 'end');

/** What makes a site whole: every page, the data set and the search index of a full build of the sample. */
function expectWholeSampleSite(out: string): void {
  // Bundles are named by a hash of the code, and Pagefind's files by one of the index.
  const pages = (dir: string) =>
    Object.keys(snapshot(dir))
      .filter((f) => !f.startsWith('pagefind/'))
      .map((f) => f.replace(/\.[\w-]{8}\.(js|css)$/, '.$1'))
      .sort();
  const built = Object.keys(snapshot(out));
  expect(pages(out)).toEqual(pages(SAMPLE_SITE));
  expect(built).toContain('pagefind/pagefind.js');
  expect(built).toContain('data/khen-thuong.csv');
}

describe('the published site is replaced whole or not at all', () => {
  it('a build killed while Astro works leaves the previous site; Astro stops too; the next build cleans up after it, takes over its lock, and a second build started meanwhile refuses', async () => {
    const content = copyContent();
    const { out, before } = previousSite();
    const events = join(out, '..', 'events.jsonl');
    const killed = startBuild(content, out, events);
    // Early, while Astro still has every page to write: left running, it would fill the fresh folder.
    await until('the content was validated', () => ended(events, 'validate'), killed);
    killed.kill('SIGKILL');
    expect((await killed.exit).signal).toBe('SIGKILL');

    expect(snapshot(out)).toEqual(before);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(String(killed.pid));
    // Astro, started by the killed build, stops too, rather than writing on into the fresh folder.
    for (let waited = 0; waited < 10_000 && processesWriting(`${out}.next`).length; waited += 250) await sleep(250);
    expect(processesWriting(`${out}.next`), 'Astro still runs after its build was killed').toEqual([]);
    expect(snapshot(out)).toEqual(before);

    const next = startBuild(content, out, events);
    await sleep(2000);
    const second = startBuild(content, out, events);
    const refused = await second.exit;
    expect(refused.code, second.output()).toBe(1);
    expect(second.output()).toContain(`Một bản build khác (tiến trình ${next.pid}) đang ghi vào ${out}; đợi nó xong rồi chạy lại.`);
    expect(second.output()).toContain(`Another build (process ${next.pid}) is writing ${out}; run this one when it is done.`);
    expect(snapshot(out)).toEqual(before);

    expect((await next.exit).code, next.output()).toBe(0);
    expect(existsSync(join(out, 'previous-site.txt'))).toBe(false);
    expectWholeSampleSite(out);
    for (const beside of ['next', 'staging', 'old', 'lock']) expect(existsSync(`${out}.${beside}`), beside).toBe(false);
  }, BUILD);

  it('a build whose Astro outgrows its heap limit (PORTAL_ASTRO_HEAP_MB) leaves the previous site and says which limit, and how to raise it', async () => {
    const { out, before } = previousSite();
    const build = startBuild(copyContent(), out, join(out, '..', 'events.jsonl'), { PORTAL_ASTRO_HEAP_MB: '24' });
    const { code } = await build.exit;
    expect(code, build.output()).toBe(1);
    expect(build.output()).toContain('Astro dừng vì hết bộ nhớ đã cấp (--max-old-space-size=24); đặt PORTAL_ASTRO_HEAP_MB');
    expect(build.output()).toContain("Astro stopped: out of its heap limit (--max-old-space-size=24); set PORTAL_ASTRO_HEAP_MB (MB, or 0 for Node's default) and build again.");
    expect(snapshot(out)).toEqual(before);
    for (const beside of ['next', 'staging', 'old', 'lock']) expect(existsSync(`${out}.${beside}`), beside).toBe(false);
  }, BUILD);

  it('a build stopped (SIGTERM) during its site steps says so, leaves the previous site, and removes its half-built folder and its lock', async () => {
    const { out, before } = previousSite();
    const events = join(out, '..', 'events.jsonl');
    const build = startBuild(copyContent(), out, events);
    await until('the search index step started', () => started(events, 'search-index'), build);
    build.kill('SIGTERM');
    const { code } = await build.exit;
    expect(code, build.output()).toBe(143);
    expect(build.output()).toContain('Build bị dừng (SIGTERM); trang đã công bố vẫn như cũ.');
    expect(build.output()).toContain('Build stopped (SIGTERM); the published site is as it was.');
    await sleep(1000);
    expect(snapshot(out)).toEqual(before);
    for (const beside of ['next', 'staging', 'old', 'lock']) expect(existsSync(`${out}.${beside}`), beside).toBe(false);
  }, BUILD);
});
