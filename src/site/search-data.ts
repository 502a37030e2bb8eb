/** The name lists the search pages need, computed once per build from the portal model. */
import { getPortal } from './content.ts';
import { namesByInitial } from '../search/initials.ts';
import { buildShards, nameEntries, type NameEntry } from '../search/names.ts';

let initials: Promise<Map<string, NameEntry[]>> | undefined;
let shards: Promise<Map<string, NameEntry[]>> | undefined;

/** Names by the first letter of the given name: the no-JavaScript lists of `/tim-kiem/ten/`. */
export function getInitials(): Promise<Map<string, NameEntry[]>> {
  initials ??= getPortal().then((portal) => namesByInitial(nameEntries(portal)));
  return initials;
}

/**
 * The name finder's shards, for `npm run dev` only: a build writes them as plain files beside Astro
 * (src/build/content-steps.ts).
 */
export function getNameShards(): Promise<Map<string, NameEntry[]>> {
  shards ??= getPortal().then((portal) => buildShards(nameEntries(portal)));
  return shards;
}
