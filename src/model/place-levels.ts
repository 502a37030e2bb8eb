/**
 * A place's commune, district and province, from its own entry and its `parent` chain: what open data
 * gives a journalist to filter on, whatever level a recipient belongs to. A city with no parent is
 * province-level (a centrally run city); under a province it is district-level.
 */
import type { Place } from '../schemas/place.ts';
import type { PlaceKind } from '../schemas/vocab.ts';

export interface PlaceLevels {
  commune: string | null;
  district: string | null;
  province: string | null;
}

type Level = keyof PlaceLevels;

const LEVEL_OF: Record<Exclude<PlaceKind, 'city'>, Level> = {
  province: 'province',
  district: 'district',
  town: 'district',
  commune: 'commune',
  ward: 'commune',
  township: 'commune',
  'special-zone': 'commune',
};

function levelOf(place: Place): Level {
  return place.kind === 'city' ? (place.parent ? 'district' : 'province') : LEVEL_OF[place.kind];
}

/** Names of the place and its parents by level; a level the chain does not reach is null. */
export function placeLevels(id: string | undefined, places: ReadonlyMap<string, Place>): PlaceLevels {
  const out: PlaceLevels = { commune: null, district: null, province: null };
  // The chain is short; the visited set only guards against a parent loop in hand-written YAML.
  const seen = new Set<string>();
  for (let place = id ? places.get(id) : undefined; place && !seen.has(place.id); place = place.parent ? places.get(place.parent) : undefined) {
    seen.add(place.id);
    out[levelOf(place)] ??= place.name;
  }
  return out;
}
