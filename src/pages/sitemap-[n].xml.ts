/** The sitemap files: every HTML page, from the page files and their `getStaticPaths` (see `sitemapPaths`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitemaps } from '../site/content.ts';
import { dataKey } from '../site/page-keys.ts';
import { sitemapXml, xmlResponse, type PageModule } from '../publish/sitemap.ts';

export const getStaticPaths = (async () => {
  const chunks = await getSitemaps(import.meta.glob<PageModule>('./**/*.astro'));
  return Promise.all(chunks.map(async (locations, i) => ({ params: { n: String(i + 1) }, props: { locations }, cacheKey: await dataKey(`sitemap-${i + 1}`, locations) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locations: string[] }> = ({ props }) => xmlResponse(sitemapXml(props.locations));
