/**
 * The sitemap: an index at `/sitemap.xml`, the address crawlers are given, listing `sitemap-<n>.xml`
 * files of at most 50,000 pages each. Not `@astrojs/sitemap`: it names its index `sitemap-index.xml`
 * and its files from 0, and lists pages only after the build, so `npm run dev` would serve none.
 */
import { escapeXml } from '../text/xml.ts';
import type { Urls } from '../routes/urls.ts';

/** The HTTP response of a sitemap or sitemap index endpoint. */
export function xmlResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

/** A page module as `import.meta.glob` loads it: dynamic routes export `getStaticPaths`. */
export interface PageModule {
  getStaticPaths?: () => Promise<readonly { params: Record<string, string | number | undefined> }[]> | readonly { params: Record<string, string | number | undefined> }[];
}

/** Whether Astro makes a page of `file` (path under src/pages): not the 404 page, not `_`-prefixed. */
export function isSitemapPage(file: string): boolean {
  const route = file.replace(/^\.\//, '');
  return !/(^|\/)_/.test(route) && !/^404\.astro$/.test(route);
}

/** "quyet-dinh/[...id].astro" with { id: "2017/x" } → "quyet-dinh/2017/x/"; an index file is its folder. */
export function pagePath(file: string, params: Record<string, string | number | undefined> = {}): string {
  const route = file
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => String(params[name] ?? ''));
  return route.split('/').filter(Boolean).map((part) => `${part}/`).join('');
}

/**
 * Every HTML page of the site except the 404 page, as paths under the base. Read from the pages
 * themselves (their file names and `getStaticPaths`, which read the portal model), so a new kind of page
 * is listed without anyone remembering to add it.
 */
export async function sitemapPaths(pages: Record<string, () => Promise<PageModule>>, urls: Urls): Promise<string[]> {
  const paths: string[] = [];
  for (const [file, load] of Object.entries(pages)) {
    if (!isSitemapPage(file)) continue;
    const { getStaticPaths } = await load();
    const routes = getStaticPaths ? await getStaticPaths() : [{ params: {} }];
    for (const { params } of routes) paths.push(urls.asset(pagePath(file, params)));
  }
  return [...new Set(paths)];
}

/** Most URLs one sitemap file may hold (sitemaps.org protocol); a sitemap index lists the files. */
export const SITEMAP_LIMIT = 50_000;

/**
 * Addresses cut into sitemap files of at most `limit` each, in order. Always at least one file, so the
 * index at `/sitemap.xml` has the same shape for a site of ten pages and one of a million.
 */
export function sitemapChunks<T>(locations: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`sitemap limit must be a positive integer, not ${limit}`);
  const chunks: T[][] = [];
  for (let i = 0; i < locations.length; i += limit) chunks.push(locations.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}

/** The sitemap index: the full addresses of the sitemap files. */
export function sitemapIndexXml(sitemaps: readonly string[]): string {
  const items = sitemaps.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items}</sitemapindex>
`;
}

/** One sitemap file: at most SITEMAP_LIMIT full page addresses. */
export function sitemapXml(locations: readonly string[]): string {
  const urls = locations.map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}</urlset>
`;
}
