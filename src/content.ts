/** The collections, read once per build and shaped into the models every page uses. */
import { getCollection } from 'astro:content';
import { buildBrowseIndex, type BrowseIndex } from './lib/browse.ts';
import { buildPortal, type Portal } from './lib/portal.ts';

export type StoryData = Awaited<ReturnType<typeof getCollection<'stories'>>>[number]['data'];

let portal: Promise<Portal<StoryData>> | undefined;
let browse: Promise<BrowseIndex> | undefined;

export function getPortal(): Promise<Portal<StoryData>> {
  portal ??= (async () =>
    buildPortal({
      decisions: await getCollection('decisions'),
      awards: await getCollection('awards'),
      authorities: await getCollection('authorities'),
      places: await getCollection('places'),
      movements: await getCollection('movements'),
      stories: (await getCollection('stories')).sort((a, b) => b.data.date.localeCompare(a.data.date)),
    }))();
  return portal;
}

export function getBrowse(): Promise<BrowseIndex> {
  browse ??= getPortal().then(buildBrowseIndex);
  return browse;
}
