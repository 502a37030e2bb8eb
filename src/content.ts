/** The collections, read once per build and shaped into the portal model every page uses. */
import { getCollection } from 'astro:content';
import { buildPortal, type Portal } from './lib/portal.ts';

type StoryData = Awaited<ReturnType<typeof getCollection<'stories'>>>[number]['data'];

let portal: Promise<Portal<StoryData>> | undefined;

export function getPortal(): Promise<Portal<StoryData>> {
  portal ??= (async () =>
    buildPortal({
      decisions: await getCollection('decisions'),
      awards: await getCollection('awards'),
      authorities: await getCollection('authorities'),
      places: await getCollection('places'),
      movements: await getCollection('movements'),
      stories: await getCollection('stories'),
    }))();
  return portal;
}
