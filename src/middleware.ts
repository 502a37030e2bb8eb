/** Every page's shared context (src/site/page-context.ts), set once from its address; runs for prerendered pages at build time too. */
import { defineMiddleware } from 'astro:middleware';
import { markVietnameseLinks } from './site/language-marks.ts';
import { getSite } from './site/content.ts';
import { langOf, pageContext } from './site/page-context.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const base = import.meta.env.BASE_URL;
  const lang = langOf(context.url.pathname, base);
  Object.assign(context.locals, pageContext(lang, base, await getSite()));
  const response = await next();
  // Only English pages can lead a reader into the other language unawares; endpoints (CSV, XML) are not pages.
  if (lang === 'vi' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(markVietnameseLinks(await response.text(), base), response);
});
