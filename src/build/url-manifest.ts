/**
 * Permanent URLs. Every HTML address the portal has published is listed in the content folder's
 * `urls.manifest.txt` (one path per line, sorted, under the site's base). After each build the pages
 * written are compared with it: a listed address with neither a page nor a redirect stops the build,
 * naming the address and the fix; new addresses are counted, and `npm run urls:update` adds them.
 * Redirects (`redirects.yaml`) are written as small static pages at the old address: our own rather
 * than Astro's `redirects` option, whose pages carry no language, no Content-Security-Policy and no
 * readable link, and would be counted as pages of the build by the check.
 *
 * The checks are pure functions of lists of paths; at the end, `checkPublishedAddresses` reads a built
 * site and its manifest, and `writeManifest` and `writeRedirectPages` write, each called by the build
 * pipeline (src/build/pipeline.ts) and the update script.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/ui.ts';
import type { Redirect } from '../schemas/redirect.ts';
import { CONTENT_LAYOUT } from '../validate/content-files.ts';
import { escapeXml } from '../text/xml.ts';
import type { Located } from '../validate/integrity.ts';
import { problem, type Problem } from '../validate/problems.ts';
import { CONTENT_SECURITY_POLICY } from '../routes/csp.ts';
import { makeUrls } from '../routes/urls.ts';

const HEADER = [
  '# Địa chỉ cố định: mọi trang đã công bố từ thư mục nội dung này, mỗi dòng một đường dẫn (dưới base của cổng).',
  '# Không xóa dòng nào: trang bị bỏ hoặc đổi tên phải có chuyển hướng trong redirects.yaml.',
  '# Thêm địa chỉ mới sau khi build: npm run urls:update.',
];

/** The paths listed in a manifest's text; `#` lines and blank lines are comments. */
export function parseManifest(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Paths sorted by code point, so that the file never depends on the locale of the machine. */
export function sortPaths(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function formatManifest(paths: Iterable<string>): string {
  return `${[...HEADER, ...sortPaths(paths)].join('\n')}\n`;
}

/** `quyet-dinh/2017/x/index.html` → `/quyet-dinh/2017/x/`; the 404 page is not an address. */
export function pagePathOf(file: string): string | undefined {
  const path = file.split(sep).join('/');
  if (path === '404.html' || !path.endsWith('.html')) return undefined;
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The nearest address above `path` that has a page: a sensible default target for a redirect. */
export function nearestPage(path: string, pages: ReadonlySet<string>): string {
  const parts = path.split('/').filter(Boolean);
  for (let n = parts.length - 1; n > 0; n -= 1) {
    const candidate = `/${parts.slice(0, n).join('/')}/`;
    if (pages.has(candidate)) return candidate;
  }
  return '/';
}

export interface PermanenceInput {
  /** Paths in the manifest. */
  manifest: readonly string[];
  /** Paths of the pages the build wrote (not redirect pages). */
  pages: ReadonlySet<string>;
  redirects: readonly Located<Redirect>[];
  /** Manifest and redirects files as staff see them, for the messages. */
  manifestFile: string;
  redirectsFile: string;
}

export interface PermanenceResult {
  problems: Problem[];
  /** Manifest paths with no page and no redirect. */
  missing: string[];
  /** Pages not yet in the manifest. */
  added: string[];
  /** Manifest paths kept alive by a redirect. */
  redirected: number;
}

/** Compares what the build wrote with what was published before. */
export function checkPermanence({ manifest, pages, redirects, manifestFile, redirectsFile }: PermanenceInput): PermanenceResult {
  const problems: Problem[] = [];
  for (const r of redirects) {
    if (pages.has(r.data.from)) problems.push(problem(r.file, `${r.prefix}.from`, 'redirect-shadows-page', { value: r.data.from }));
    if (!pages.has(r.data.to)) problems.push(problem(r.file, `${r.prefix}.to`, 'redirect-target-missing', { value: r.data.to }));
  }
  const redirectedFrom = new Set(redirects.map((r) => r.data.from));
  const listed = new Set(manifest);
  const missing = manifest.filter((path) => !pages.has(path) && !redirectedFrom.has(path));
  for (const path of missing) problems.push(problem(manifestFile, path, 'url-missing', { value: path, redirects: redirectsFile }));
  return {
    problems,
    missing,
    added: sortPaths([...pages].filter((path) => !listed.has(path))),
    redirected: manifest.filter((path) => !pages.has(path) && redirectedFrom.has(path)).length,
  };
}

const ENGLISH = '/en';

/**
 * The redirects of `redirects.yaml`, and beside each one between two Vietnamese pages whose English
 * counterparts exist, the same redirect between those: staff rename one decision file, and one entry
 * keeps both languages' old addresses alive (an entry staff wrote for the English address wins).
 */
export function withEnglishCounterparts(redirects: readonly Located<Redirect>[], pages: ReadonlySet<string>): Located<Redirect>[] {
  const written = new Set(redirects.map((r) => r.data.from));
  const counterparts = redirects.flatMap((r) => {
    if (r.data.from.startsWith(`${ENGLISH}/`)) return [];
    const from = `${ENGLISH}${r.data.from}`;
    const to = `${ENGLISH}${r.data.to}`;
    return pages.has(to) && !written.has(from) ? [{ ...r, data: { ...r.data, from, to } }] : [];
  });
  return [...redirects, ...counterparts];
}

/** Lines to paste into `redirects.yaml` for the missing addresses, each pointing at its nearest page. */
export function redirectTemplate(missing: readonly string[], pages: ReadonlySet<string>): string {
  // An English address whose Vietnamese page is missing too is kept by that page's entry (withEnglishCounterparts).
  const lost = new Set(missing);
  return missing.filter((path) => !(path.startsWith(`${ENGLISH}/`) && lost.has(path.slice(ENGLISH.length)))).map((path) => `- from: ${path}\n  to: ${nearestPage(path, pages)}`).join('\n');
}

/** The page left at an old address: it sends the reader on, and says where, for browsers that do not. */
export function redirectHtml(to: string, site: string | undefined, lang: Lang = 'vi'): string {
  const href = escapeXml(to);
  const canonical = escapeXml(site ? new URL(to, site).href : to);
  const title = escapeXml(t(lang, 'redirect.title'));
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${escapeXml(CONTENT_SECURITY_POLICY)}" />
    <meta http-equiv="refresh" content="0; url=${href}" />
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${canonical}" />
    <title>${title} – ${escapeXml(t(lang, 'site.name'))}</title>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>${escapeXml(t(lang, 'redirect.body'))} <a href="${href}">${canonical}</a>.</p>
    </main>
  </body>
</html>
`;
}

// ---- Files: read and written by the build pipeline and `npm run urls:update`. ----

/** Paths of the HTML pages in a built site. */
export function builtPages(outDir: string): Set<string> {
  const paths = new Set<string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = pagePathOf(relative(outDir, join(entry.parentPath, entry.name)));
    if (path) paths.add(path);
  }
  return paths;
}

export function manifestPath(contentDir: string): string {
  return join(contentDir, CONTENT_LAYOUT.urlManifest.file);
}

/** How staff see a file of the content folder in messages: `content/urls.manifest.txt`. */
export function contentFileLabel(contentDir: string, file: string): string {
  return `${basename(contentDir)}/${file}`;
}

export interface PublishedAddressCheck extends PermanenceResult {
  /** No manifest yet and a first publication declared: this build's pages become the manifest. */
  firstPublication: boolean;
  /** Pages in the build, redirect pages not counted. */
  pages: Set<string>;
  manifestFile: string;
  /** The redirect pages to write: `redirects.yaml`'s, with their English counterparts. */
  redirects: Located<Redirect>[];
}

/**
 * Reads the pages in `outDir` and the manifest of `contentDir` and compares them; writes nothing. A
 * missing manifest is a problem unless `firstPublication` declares this build the first: a deleted
 * manifest would otherwise silently forget every address published so far.
 */
export function checkPublishedAddresses(outDir: string, contentDir: string, redirects: readonly Located<Redirect>[], firstPublicationDeclared = false): PublishedAddressCheck {
  const pages = builtPages(outDir);
  const file = manifestPath(contentDir);
  const manifestFile = contentFileLabel(contentDir, CONTENT_LAYOUT.urlManifest.file);
  const missingManifest = !existsSync(file);
  const firstPublication = missingManifest && firstPublicationDeclared;
  const manifest = missingManifest ? sortPaths(pages) : parseManifest(readFileSync(file, 'utf8'));
  const all = withEnglishCounterparts(redirects, pages);
  const result = checkPermanence({ manifest, pages, redirects: all, manifestFile, redirectsFile: contentFileLabel(contentDir, CONTENT_LAYOUT.redirects.file) });
  if (missingManifest && !firstPublicationDeclared) result.problems.unshift(problem(manifestFile, '', 'url-manifest-missing', { file: manifestFile }));
  return { ...result, firstPublication, pages, manifestFile, redirects: all };
}

/** Writes `paths` as the manifest of `contentDir`. */
export function writeManifest(contentDir: string, paths: Iterable<string>): void {
  writeFileSync(manifestPath(contentDir), formatManifest(paths));
}

/** Writes a page at each redirect's old address, under `outDir`. */
export function writeRedirectPages(outDir: string, redirects: readonly Located<Redirect>[], site: string | undefined, base: string): void {
  for (const { data } of redirects) {
    const dir = join(outDir, ...data.from.split('/').filter(Boolean));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), redirectHtml(makeUrls(base).asset(data.to), site, data.from.startsWith(`${ENGLISH}/`) ? 'en' : 'vi'));
  }
}
