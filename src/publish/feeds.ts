/**
 * Machine-readable ways in: Atom feeds of new decisions (site-wide and per award form) and the
 * sitemap. Pure string builders; the endpoints in `src/pages/feeds/` and `src/pages/sitemap.xml.ts`
 * hand them the portal model and the public origin.
 */
import { t } from '../i18n/ui.ts';
import { todayIso } from '../text/dates.ts';
import type { PublishedDecision } from '../model/portal.ts';
import type { ExportContext } from './exports.ts';
import type { Urls } from '../routes/urls.ts';

/** Text safe inside XML elements and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** A calendar date as the RFC 3339 time Atom requires: midnight in Vietnam. */
export function atomTime(date: string): string {
  return `${date}T00:00:00+07:00`;
}

export interface FeedEntry {
  /** Permanent full URL: the entry's id and its link. */
  url: string;
  title: string;
  /** YYYY-MM-DD the decision was signed. */
  published: string;
  /** YYYY-MM-DD of the last change: the signature, or a later correction or revocation. */
  updated: string;
  author: string;
  summary: string;
  category: { term: string; label: string };
}

export interface FeedMeta {
  /** Full URL of the feed itself: its id and rel="self". */
  self: string;
  /** Full URL of the HTML page the feed follows. */
  alternate: string;
  title: string;
  author: string;
}

/** Newest decisions shown in a feed; older ones stay on the site and in the open data. */
export const FEED_LENGTH = 50;

export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries[0]?.updated ?? todayIso());
  const x = escapeXml;
  const items = entries.map(
    (e) => `  <entry>
    <id>${x(e.url)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <published>${atomTime(e.published)}</published>
    <updated>${atomTime(e.updated)}</updated>
    <author><name>${x(e.author)}</name></author>
    <category term="${x(e.category.term)}" label="${x(e.category.label)}"/>
    <summary>${x(e.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${x(meta.self)}</id>
  <title>${x(meta.title)}</title>
  <link rel="self" type="application/atom+xml" href="${x(meta.self)}"/>
  <link rel="alternate" type="text/html" href="${x(meta.alternate)}"/>
  <updated>${atomTime(updated)}</updated>
  <author><name>${x(meta.author)}</name></author>
${items.join('')}</feed>
`;
}

/** Feed entries for decisions, newest first, at most FEED_LENGTH. */
export function decisionEntries({ portal, urls, absolute }: ExportContext, decisions: readonly PublishedDecision[]): FeedEntry[] {
  return decisions.slice(0, FEED_LENGTH).map((d) => {
    const later = [...(d.data.correctedBy ?? []), ...(d.data.revokedBy ? [d.data.revokedBy] : [])];
    const dates = [d.data.date, ...later.flatMap((id) => portal.decisionById.get(id)?.data.date ?? [])];
    return {
      url: absolute(urls.decision(d.id)),
      title: `Quyết định số ${d.data.number} về việc tặng ${d.award.name}`,
      published: d.data.date,
      updated: dates.reduce((a, b) => (b > a ? b : a)),
      author: d.authority.name,
      summary: `${d.data.reason.replace(/[.\s]+$/, '')}. ${t('vi', 'feed.recipients', { n: d.data.recipients.length })}`,
      category: { term: d.award.id, label: d.award.name },
    };
  });
}

/** A feed of `decisions` at `/feeds/<file>`, following the HTML page at `page`. */
export function decisionFeed(ctx: ExportContext, decisions: readonly PublishedDecision[], feed: { file: string; title: string; page: string }): string {
  const meta = {
    self: ctx.absolute(ctx.urls.feed(feed.file)),
    alternate: ctx.absolute(feed.page),
    title: `${feed.title} – ${t('vi', 'site.name')}`,
    author: t('vi', 'site.publisher'),
  };
  return atomFeed(meta, decisionEntries(ctx, decisions));
}

/** What a story feed needs of a story. */
export interface FeedStory {
  id: string;
  data: { title: string; summary: string; date: string; author?: string | undefined };
}

/** Feed of exemplary stories, newest first, at most FEED_LENGTH. */
export function storyFeed(ctx: ExportContext, stories: readonly FeedStory[]): string {
  const meta = {
    self: ctx.absolute(ctx.urls.feed('guong-dien-hinh.xml')),
    alternate: ctx.absolute(ctx.urls.stories()),
    title: `${t('vi', 'nav.stories')} – ${t('vi', 'site.name')}`,
    author: t('vi', 'site.publisher'),
  };
  const entries = [...stories]
    .sort((a, b) => b.data.date.localeCompare(a.data.date))
    .slice(0, FEED_LENGTH)
    .map((s) => ({
      url: ctx.absolute(ctx.urls.story(s.id)),
      title: s.data.title,
      published: s.data.date,
      updated: s.data.date,
      author: s.data.author ?? meta.author,
      summary: s.data.summary,
      category: { term: 'guong-dien-hinh', label: t('vi', 'nav.stories') },
    }));
  return atomFeed(meta, entries);
}

/** The HTTP response of a sitemap or sitemap index endpoint. */
export function xmlResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

/** The HTTP response of a feed endpoint (the static build writes its body). */
export function atomResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
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

/** File name of the `n`th sitemap (1-based), beside `sitemap.xml` so it may list every page under the base. */
export function sitemapFile(n: number): string {
  return `sitemap-${n}.xml`;
}

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
