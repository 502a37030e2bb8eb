/** The name lists the search pages need, computed once per build from the portal model. */
import { getPortal } from './content.ts';
import { namesByInitial } from '../search/initials.ts';
import { nameEntries, type NameEntry } from '../search/names.ts';

let initials: Promise<Map<string, NameEntry[]>> | undefined;

/** Names by the first letter of the given name: the no-JavaScript lists of `/tim-kiem/ten/`. */
export function getInitials(): Promise<Map<string, NameEntry[]>> {
  initials ??= getPortal().then((portal) => namesByInitial(nameEntries(portal)));
  return initials;
}
