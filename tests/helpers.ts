/** Shared by the tests: real builds of real content folders, and temporary copies to break. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPortal, type Portal } from '../src/model/portal.ts';
import { validateFolder } from '../src/validate/validate.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const SAMPLE_CONTENT = join(ROOT, 'content');
export const SAMPLE_SITE = join(ROOT, 'tests/artifacts/site');
/** The sample spread over 2015–2018 (`multiYearContent`), built at most once per test run by `multiYearSite`. */
export const MULTI_YEAR_SITE = join(ROOT, 'tests/artifacts/multi-year-site');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Variables Vitest's workers set for Vite (BASE_URL=/ …) that a child build must not inherit. */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/** Runs the build as staff would (`npm run build`: Astro, then the search index), on a content folder, into an output folder. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.includes(key)));
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...inherited, PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A throwaway copy of the sample content, to edit in a test. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-content-'));
  cpSync(SAMPLE_CONTENT, dir, { recursive: true });
  return dir;
}

export function readPage(site: string, path: string): string {
  return readFileSync(join(site, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

export function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** In a copy of the sample, a 2018 decision revoking 612/QĐ-UBND (95 district giấy khen: 15 collectives, 60 individuals, 20 households). */
function addRevocation(dir: string): void {
  const original = join(dir, 'decisions/2017/612-qd-ubnd-giay-khen-nong-thon-moi.md');
  writeFileSync(original, readFileSync(original, 'utf8').replace('period:\n', 'revokedBy: 2018/55-qd-ubnd-thu-hoi-giay-khen\nperiod:\n'));
  mkdirSync(join(dir, 'decisions/2018'), { recursive: true });
  const revoking = readFileSync(original, 'utf8')
    .replace('number: "612/QĐ-UBND"', 'number: "55/QĐ-UBND"')
    .replace('date: 2017-04-12', 'date: 2018-01-15')
    .replace(/revokedBy: .*\n/, 'revokes:\n  - 2017/612-qd-ubnd-giay-khen-nong-thon-moi\n');
  writeFileSync(join(dir, 'decisions/2018/55-qd-ubnd-thu-hoi-giay-khen.md'), revoking);
}

/** Decisions of the sample signed earlier in the multi-year copy (their files and addresses stay where they are). */
const REDATED = {
  '2017/86-qd-ubnd-tap-the-lao-dong-xuat-sac-2016': 2015,
  '2017/35-qd-ubnd-tap-the-lao-dong-tien-tien-2016': 2016,
  '2017/37-qd-ubnd-chien-si-thi-dua-co-so-2016': 2016,
} as const;

/**
 * A copy of the sample with decisions in four years: two re-dated to 2016, one to 2015 (their
 * achievements a year earlier too), and the 2018 revocation of `addRevocation`.
 */
export function multiYearContent(): string {
  const dir = copyContent();
  for (const [id, year] of Object.entries(REDATED)) {
    const file = join(dir, 'decisions', `${id}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: 2017-/m, `date: ${year}-`).replace(/^ {2}year: 2016$/m, `  year: ${year - 1}`));
  }
  addRevocation(dir);
  return dir;
}

/** Builds the multi-year copy once per test run (the global setup clears it), for the tests that read it. */
export function multiYearSite(): string {
  if (existsSync(join(MULTI_YEAR_SITE, 'index.html'))) return MULTI_YEAR_SITE;
  const result = buildSite(multiYearContent(), MULTI_YEAR_SITE);
  if (result.status !== 0) throw new Error(`The multi-year copy of the sample does not build:\n${result.output}`);
  return MULTI_YEAR_SITE;
}

/** A content folder as the portal model (no stories), failing on any problem in it. */
export function portalOf(dir: string, today = '2026-11-25'): Portal {
  const { problems, content } = validateFolder(dir, today);
  if (problems.length) throw new Error(`${dir} has problems: ${JSON.stringify(problems, null, 2)}`);
  return buildPortal({ ...content, stories: [] });
}

/** The sample with the revocation of `addRevocation`, as the portal model. */
export function sampleWithRevocation(): Portal {
  const dir = copyContent();
  addRevocation(dir);
  return portalOf(dir);
}
