/** The sitemap index, the crawlers' entry point: it lists `sitemap-<n>.xml`, each at most 50,000 pages. */
import type { APIRoute } from 'astro';
import { getSitemaps } from '../site/content.ts';
import { sitemapIndexXml, xmlResponse, type PageModule } from '../publish/sitemap.ts';
import { absoluteUrl, makeUrls } from '../routes/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const chunks = await getSitemaps(import.meta.glob<PageModule>('./**/*.astro'));
  const urls = makeUrls(import.meta.env.BASE_URL);
  return xmlResponse(sitemapIndexXml(chunks.map((_, i) => absoluteUrl(site, urls.sitemap(i + 1)))));
};
