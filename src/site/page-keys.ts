/**
 * The incremental build's key of each keyed page (src/build/cache-keys.ts): the hash of the page model
 * the page prints, computed the way the page computes it, with the page context of its language. A
 * route's `getStaticPaths` gives each entry `cacheKey: await <route>Key(…)`; a route not keyed here is
 * rendered by every build.
 */
import { getEntry } from 'astro:content';
import { pageCacheKey } from '../build/cache-keys.ts';
import { decisionPage } from '../page-models/decision.ts';
import { honoreePage } from '../page-models/honoree.ts';
import { getBrowse, getPortal, getSite } from './content.ts';
import { pageContext } from './page-context.ts';
import type { Lang } from '../i18n/lang.ts';

/** What every page model reads beside the content: the page context of the page's language and its address. */
async function keyInputs(lang: Lang, path: (urls: ReturnType<typeof pageContext>['urls']) => string) {
  const ctx = pageContext(lang, import.meta.env.BASE_URL, await getSite());
  return { ctx, pageUrl: new URL(path(ctx.urls), import.meta.env.SITE).href, portal: await getPortal(), browse: await getBrowse() };
}

/** A decision's page in either language: its model, and its text as rendered from the Markdown, which the Vietnamese page prints beside it. */
export async function decisionKey(id: string, lang: Lang): Promise<string> {
  const { ctx, pageUrl, portal, browse } = await keyInputs(lang, (urls) => urls.decision(id));
  const entry = await getEntry('decisions', id);
  return pageCacheKey(decisionPage(portal, browse, id, pageUrl, ctx), entry?.rendered?.html);
}

/** An honoree's page in either language: its model. */
export async function honoreeKey(slug: string, lang: Lang): Promise<string> {
  const { ctx, pageUrl, portal, browse } = await keyInputs(lang, (urls) => urls.honoree(slug));
  return pageCacheKey(honoreePage(portal, browse, slug, pageUrl, ctx));
}
