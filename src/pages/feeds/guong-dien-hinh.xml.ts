/** Atom feed of the newest exemplary stories. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../site/content.ts';
import { exportContext } from '../../publish/exports.ts';
import { atomResponse, storyFeed } from '../../publish/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const portal = await getPortal();
  return atomResponse(storyFeed(exportContext(portal, site, import.meta.env.BASE_URL), portal.stories));
};
