/** Atom feed of the newest decisions, site-wide. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../site/content.ts';
import { t } from '../../i18n/ui.ts';
import { exportContext } from '../../publish/exports.ts';
import { atomResponse, decisionFeed } from '../../publish/feeds.ts';
import { FEED_FILES } from '../../routes/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const ctx = exportContext(await getPortal(), site, import.meta.env.BASE_URL);
  const feed = { file: FEED_FILES.decisions, title: t('vi', 'feed.decisions'), page: ctx.urls.decisions() };
  return atomResponse(decisionFeed(ctx, ctx.portal.decisions, feed));
};
