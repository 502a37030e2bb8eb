/** Atom feed of the newest decisions honouring someone in a place, for each place with recipients. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBrowse, getPortal } from '../../../site/content.ts';
import { t } from '../../../i18n/ui.ts';
import { exportContext } from '../../../publish/exports.ts';
import { atomResponse, decisionFeed } from '../../../publish/feeds.ts';
import { FEED_FILES } from '../../../routes/urls.ts';
import type { PublishedDecision } from '../../../model/portal.ts';

export const getStaticPaths = (async () => {
  const { byPlace } = await getBrowse();
  // Rows come newest decision first, so the decisions in first-seen order are newest first too.
  return [...byPlace].map(([place, rows]) => ({ params: { place }, props: { decisions: [...new Set(rows.map((r) => r.decision))] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ decisions: PublishedDecision[] }, { place: string }> = async ({ site, params, props }) => {
  const ctx = exportContext(await getPortal(), site, import.meta.env.BASE_URL);
  const name = ctx.portal.places.get(params.place)?.name ?? params.place;
  const feed = { file: FEED_FILES.place(params.place), title: t('vi', 'feed.place', { place: name }), page: ctx.urls.place(params.place) };
  return atomResponse(decisionFeed(ctx, props.decisions, feed));
};
