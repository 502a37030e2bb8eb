/**
 * The no-JavaScript way to find a person: names listed by the first letter of the given name (folded:
 * "Đức" under D), in the order Vietnamese lists use (given, middle, family name), page by page.
 */
import { foldVietnamese, sortByPersonName, splitName } from '../text/vietnamese.ts';
import type { NameEntry } from './names.ts';

/** Names per page of a letter. */
export const INITIALS_PAGE_SIZE = 200;

/** "Hộ ông Vy Bảo Sơn" → "Vy Bảo Sơn": a household is listed under its head's name. */
export function personName(entry: Pick<NameEntry, 'name' | 'kind'>): string {
  return entry.kind === 'household' ? entry.name.replace(/^hộ\s+(gia đình\s+)?(ông|bà)\s+/iu, '') : entry.name;
}

/** Folded first letter of the given name, a–z; "#" for a name that starts with no letter. */
export function initialOf(entry: Pick<NameEntry, 'name' | 'kind'>): string {
  const letter = foldVietnamese(splitName(personName(entry)).given).charAt(0);
  return /[a-z]/.test(letter) ? letter : '#';
}

/** People and households by initial, each list in Vietnamese name order; collectives are left out. */
export function namesByInitial(entries: readonly NameEntry[]): Map<string, NameEntry[]> {
  const groups = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    if (entry.kind === 'collective') continue;
    const key = initialOf(entry);
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => [key, sortByPersonName(list, personName, (a, b) => a.year - b.year)]));
}

/** URL segment of an initial: the letter, or "khac" for names that start otherwise. */
export function initialSlug(initial: string): string {
  return initial === '#' ? 'khac' : initial;
}
