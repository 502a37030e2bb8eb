/** Atom feed of the newest decisions of one award form, for each form that has decisions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBrowse, getPortal } from '../../../site/content.ts';
import { t } from '../../../i18n/ui.ts';
import { exportContext } from '../../../publish/exports.ts';
import { atomResponse, decisionFeed } from '../../../publish/feeds.ts';
import { FEED_FILES } from '../../../routes/urls.ts';
import type { PublishedDecision } from '../../../model/portal.ts';

export const getStaticPaths = (async () => {
  const { byAward } = await getBrowse();
  return [...byAward].map(([award, decisions]) => ({ params: { award }, props: { decisions } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ decisions: PublishedDecision[] }, { award: string }> = async ({ site, params, props }) => {
  const ctx = exportContext(await getPortal(), site, import.meta.env.BASE_URL);
  const award = ctx.portal.awards.get(params.award)!;
  const feed = { file: FEED_FILES.award(params.award), title: t('vi', 'feed.award', { award: award.name }), page: ctx.urls.award(award.id) };
  return atomResponse(decisionFeed(ctx, props.decisions, feed));
};
