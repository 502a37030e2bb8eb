/**
 * Finds the commune-level place (id in places.yaml) a list names: "Xã Như Khuê", "như khuê",
 * "NAM QUAN" in a commune column, or "thôn Nà Vàng, xã Như Khuê" in an address. Names are compared
 * folded, and only units that existed on the decision's date count, so a name shared by a
 * township and the commune it merged into is the township before 1 July 2025 and the commune after.
 */
import { isWithin } from '../../text/dates.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { PLACE_KIND_LABELS, type PlaceKind } from '../../schemas/vocab.ts';

export interface PlaceRef {
  id: string;
  name: string;
  kind: string;
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

type PlaceMatch =
  | { found: string }
  | { ambiguous: string[] }
  | { unknown: true; suggestion: string };

const COMMUNE_KINDS: readonly PlaceKind[] = ['commune', 'ward', 'township', 'special-zone'];
const KIND_WORDS = COMMUNE_KINDS.map((k) => foldVietnamese(PLACE_KIND_LABELS[k].vi));

function bare(folded: string): string {
  const word = KIND_WORDS.find((w) => folded.startsWith(`${w} `));
  return word ? folded.slice(word.length + 1) : folded;
}

export interface PlaceFinder {
  /** A commune column's cell: a name with or without "xã", or an id. */
  byName(text: string): PlaceMatch;
  /** An address: the commune is found only when written in full ("xã Như Khuê"). */
  inAddress(text: string): PlaceRef | undefined;
}

export function placeFinder(places: readonly PlaceRef[], date: string): PlaceFinder {
  const communes = places
    .filter((p) => (COMMUNE_KINDS as readonly string[]).includes(p.kind))
    .map((p) => ({ place: p, full: foldVietnamese(p.name), bare: bare(foldVietnamese(p.name)) }));
  const valid = (p: PlaceRef) => isWithin(date, p.validFrom, p.validTo);

  return {
    byName(text) {
      const id = text.trim();
      const exact = communes.find((c) => c.place.id === id);
      if (exact) return valid(exact.place) ? { found: id } : { unknown: true, suggestion: '' };
      const v = foldVietnamese(text);
      const named = communes.filter((c) => [c.full, c.bare].some((form) => v === form || v.startsWith(`${form} `)));
      const current = named.filter((c) => valid(c.place));
      const best = current.length > 1 ? current.filter((c) => v === c.full || v.startsWith(`${c.full} `)) : current;
      if (best.length === 1) return { found: best[0]!.place.id };
      if (current.length > 1) return { ambiguous: current.map((c) => c.place.id) };
      const other = named.map((c) => c.place.id).join(', ');
      return { unknown: true, suggestion: other ? ` (${other}?)` : '' };
    },
    inAddress(text) {
      const v = ` ${foldVietnamese(text)} `;
      const hits = communes.filter((c) => valid(c.place) && v.includes(` ${c.full} `));
      return hits.length === 1 ? hits[0]!.place : undefined;
    },
  };
}
