/** robots.txt, made with the sitemap's address from urls.ts so that PORTAL_SITE and PORTAL_BASE are right. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../publish/robots.ts';
import { absoluteUrl, makeUrls } from '../routes/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site, makeUrls(import.meta.env.BASE_URL).sitemap())), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
