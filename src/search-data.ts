/** The name finder's shards and the initial-letter lists, computed once per build from the portal model. */
import { getPortal } from './content.ts';
import { namesByInitial } from './lib/search/initials.ts';
import { buildShards, nameEntries, type NameEntry } from './lib/search/names.ts';

interface SearchData {
  shards: Map<string, NameEntry[]>;
  initials: Map<string, NameEntry[]>;
}

let data: Promise<SearchData> | undefined;

export function getSearchData(): Promise<SearchData> {
  data ??= getPortal().then((portal) => {
    const entries = nameEntries(portal);
    return { shards: buildShards(entries), initials: namesByInitial(entries) };
  });
  return data;
}
