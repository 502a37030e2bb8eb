/**
 * The name finder's data: every honoree once (those with a page) and every other recipient row, cut into
 * small static JSON shards keyed by the start of a folded name word. The browser loads only the shards
 * for the words being typed, never the whole list. A key is two letters ("ho"); a key holding more than
 * `maxShard` names is split by one more letter ("hoa", "hon", and "ho" for the word "ho" itself), so a
 * shard's size does not grow with the corpus except for single very common words ("nguyen", "van").
 */
import { yearOf } from '../model/browse.ts';
import type { Portal } from '../model/portal.ts';
import type { RecipientKind } from '../schemas/vocab.ts';
import { searchTerms } from './fold.ts';

export interface NameEntry {
  name: string;
  kind: RecipientKind;
  /** Honoree page slug, when the honoree has a page. */
  honoree?: string;
  /** Otherwise the decision row: decision id and 1-based row. */
  decision?: string;
  row?: number;
  /** Year of the (latest) award, and the place name, to tell namesakes apart. */
  year: number;
  place: string;
}

export function nameEntries(portal: Portal): NameEntry[] {
  const entries: NameEntry[] = [];
  const placeName = (id: string | undefined) => (id ? (portal.places.get(id)?.name ?? '') : '');
  for (const h of portal.honorees) {
    const last = h.awards.at(-1)!;
    entries.push({ name: h.name, kind: h.kind, honoree: h.slug, year: yearOf(last.decision), place: placeName(h.places.at(-1)) });
  }
  for (const d of portal.decisions) {
    for (const { row, recipient: r } of d.rows) {
      if (portal.honoreeOf(d.id, row)) continue;
      entries.push({ name: r.name, kind: r.kind, decision: d.id, row, year: yearOf(d), place: placeName(r.place) });
    }
  }
  return entries;
}

/** Folded words of a name, each once. */
export function nameWords(name: string): string[] {
  return [...new Set(searchTerms(name).split(' ').filter(Boolean))];
}

/** The shards' folder is urls.ts's; the build writes where the browser reads. */
/** The manifest the browser reads first, a shard key no word can have. */
export const SHARD_MANIFEST = 'muc-luc';

/** Names per shard before a key is split by one more letter: small enough to index in a keystroke. */
export const MAX_SHARD = 600;

/** Shard keys and how many names each holds; the client reads it first (a few KB). */
export type ShardManifest = Record<string, number>;

/** A shard as served: decision ids and place names once, entries pointing into them. */
export interface ShardFile {
  d: string[];
  p: string[];
  /** [name, year, place index, honoree slug] or [name, year, place index, decision index, row]. */
  e: ([string, number, number, string] | [string, number, number, number, number])[];
  /** Each entry's name folded for matching (`searchTerms`): folding thousands of names would cost the browser a keystroke's time. */
  f: string[];
}

function keyFor(word: string, depth: number): string {
  return word.slice(0, depth);
}

/** Splits names into shards; every name is in the shard of each of its words. */
export function buildShards(entries: readonly NameEntry[], maxShard = MAX_SHARD): Map<string, NameEntry[]> {
  const shards = new Map<string, NameEntry[]>();
  // Work list of [key, depth, [entry, word][]].
  const initial = new Map<string, [NameEntry, string][]>();
  for (const entry of entries)
    for (const word of nameWords(entry.name)) {
      if (word.length < 2) continue;
      const key = keyFor(word, 2);
      const list = initial.get(key);
      if (list) list.push([entry, word]);
      else initial.set(key, [[entry, word]]);
    }
  const queue: [string, number, [NameEntry, string][]][] = [...initial].map(([key, list]) => [key, 2, list]);
  for (let item = queue.pop(); item; item = queue.pop()) {
    const [key, depth, list] = item;
    const splittable = list.some(([, word]) => word.length > depth);
    if (list.length <= maxShard || !splittable) {
      shards.set(key, [...new Set(list.map(([e]) => e))]);
      continue;
    }
    const children = new Map<string, [NameEntry, string][]>();
    for (const pair of list) {
      const child = keyFor(pair[1], depth + 1);
      const l = children.get(child);
      if (l) l.push(pair);
      else children.set(child, [pair]);
    }
    for (const [child, l] of children) {
      if (child === key) shards.set(key, [...new Set(l.map(([e]) => e))]);
      else queue.push([child, depth + 1, l]);
    }
  }
  return new Map([...shards].sort(([a], [b]) => a.localeCompare(b)));
}

export function shardManifest(shards: Map<string, NameEntry[]>): ShardManifest {
  return Object.fromEntries([...shards].map(([k, v]) => [k, v.length]));
}

export function shardFile(entries: readonly NameEntry[]): ShardFile {
  const d: string[] = [];
  const p: string[] = [];
  const index = (list: string[], map: Map<string, number>, value: string) => {
    let i = map.get(value);
    if (i === undefined) {
      i = list.push(value) - 1;
      map.set(value, i);
    }
    return i;
  };
  const dMap = new Map<string, number>();
  const pMap = new Map<string, number>();
  const e: ShardFile['e'] = entries.map((x) => {
    const place = index(p, pMap, x.place);
    return x.honoree ? [x.name, x.year, place, x.honoree] : [x.name, x.year, place, index(d, dMap, x.decision!), x.row!];
  });
  return { d, p, e, f: entries.map((x) => searchTerms(x.name)) };
}

/** The shard keys a typed word may be in: keys that start the word, or that the word starts. */
export function keysForWord(word: string, manifest: ShardManifest): string[] {
  if (word.length < 2) return [];
  return Object.keys(manifest).filter((k) => word.startsWith(k) || k.startsWith(word));
}

/**
 * Names the browser may load and search for one query: enough for any sensible query, far below a
 * whole corpus, and few enough that Fuse searches them all within a keystroke (bench/search-bench.ts).
 */
export const MAX_LOADED_NAMES = 2400;

/**
 * Which shards to load for a query: the words' shard sets, smallest first, as long as they fit in
 * `limit` names together (the smallest always, if it fits alone). A misspelt word is then usually
 * covered by another word's shards ("hoang van kay" finds "Hoàng Văn Kháy" through "hoang").
 * Returns [] when even the smallest set is too large: the query needs another word.
 */
export function chooseShards(query: string, manifest: ShardManifest, limit = MAX_LOADED_NAMES): string[] {
  const sets = searchTerms(query)
    .split(' ')
    .map((w) => keysForWord(w, manifest))
    .filter((keys) => keys.length > 0)
    .map((keys) => ({ keys, size: keys.reduce((n, k) => n + (manifest[k] ?? 0), 0) }))
    .sort((a, b) => a.size - b.size);
  const chosen = new Set<string>();
  let total = 0;
  for (const set of sets) {
    const extra = set.keys.filter((k) => !chosen.has(k)).reduce((n, k) => n + (manifest[k] ?? 0), 0);
    if (total + extra > limit) continue;
    for (const k of set.keys) chosen.add(k);
    total += extra;
  }
  return [...chosen].sort();
}
