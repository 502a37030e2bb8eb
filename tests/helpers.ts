/** Shared by the tests: real builds of real content folders, and temporary copies to break. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SAMPLE_CONTENT = join(ROOT, 'content');
export const SAMPLE_SITE = join(ROOT, 'tests/artifacts/site');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the build as staff would (`npm run build`: Astro, then the search index), on a content folder, into an output folder. */
/** Variables Vitest's workers set for Vite (BASE_URL=/ …) that a child build must not inherit. */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

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
