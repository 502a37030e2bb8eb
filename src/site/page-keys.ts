/**
 * The incremental build's key of each keyed page (src/build/cache-keys.ts): the hash of what the page
 * prints, computed the way the page computes it, with the page context of its language. A route's
 * `getStaticPaths` gives each entry `cacheKey: await <route>Key(…)` (or maps its entries through
 * `keyed`); a route not keyed here is rendered by every build. site.yaml is part of every key, since
 * the layout prints the office's name on every page.
 */
import { getEntry } from 'astro:content';
import { pageCacheKey, SharedDigests } from '../build/cache-keys.ts';
import type { Lang } from '../i18n/lang.ts';
import { decisionPage } from '../page-models/decision.ts';
import { decisionListItems } from '../page-models/decision-list.ts';
import { honoreePage } from '../page-models/honoree.ts';
import { initialPage } from '../page-models/initials.ts';
import { awardPage, decisionsPage, kindPage, movementPage, yearPage } from '../page-models/lists.ts';
import { placePage } from '../page-models/place.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import type { RecipientKind } from '../schemas/vocab.ts';
import { getBrowse, getPortal, getSite } from './content.ts';
import { pageContext, type PageContext } from './page-context.ts';
import { getInitials } from './search-data.ts';

/** What every page model reads beside the content: the page context of its language and its address. */
async function keyInputs(path: (urls: PageContext['urls']) => string, lang: Lang = 'vi') {
  const ctx = pageContext(lang, import.meta.env.BASE_URL, await getSite());
  return { ctx, pageUrl: new URL(path(ctx.urls), import.meta.env.SITE).href, portal: await getPortal(), browse: await getBrowse() };
}

let shared: { portal: Portal; digests: SharedDigests } | undefined;

/**
 * What many pages print, hashed once per build: each decision with its rows and lines, each story with
 * its text. A decision reaches its rows and lines (and the decisions that correct it), so its digest
 * covers them (src/build/cache-keys.ts).
 */
function sharedDigests(portal: Portal): SharedDigests {
  if (shared?.portal === portal) return shared.digests;
  const digests = new SharedDigests();
  for (const decision of portal.decisions) {
    digests.add(decision, decision, '');
    for (const line of decision.lines) digests.add(line, decision, `l${line.index}`);
    for (const row of decision.rows) digests.add(row, decision, `r${row.row}`);
  }
  for (const story of portal.stories) digests.add(story, story, '');
  shared = { portal, digests };
  return digests;
}

/** A page's key: site.yaml and what the page prints. */
async function keyOf(...parts: unknown[]): Promise<string> {
  return pageCacheKey([await getSite(), ...parts], sharedDigests(await getPortal()));
}

// Each key once per build: the sitemap calls every page's getStaticPaths again (src/publish/sitemap.ts),
// which would compute every page model a second time.
const known = new Map<string, Promise<string>>();
function once(name: string, compute: () => Promise<string>): Promise<string> {
  let key = known.get(name);
  if (!key) known.set(name, (key = compute()));
  return key;
}

/** `getStaticPaths` entries with their key. */
export function keyed<Entry extends object>(entries: readonly Entry[], key: (entry: Entry) => Promise<string>): Promise<(Entry & { cacheKey: string })[]> {
  return Promise.all(entries.map(async (entry) => ({ ...entry, cacheKey: await key(entry) })));
}

/** A decision's page in either language: its model, and its text as rendered from the Markdown, which the Vietnamese page prints beside it. */
export function decisionKey(id: string, lang: Lang): Promise<string> {
  return once(`${lang} decision ${id}`, async () => {
    const { ctx, pageUrl, portal, browse } = await keyInputs((urls) => urls.decision(id), lang);
    const entry = await getEntry('decisions', id);
    return keyOf(decisionPage(portal, browse, id, pageUrl, ctx), entry?.rendered?.html);
  });
}

/** An honoree's page in either language: its model. */
export function honoreeKey(slug: string, lang: Lang): Promise<string> {
  return once(`${lang} honoree ${slug}`, async () => {
    const { ctx, pageUrl, portal, browse } = await keyInputs((urls) => urls.honoree(slug), lang);
    return keyOf(honoreePage(portal, browse, slug, pageUrl, ctx));
  });
}

/**
 * A list page's model as it prints it: its decisions as the list prints them (a decision's whole rows
 * would make every list's key cost what its decisions' pages cost), and the pager's links instead of
 * the function that makes them.
 */
function printedList<Model extends { pager: { current: number; total: number; href: (n: number) => string }; decisions?: readonly PublishedDecision[] }>(model: Model, ctx: PageContext) {
  const { current, total, href } = model.pager;
  return {
    ...model,
    ...(model.decisions ? { decisions: decisionListItems(model.decisions, ctx) } : {}),
    pager: { current, total, links: [href(current - 1), href(current + 1)] },
  };
}

/** A page of a list of decisions, places, names (`name` says which): its printed model, and what it prints beside it. */
function listKey<Model extends Parameters<typeof printedList>[0]>(
  name: string,
  lang: Lang,
  model: (ctx: PageContext, inputs: Awaited<ReturnType<typeof keyInputs>>) => Model | Promise<Model>,
  extra: () => unknown = () => undefined,
) {
  return once(`${lang} ${name}`, async () => {
    const inputs = await keyInputs((urls) => urls.home(), lang);
    return keyOf(printedList(await model(inputs.ctx, inputs), inputs.ctx), await extra());
  });
}

export const decisionsListKey = (lang: Lang, page: number) => listKey(`decisions ${page}`, lang, (ctx, { portal }) => decisionsPage(portal, page, ctx));
export const yearKey = (year: number, page: number) => listKey(`year ${year} ${page}`, 'vi', (ctx, { browse }) => yearPage(browse, year, page, ctx));
export const kindKey = (kind: RecipientKind, page: number) => listKey(`kind ${kind} ${page}`, 'vi', (ctx, { browse }) => kindPage(browse, kind, page, ctx));
export const placeKey = (id: string, page: number) => listKey(`place ${id} ${page}`, 'vi', (ctx, { portal, browse }) => placePage(portal, browse, id, page, ctx));
export const initialKey = (letter: string, page: number) => listKey(`initial ${letter} ${page}`, 'vi', async (ctx) => initialPage(await getInitials(), letter, page, ctx));

/** The first page of an award form also prints the form's own facts. */
export const awardKey = (id: string, page: number) =>
  listKey(`award ${id} ${page}`, 'vi', (ctx, { portal, browse }) => awardPage(portal, browse, id, page, ctx), async () => (page === 1 ? (await getPortal()).awards.get(id) : undefined));

/** The first page of a movement also prints its text. */
export const movementKey = (id: string, page: number) =>
  listKey(`movement ${id} ${page}`, 'vi', (ctx, { portal, browse }) => movementPage(portal, browse, id, page, ctx), async () =>
    page === 1 ? (await getEntry('movements', id))?.rendered?.html : undefined,
  );

/** A file that is data (a sitemap, a table): its name and its contents, or what they are made of. */
export const dataKey = (file: string, ...contents: unknown[]) => keyOf(file, ...contents);
