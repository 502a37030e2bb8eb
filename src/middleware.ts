/** Every page's shared context (src/site/page-context.ts), set once from its address; runs for prerendered pages at build time too. */
import { defineMiddleware } from 'astro:middleware';
import { getSite } from './site/content.ts';
import { langOf, pageContext } from './site/page-context.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const base = import.meta.env.BASE_URL;
  Object.assign(context.locals, pageContext(langOf(context.url.pathname, base), base, await getSite()));
  return next();
});
