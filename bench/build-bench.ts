#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 1000,5000,20000] [-- --quick] [-- --warm] [-- --profile] [-- --help]
 * For each size: generates a synthetic corpus (corpus/bench-<n>, reused when its options match), times
 * the validator (scripts/check.ts) and a cold `npm run build` of it, and prints wall and CPU time, peak
 * memory, pages, output and search-index size, and where the build's time and memory went: its steps
 * from the events the build pipeline writes (src/build/events.ts). See bench/README.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pageVerdicts } from './astro-log.ts';
import { CORPUS_VERSION, DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from './corpus.ts';
import { BUILD_EVENTS_VARIABLE, parseStepEvents, type StepEvent } from '../src/build/events.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const GNU_TIME = '/usr/bin/time';
/** The project's build: `astro build`, then the search index in its own process (scripts/build.ts). */
const BUILD = join(ROOT, 'scripts/build.ts');
/** Recipient rows per decision, and decisions per story, of the series: the default corpus's ratios. */
const ROWS_PER_DECISION = 30;
const DECISIONS_PER_STORY = 25;
const BUDGET = { seconds: 60, megabytes: 3072 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    quick: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench [-- options]
  --sizes 1000,5000,20000  corpus sizes, in decisions (30 recipient rows and 1 story per 25 decisions each)
  --quick                  1,000 decisions only
  --warm                   also a second build that reuses the first one's content cache
  --incremental            also, after the full build, the build after one name is corrected and after one decision is added
  --profile                also a CPU profile of each thread of the build, summarised
  --help                   this text
Writes bench/out/: <n>-build.log, <n>-build.events.jsonl (the build's steps), <n>/ (the site), results.json.`);
  process.exit(0);
}
const sizes = values.quick ? [1000] : values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers separated by commas, not "${values.sizes}"`);

// --- Running a child and measuring it ---------------------------------------------------------------

interface Sample {
  /** ms since the start. */
  at: number;
  /** Sum of RSS over the tree, kB. */
  rssKb: number;
  /** CPU time used so far by every process seen in the tree, ms. */
  cpuMs: number;
}

interface Run {
  status: number | null;
  wallMs: number;
  /** User + system CPU time of the whole tree, sampled (±200 ms). */
  cpuMs: number;
  /** The tree every 200 ms: memory and CPU time, for the peak and for each step of the build. */
  samples: Sample[];
  /** Highest RSS of each program in the tree ("node", "pagefind_extend"), sampled. */
  programPeakMb: Record<string, number>;
  /**
   * Largest RSS of a process GNU time saw (exact, not sampled). It sees only the processes that were
   * waited for, so not Pagefind's binary, which outlives the build's node process.
   */
  processPeakMb: number | undefined;
  /** Output lines with the time they arrived, in ms since the start. */
  lines: { at: number; text: string }[];
  /** The build pipeline's step events (src/build/events.ts), `at` in ms since the start. */
  events: StepEvent[];
}

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);

/**
 * `rootPid` and its descendants from /proc: RSS by program name, and the CPU time (utime + stime) of
 * each process. Children's times are not taken from their parents (cutime): Pagefind's binary is never
 * waited for, so it would vanish from the count when the build's node process exits.
 */
function sampleTree(rootPid: number): { rssKb: Map<string, number>; cpuMs: Map<number, number> } {
  const stats = new Map<number, string[]>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state, ppid, … (field 3 onwards).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), fields);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const rssKb = new Map<string, number>();
  const cpuMs = new Map<number, number>();
  const queue = [rootPid];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    queue.push(...(children.get(pid) ?? []));
    const fields = stats.get(pid);
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat.
    if (fields) cpuMs.set(pid, (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * TICK_MS);
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const name = /^Name:\s+(.+)$/m.exec(status)?.[1] ?? '?';
      // Node names its main thread, and so its process, "MainThread".
      const program = name === 'MainThread' ? 'node' : name;
      rssKb.set(program, (rssKb.get(program) ?? 0) + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // Ended.
    }
  }
  return { rssKb, cpuMs };
}

function run(args: string[], env: Record<string, string>, log: string): Promise<Run> {
  const timeFile = `${log}.time`;
  const useTime = existsSync(GNU_TIME);
  const [command, ...rest] = useTime ? [GNU_TIME, '-v', '-o', timeFile, process.execPath, ...args] : [process.execPath, ...args];
  const eventsFile = log.replace(/\.log$/, '.events.jsonl');
  rmSync(eventsFile, { force: true });
  const started = performance.now();
  const startedAt = Date.now();
  const child = spawn(command!, rest, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [BUILD_EVENTS_VARIABLE]: eventsFile, ...env } });
  const logStream = createWriteStream(log);
  const lines: Run['lines'] = [];
  let partial = '';
  const take = (chunk: Buffer) => {
    logStream.write(chunk);
    const at = performance.now() - started;
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts) lines.push({ at, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const samples: Sample[] = [];
  const programPeakKb: Record<string, number> = {};
  /** Each process's CPU time when last seen; a process that has ended keeps its last value. */
  const cpuByPid = new Map<number, number>();
  const timer = setInterval(() => {
    if (!child.pid) return;
    const { rssKb, cpuMs } = sampleTree(child.pid);
    for (const [pid, ms] of cpuMs) cpuByPid.set(pid, Math.max(ms, cpuByPid.get(pid) ?? 0));
    let total = 0;
    for (const [program, kb] of rssKb) {
      if (program === 'time') continue;
      total += kb;
      programPeakKb[program] = Math.max(programPeakKb[program] ?? 0, kb);
    }
    samples.push({ at: performance.now() - started, rssKb: total, cpuMs: [...cpuByPid.values()].reduce((a, b) => a + b, 0) });
  }, 200);
  return new Promise((done) => {
    child.on('close', (status) => {
      clearInterval(timer);
      logStream.end();
      const wallMs = performance.now() - started;
      if (partial) lines.push({ at: wallMs, text: partial });
      const time = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      const field = (label: string) => {
        const value = new RegExp(`${label}: ([\\d.]+)`).exec(time)?.[1];
        return value === undefined ? undefined : Number(value);
      };
      const maxRss = field('Maximum resident set size \\(kbytes\\)');
      done({
        status,
        wallMs,
        cpuMs: samples.at(-1)?.cpuMs ?? 0,
        samples,
        programPeakMb: Object.fromEntries(Object.entries(programPeakKb).map(([k, kb]) => [k, kb / 1024])),
        processPeakMb: maxRss === undefined ? undefined : maxRss / 1024,
        lines,
        events: existsSync(eventsFile) ? parseStepEvents(readFileSync(eventsFile, 'utf8')).map((e) => ({ ...e, at: e.at - startedAt })) : [],
      });
    });
  });
}

/** Peak of the sampled tree RSS, MB, and when it was seen. */
function peak(r: Run, from = 0, to = Infinity): { mb: number; at: number } {
  let best = { mb: 0, at: 0 };
  for (const x of r.samples) if (x.at >= from && x.at <= to && x.rssKb / 1024 > best.mb) best = { mb: x.rssKb / 1024, at: x.at };
  return best;
}

/** CPU time used between two moments, from the samples nearest to each (first sample at or after). */
function cpuBetween(r: Run, from: number, to: number): number | undefined {
  const at = (t: number) => (t <= 0 ? 0 : (r.samples.find((x) => x.at >= t) ?? r.samples.at(-1))?.cpuMs);
  const a = at(from);
  const b = at(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

// --- Corpus, validator, build -------------------------------------------------------------------------

/** Other `astro build` or `astro dev` processes on the machine: they share `.astro/` and the CPU. */
function otherBuilds(): number[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) return [];
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      const isAstroBuild = args.some((a) => /(^|\/)astro(\.mjs)?$/.test(a)) && args.some((a) => a === 'build' || a === 'dev');
      // Only a build in this project folder shares its `.astro/`; a build in another checkout is just load.
      return isAstroBuild && readlinkSync(`/proc/${name}/cwd`) === ROOT ? [Number(name)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Waits (up to 20 minutes) while another build of this project folder runs: two builds at once break
 * each other's generated `.astro/content-modules.mjs`. Builds elsewhere only share the cores: the
 * report prints the load average before and after.
 */
async function waitForOtherBuilds(): Promise<void> {
  const until = Date.now() + 20 * 60_000;
  for (let others = otherBuilds(), said = 0; others.length && Date.now() < until; others = otherBuilds()) {
    if (Date.now() - said > 30_000) {
      console.log(`  … another build is running (pid ${others.join(', ')}); waiting for it to finish`);
      said = Date.now();
    }
    await new Promise((wake) => setTimeout(wake, 2000));
  }
}

function optionsFor(decisions: number): CorpusOptions {
  return {
    ...DEFAULT_CORPUS_OPTIONS,
    decisions,
    recipients: decisions * ROWS_PER_DECISION,
    stories: Math.round(decisions / DECISIONS_PER_STORY),
  };
}

/** Whether `dir` holds a finished corpus made with these options by this version of the generator. */
function isCurrent(dir: string, options: CorpusOptions): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { version?: number; options?: CorpusOptions };
    return manifest.version === CORPUS_VERSION && JSON.stringify(manifest.options) === JSON.stringify(options);
  } catch {
    return false;
  }
}

function folderSize(dir: string): { html: number; bytes: number } {
  let html = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { html, bytes };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    if (e.name.endsWith('.html')) html += 1;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { html, bytes };
}

/**
 * Astro's own log lines that mark where one part of its build ends and the next begins, in order; its
 * rendering ends with the pipeline's `render` event.
 */
const ASTRO_MARKERS = [
  { after: 'start', line: /\[content\] Syncing content/ },
  { after: 'content sync', line: /\[content\] Synced content/ },
  { after: 'types + build info', line: /Building static entrypoints/ },
  { after: 'vite bundle', line: /generating static routes/ },
  // Astro prints a page's line as it takes the page up: before the first, every route's getStaticPaths
  // ran, page cache keys included (src/site/page-keys.ts).
  { after: 'static paths + keys', line: /[├└]─ / },
] as const;

interface Phase {
  name: string;
  from: number;
  to: number;
}

/** A step's event of the given phase, the first of its name. */
function stepEvent(r: Run, step: string, phase: StepEvent['phase']): StepEvent | undefined {
  return r.events.find((e) => e.step === step && e.phase === phase);
}

/**
 * The build's steps with their start and end (ms); they add up to the wall time. Astro's parts up to
 * rendering from its log, rendering and every pipeline step after it from the build's events.
 */
function phases(r: Run): Phase[] {
  const out: Phase[] = [];
  let from = 0;
  for (const marker of ASTRO_MARKERS) {
    const line = r.lines.find((l) => l.at >= from && marker.line.test(l.text));
    if (!line) continue;
    out.push({ name: marker.after, from, to: line.at });
    from = line.at;
  }
  const rendered = stepEvent(r, 'render', 'end');
  if (rendered) {
    out.push({ name: 'render pages', from, to: rendered.at });
    from = rendered.at;
    for (const e of r.events.filter((x) => x.phase === 'end' && x.at >= rendered.at && x.step !== 'render')) {
      out.push({ name: e.step, from, to: e.at });
      from = e.at;
    }
  }
  out.push({ name: 'exit', from, to: r.wallMs });
  return out;
}

/** A pipeline step's own duration, from its `end` event. */
function stepMs(r: Run, step: string): number | undefined {
  return stepEvent(r, step, 'end')?.ms;
}

/** Astro's line for each page it writes: "├─ /quyet-dinh/2017/x/index.html (+12ms)". */
const PAGE_LINE = /[├└]─ (\S+)\s+\(\+(\d+(?:\.\d+)?)(m?s)\)/;

/**
 * Routes of the written pages: a path segment becomes a star where more than a few different values
 * sit under the same prefix (ids, years, page numbers); the extension stays.
 */
export function routeGroups(paths: readonly string[]): string[] {
  const split = paths.map((p) => p.replace(/index\.html$/, '').split('/').filter(Boolean));
  // A loop, not Math.max(...): 334,049 pages at 50,000 decisions overflow the call stack as arguments.
  const depth = split.reduce((deepest, parts) => Math.max(deepest, parts.length), 0);
  for (let i = 1; i < depth; i++) {
    const values = new Map<string, Set<string>>();
    for (const parts of split) {
      if (parts.length <= i) continue;
      const prefix = parts.slice(0, i).join('/');
      values.set(prefix, (values.get(prefix) ?? new Set()).add(parts[i]!));
    }
    for (const parts of split)
      if (parts.length > i && (values.get(parts.slice(0, i).join('/'))?.size ?? 0) > 5) parts[i] = parts[i]!.replace(/^.*?((\.[a-z]+)?)$/, '*$1');
  }
  return split.map((parts) => `/${parts.join('/')}`);
}

/** Pages per route and the sum of Astro's per-page times, largest first. */
function renderByRoute(r: Run): { route: string; pages: number; ms: number }[] {
  const pages = r.lines.flatMap(({ text }) => {
    const m = PAGE_LINE.exec(text);
    return m ? [{ path: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }] : [];
  });
  const routes = routeGroups(pages.map((p) => p.path));
  const groups = new Map<string, { pages: number; ms: number }>();
  pages.forEach((p, i) => {
    const g = groups.get(routes[i]!) ?? { pages: 0, ms: 0 };
    g.pages += 1;
    g.ms += p.ms;
    groups.set(routes[i]!, g);
  });
  return [...groups].map(([route, g]) => ({ route, ...g })).sort((a, b) => b.ms - a.ms);
}

interface Result {
  decisions: number;
  recipients: number;
  stories: number;
  generatedMs: number | undefined;
  check: Run;
  build: Run;
  /** The baseline: bare Astro and Pagefind on the same decision files (bench/bare-astro.ts). */
  bare: Run;
  warm: Run | undefined;
  /** With --incremental: the builds after one name corrected and one decision added, on the full build's cache. */
  edited: Run | undefined;
  added: Run | undefined;
  pages: number;
  outputBytes: number;
  pagefindBytes: number;
  /** Astro's content data store (data-store.json) after the build. */
  dataStoreBytes: number;
  /** Summary of the build's CPU profile, with --profile. */
  profile: string;
  loadBefore: string;
  loadAfter: string;
}

/**
 * Earlier builds' folders go out of the way, to be deleted after the last build: on this machine's
 * file system, deleting tens of thousands of files slows the file writes that follow for a minute or
 * more (the same 5,000 small files took 1.6 s to write into a fresh folder and 3.1 s just after a delete),
 * and a measured build would pay for the one before it.
 */
const TRASH = join(OUT, '.trash');
function moveAside(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(TRASH, { recursive: true });
  renameSync(path, join(TRASH, `${Date.now()}-${relative(OUT, path).replaceAll('/', '-')}`));
}

async function benchSize(n: number): Promise<Result> {
  const options = optionsFor(n);
  const dir = join(ROOT, `corpus/bench-${n}`);
  const out = join(OUT, String(n));
  mkdirSync(OUT, { recursive: true });
  let generatedMs: number | undefined;
  if (!isCurrent(dir, options)) {
    console.log(`• ${n}: tạo corpus ${relative(ROOT, dir)} …`);
    const gen = await run(
      ['bench/generate-corpus.ts', '--out', dir, ...Object.entries(options).filter(([k]) => k !== 'lastYear').flatMap(([k, v]) => [`--${k}`, String(v)])],
      {},
      join(OUT, `${n}-generate.log`),
    );
    if (gen.status !== 0) throw new Error(`generating ${dir} failed:\n${gen.lines.map((l) => l.text).join('\n')}`);
    generatedMs = gen.wallMs;
  }
  console.log(`• ${n}: kiểm tra (scripts/check.ts) …`);
  const check = await run(['scripts/check.ts', '--content', dir], {}, join(OUT, `${n}-check.log`));
  if (check.status !== 0) throw new Error(`the validator rejected ${dir}; see ${relative(ROOT, join(OUT, `${n}-check.log`))}`);

  console.log(`• ${n}: astro build …`);
  const cache = join(OUT, `${n}-cache`);
  moveAside(out);
  moveAside(cache);
  // A first publication every time: a manifest of published addresses left by an earlier build with
  // other page code would fail this one (src/build/url-manifest.ts).
  rmSync(join(dir, 'urls.manifest.txt'), { force: true });
  const env: Record<string, string> = { PORTAL_CONTENT_DIR: dir, PORTAL_OUT_DIR: out, BENCH_CACHE_DIR: cache, PORTAL_FIRST_PUBLICATION: '1' };
  const profileDir = join(OUT, `${n}-profile`);
  rmSync(profileDir, { recursive: true, force: true });
  // Profiling goes through NODE_OPTIONS so that it reaches the astro process the build script starts.
  const profile = values.profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir} --cpu-prof-interval=2000` } : {};
  const buildArgs = [BUILD, '--config', 'bench/astro.config.mjs'];
  await waitForOtherBuilds();
  const loadBefore = loadavg()[0]!.toFixed(2);
  const build = await run(buildArgs, { ...env, ...profile }, join(OUT, `${n}-build.log`));
  const loadAfter = loadavg()[0]!.toFixed(2);
  const dataStore = join(cache, 'data-store.json');
  const dataStoreBytes = existsSync(dataStore) ? statSync(dataStore).size : 0;
  if (build.status !== 0) throw new Error(`the build of ${dir} failed; see ${relative(ROOT, join(OUT, `${n}-build.log`))}`);
  if (values.warm) await waitForOtherBuilds();
  const warm = values.warm ? await run(buildArgs, env, join(OUT, `${n}-build-warm.log`)) : undefined;
  // With --profile the build after the name correction is profiled too: where an incremental build's time goes.
  const editedProfileDir = join(OUT, `${n}-profile-edited`);
  rmSync(editedProfileDir, { recursive: true, force: true });
  const editedProfile = values.profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${editedProfileDir} --cpu-prof-interval=2000` } : {};
  const edits = values.incremental ? await afterOneEdit(dir, buildArgs, { ...env, PORTAL_FIRST_PUBLICATION: '0' }, n, editedProfile) : undefined;
  console.log(`• ${n}: bare Astro + Pagefind (bench/bare-astro.ts) …`);
  const bareProject = join(OUT, `${n}-bare`);
  moveAside(bareProject);
  await waitForOtherBuilds();
  const bare = await run(['bench/bare-astro.ts', '--content', dir, '--project', bareProject], {}, join(OUT, `${n}-bare.log`));
  if (bare.status !== 0) throw new Error(`the bare Astro baseline of ${dir} failed; see ${relative(ROOT, join(OUT, `${n}-bare.log`))}`);
  const site = folderSize(out);
  return {
    decisions: options.decisions,
    recipients: options.recipients,
    stories: options.stories,
    generatedMs,
    check,
    build,
    bare,
    warm,
    edited: edits?.edited,
    added: edits?.added,
    pages: site.html,
    outputBytes: site.bytes,
    pagefindBytes: folderSize(join(out, 'pagefind')).bytes,
    dataStoreBytes,
    profile: values.profile ? [summariseProfile(profileDir), edits ? `After one name corrected: ${summariseProfile(editedProfileDir)}` : ''].join('\n\n') : '',
    loadBefore,
    loadAfter,
  };
}

/**
 * The two staff edits of issue 15, each followed by `npm run build` on the cache of the build before:
 * one recipient's name corrected (a letter changed) in the corpus's first decision, then one decision
 * added (a copy of it under a number no decision has). The corpus is put back afterwards.
 */
async function afterOneEdit(dir: string, buildArgs: string[], env: Record<string, string>, n: number, editedEnv: Record<string, string>): Promise<{ edited: Run; added: Run }> {
  const year = readdirSync(join(dir, 'decisions')).sort()[0]!;
  const name = readdirSync(join(dir, 'decisions', year)).filter((f) => f.endsWith('.md')).sort()[0]!;
  const file = join(dir, 'decisions', year, name);
  const original = readFileSync(file, 'utf8');
  const addedFile = join(dir, 'decisions', year, `bench-added-${name}`);
  try {
    const corrected = original.replace(/^(    name: ".*?)(\p{L})"$/mu, (_, head: string, last: string) => `${head}${last === 'a' ? 'b' : 'a'}"`);
    if (corrected === original) throw new Error(`${file} has no recipient name to correct`);
    writeFileSync(file, corrected);
    console.log(`• ${n}: npm run build after one name corrected in ${relative(ROOT, file)} …`);
    await waitForOtherBuilds();
    const edited = await run(buildArgs, { ...env, ...editedEnv }, join(OUT, `${n}-build-edited.log`));
    if (edited.status !== 0) throw new Error(`the build after the edit failed; see ${relative(ROOT, join(OUT, `${n}-build-edited.log`))}`);
    writeFileSync(addedFile, corrected.replace(/^number: "(.*?)"$/m, 'number: "99999/QĐ-BENCH"'));
    console.log(`• ${n}: npm run build after one decision added (${relative(ROOT, addedFile)}) …`);
    await waitForOtherBuilds();
    const added = await run(buildArgs, env, join(OUT, `${n}-build-added.log`));
    if (added.status !== 0) throw new Error(`the build after the addition failed; see ${relative(ROOT, join(OUT, `${n}-build-added.log`))}`);
    return { edited, added };
  } finally {
    writeFileSync(file, original);
    rmSync(addedFile, { force: true });
    // The addresses the added decision gave the manifest go with it.
    rmSync(join(dir, 'urls.manifest.txt'), { force: true });
  }
}

/** Pages Astro kept from its incremental cache in a build, and pages it rendered. */
function keptPages(r: Run): { kept: number; rendered: number } {
  const verdicts = [...pageVerdicts(r.lines.map((l) => l.text).join('\n')).values()];
  return { kept: verdicts.filter((v) => v === 'kept').length, rendered: verdicts.filter((v) => v === 'rendered').length };
}

// --- CPU profile (--profile) ------------------------------------------------------------------------

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where code lives, for grouping: a package, the portal's own code, Node itself, or V8's own work. */
function codeHome(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:*';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const path = url.replace(/^file:\/\//, '');
  // The prerender bundle in the output folder: chunks are named after their first module ("dates_Dv.mjs").
  if (path.startsWith(OUT)) return `site: ${/\.prerender\/(?:chunks\/)?(.+?)(?:_[\w-]{8})?\.mjs$/.exec(path)?.[1] ?? relative(OUT, path)}`;
  return relative(ROOT, path).split('/').slice(0, 2).join('/');
}

/** Self time of each thread of the build (one profile each) by where the code lives, and the busiest functions. */
function summariseProfile(dir: string): string {
  if (!existsSync(dir)) return '';
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const homes = new Map<string, number>();
    const functions = new Map<string, number>();
    let total = 0;
    for (const [id, ms] of self) {
      const frame = byId.get(id)!;
      total += ms;
      const home = codeHome(frame.url, frame.functionName);
      homes.set(home, (homes.get(home) ?? 0) + ms);
      const where = frame.url ? `${relative(ROOT, frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}` : '';
      const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
      functions.set(key, (functions.get(key) ?? 0) + ms);
    }
    // Total time (a function and what it called) of each named function: where a phase's time goes
    // (getStaticPaths, the page keys, rendering, copying kept pages), which self time scatters.
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const names = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)!;
        if (frame.functionName && frame.url) names.add(`${frame.functionName} ${relative(ROOT, frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}`);
      }
      for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const top = (m: Map<string, number>, n: number) =>
      [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => [k, s(ms), `${((100 * ms) / total).toFixed(1)} %`]);
    // Node names them CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile; thread 0 is a process's main thread.
    const thread = file.split('.')[4] === '0' ? 'main thread' : 'worker thread';
    out.push(
      `CPU profile of a ${thread} of the build (${file}, ${s(total)} s sampled; Pagefind's binary and native threads not included):`,
      table(['self time by code', 's', 'share'], top(homes, 15)),
      table(['busiest functions (self time)', 's', 'share'], top(functions, 25)),
      table(['functions by total time (with what they call)', 's', 'share'], top(inclusive, 40)),
    );
  }
  return out.join('\n\n');
}

// --- Report -----------------------------------------------------------------------------------------

const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const mb = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const MiB = 1024 * 1024;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The corpus of issue 15's 50,000 row: 50,000 decisions, 1.5 million rows, 2,000 stories. */
const LARGE = 50_000;

/** The portal's full build over the baseline's (bare Astro + Pagefind on the same files), same run. */
function baselineRatio(r: Result): string {
  return `${(r.build.wallMs / r.bare.wallMs).toFixed(2)} (${s(r.build.wallMs)} s ÷ ${s(r.bare.wallMs)} s)`;
}

/** An edit's build: start to the published site (the swap, `publish`'s end), then until the command ended (the old site deleted). */
function incrementalFigure(r: Run): string {
  const pages = keptPages(r);
  const steps = ['validate', 'open-data', 'render', 'search-index', 'remove-old-site'].map((step) => `${step} ${s(stepMs(r, step))}`).join(', ');
  const published = stepEvent(r, 'publish', 'end')?.at;
  return `${published === undefined ? 'not published' : `${s(published)} s`}, command ${s(r.wallMs)} s (${pages.rendered} pages rendered, ${pages.kept} kept; ${steps} s)`;
}

/** Issue 15's goals with this run's figures; what this run did not measure says so. */
function goals(results: Result[]): string {
  const notMeasured = 'not measured';
  const byDefault = results.find((r) => r.decisions === DEFAULT_CORPUS_OPTIONS.decisions && r.recipients === DEFAULT_CORPUS_OPTIONS.recipients);
  const large = results.find((r) => r.decisions === LARGE);
  const rows = [
    ['default corpus, full build incl. search index ÷ (bare Astro + Pagefind on the same decision files, same run)', byDefault ? baselineRatio(byDefault) : notMeasured, '≤ 1.5'],
    [
      '50,000 decisions / 1.5 M rows / 2,000 stories: full build on this 2-core machine',
      large ? `${s(large.build.wallMs)} s, ${mb(peak(large.build).mb)} MB peak (all processes)` : notMeasured,
      '≤ 360 s, ≤ 4096 MB peak (all processes)',
    ],
    ['growth in decisions: build s per 1,000', results.length > 1 ? results.map((r) => `${r.decisions}: ${s(r.build.wallMs / (r.decisions / 1000))}`).join(' / ') : notMeasured, 'linear'],
    ['one decision edited (a name corrected) at the default corpus: build start to the published site', byDefault?.edited ? incrementalFigure(byDefault.edited) : notMeasured, '≤ 10 s'],
    ['one decision added at the default corpus', byDefault?.added ? incrementalFigure(byDefault.added) : notMeasured, '≤ 15 s'],
  ];
  const others = results.filter((r) => r !== byDefault).map((r) => `${r.decisions}: ${baselineRatio(r)}`);
  return [
    `Issue 15's goals, this run's figures (load average ${results.map((r) => `${r.decisions}: ${r.loadBefore}→${r.loadAfter}`).join(', ')}):`,
    table(['figure', 'this run', 'goal'], rows),
    ...(others.length ? [`Full build ÷ bare Astro + Pagefind at the other sizes: ${others.join('; ')}.`] : []),
  ].join('\n');
}

function report(results: Result[]): string {
  const main = table(
    ['decisions', 'recipients', 'stories', 'generate s', 'check s', 'check MB', 'build s', 'bare s', 'build CPU s', 'peak MB', 'peak in', 'pages', 'output MB', 'index MB', 'data store MB', 'build s / 1k dec.', 'load'],
    results.map((r) => {
      const top = peak(r.build);
      return [
        String(r.decisions),
        String(r.recipients),
        String(r.stories),
        r.generatedMs === undefined ? 'kept' : s(r.generatedMs),
        s(r.check.wallMs),
        mb(peak(r.check).mb),
        s(r.build.wallMs),
        s(r.bare.wallMs),
        s(r.build.cpuMs),
        mb(top.mb),
        phases(r.build).find((p) => top.at >= p.from && top.at <= p.to)?.name ?? '–',
        String(r.pages),
        (r.outputBytes / MiB).toFixed(0),
        (r.pagefindBytes / MiB).toFixed(1),
        (r.dataStoreBytes / MiB).toFixed(1),
        s(r.build.wallMs / (r.decisions / 1000)),
        `${r.loadBefore}→${r.loadAfter}`,
      ];
    }),
  );
  const names = phases(results[0]!.build).map((p) => p.name);
  /** Wall time, CPU time and peak memory of each step of one build. */
  const steps = (r: Run, label: string) => {
    const byName = new Map(phases(r).map((p) => [p.name, p]));
    const cell = (f: (p: Phase) => string) => names.map((name) => (byName.has(name) ? f(byName.get(name)!) : '–'));
    return [
      [label, 'wall s', ...cell((p) => s(p.to - p.from))],
      [label, 'CPU s', ...cell((p) => s(cpuBetween(r, p.from, p.to)))],
      [label, 'peak MB', ...cell((p) => mb(peak(r, p.from, p.to).mb))],
    ];
  };
  const parts = table(
    ['decisions', '', ...names],
    results.flatMap((r) => [
      ...steps(r.build, String(r.decisions)),
      ...(r.edited ? steps(r.edited, `${r.decisions}, name corrected`) : []),
      ...(r.added ? steps(r.added, `${r.decisions}, decision added`) : []),
    ]),
  );
  const own = results
    .map(
      (r) =>
        `${r.decisions}: beside Astro, validator ${s(stepMs(r.build, 'validate'))} s, open data ${s(stepMs(r.build, 'open-data'))} s and name shards ${s(stepMs(r.build, 'name-shards'))} s; ` +
        `Pagefind ${s(stepMs(r.build, 'search-index'))} s`,
    )
    .join('; ');
  const memory = results
    .map((r) => {
      const programs = Object.entries(r.build.programPeakMb).filter(([, v]) => v >= 20).sort((a, b) => b[1] - a[1]);
      return `${r.decisions}: ${programs.map(([k, v]) => `${k} ${mb(v)} MB`).join(', ')}; largest process GNU time saw (node) ${mb(r.build.processPeakMb)} MB`;
    })
    .join('\n');
  const routes = results
    .map((r) => {
      const rows = renderByRoute(r.build)
        .slice(0, 15)
        .map((g) => [g.route, String(g.pages), s(g.ms), (g.ms / g.pages).toFixed(1)]);
      return `${r.decisions} decisions, rendering by route (sum of Astro's per-page times, from asking for a page to its file written, several pages at a time; top 15):\n${table(['route', 'pages', 'total s', 'ms / page'], rows)}`;
    })
    .join('\n\n');
  const warm = results.flatMap((r) => (r.warm ? steps(r.warm, `${r.decisions} (warm)`) : []));
  const budget = results
    .filter((r) => r.decisions === DEFAULT_CORPUS_OPTIONS.decisions && r.recipients === DEFAULT_CORPUS_OPTIONS.recipients)
    .map((r) => {
      const top = peak(r.build).mb;
      const ok = r.build.wallMs / 1000 < BUDGET.seconds && top < BUDGET.megabytes;
      return `Default corpus against the budget (< ${BUDGET.seconds} s, < ${BUDGET.megabytes} MB): ${ok ? 'within' : 'OVER'} (${s(r.build.wallMs)} s, ${mb(top)} MB).`;
    });
  return [
    goals(results),
    main,
    `Where the build's time went (Astro's parts from its log lines, then the pipeline's steps from its events; they add up to the build):\n${parts}\nThe steps' own timers: ${own}.`,
    ...(warm.length ? [`Second build, with the cache of the first (--warm):\n${table(['decisions', '', ...names], warm)}`] : []),
    `Peak memory by program (sampled):\n${memory}`,
    routes,
    ...results.filter((r) => r.profile).map((r) => `${r.decisions} decisions. ${r.profile}`),
    ...budget,
  ].join('\n\n');
}

const environment = {
  node: process.version,
  cpus: cpus().length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  loadAverage: loadavg().map((l) => l.toFixed(2)).join(' '),
  memoryMethod: `peak MB = highest sum of VmRSS over the build's process tree (node and the Pagefind binary), sampled every 200 ms from /proc; CPU s = utime+stime from /proc/<pid>/stat of every process seen in the tree, at the same samples${existsSync(GNU_TIME) ? '; GNU time -v gives the largest process it waited for, which excludes Pagefind' : ' (GNU time not installed)'}`,
};
console.log(`Node ${environment.node}, ${environment.cpus} CPU, ${environment.memoryGb} GB; load average ${environment.loadAverage}.`);
/** A run without its output lines and samples, with its steps, for results.json. */
const brief = (r: Run) => ({ ...r, lines: undefined, samples: undefined, events: undefined, peakMb: peak(r).mb, phases: phases(r).map((p) => ({ ...p, cpuMs: cpuBetween(r, p.from, p.to), peakMb: peak(r, p.from, p.to).mb })) });
const results: Result[] = [];
for (const n of sizes) results.push(await benchSize(n));
rmSync(TRASH, { recursive: true, force: true });
const text = report(results);
console.log(`\n${text}\n\nHow: ${environment.memoryMethod}.\nLogs: ${relative(ROOT, OUT)}/<n>-build.log; sites: ${relative(ROOT, OUT)}/<n>/.`);
writeFileSync(
  join(OUT, 'results.json'),
  `${JSON.stringify({ environment, results: results.map((r) => ({ ...r, check: brief(r.check), bare: brief(r.bare), build: { ...brief(r.build), routes: renderByRoute(r.build) }, warm: r.warm && brief(r.warm), edited: r.edited && brief(r.edited), added: r.added && brief(r.added) })) }, null, 2)}\n`,
);
