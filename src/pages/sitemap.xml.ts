/** The sitemap: every HTML page, from the page files and their `getStaticPaths` (see `sitemapPaths`). */
import type { APIRoute } from 'astro';
import { sitemapPaths, sitemapXml, type PageModule } from '../lib/feeds.ts';
import { absoluteUrl, makeUrls } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const pages = import.meta.glob<PageModule>('./**/*.astro');
  const paths = await sitemapPaths(pages, makeUrls(import.meta.env.BASE_URL));
  const body = sitemapXml(paths.map((path) => absoluteUrl(site, path)));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
