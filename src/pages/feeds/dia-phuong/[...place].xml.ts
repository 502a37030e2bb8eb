/**
 * Atom feed of the newest decisions honouring someone in a place, or in a place it absorbed (as its page
 * lists them, src/page-models/place-merges.ts), for each place with recipients.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBrowse, getPortal } from '../../../site/content.ts';
import { t } from '../../../i18n/ui.ts';
import { exportContext } from '../../../publish/exports.ts';
import { atomResponse, decisionFeed } from '../../../publish/feeds.ts';
import { FEED_FILES } from '../../../routes/urls.ts';
import type { PublishedDecision } from '../../../model/portal.ts';
import { absorbedPlaces } from '../../../page-models/place-merges.ts';

export const getStaticPaths = (async () => {
  const browse = await getBrowse();
  const { decisions } = await getPortal();
  return [...(await getPortal()).places.keys()].flatMap((place) => {
    const mentioned = new Set([place, ...absorbedPlaces(browse, place)].flatMap((p) => (browse.byPlace.get(p) ?? []).map((r) => r.decision)));
    // In the portal's order: newest first.
    return mentioned.size ? [{ params: { place }, props: { decisions: decisions.filter((d) => mentioned.has(d)) } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ decisions: PublishedDecision[] }, { place: string }> = async ({ site, params, props }) => {
  const ctx = exportContext(await getPortal(), site, import.meta.env.BASE_URL);
  const name = ctx.portal.places.get(params.place)?.name ?? params.place;
  const feed = { file: FEED_FILES.place(params.place), title: t('vi', 'feed.place', { place: name }), page: ctx.urls.place(params.place) };
  return atomResponse(decisionFeed(ctx, props.decisions, feed));
};
