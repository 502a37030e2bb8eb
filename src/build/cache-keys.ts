/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`, docs/adr/0014-incremental-build-and-scale.md).
 * Astro skips a page, and copies its previous HTML, when the `cacheKey` its `getStaticPaths` entry returns
 * and the hash of the page's code both match the previous build. The code is Astro's to hash; the key
 * must change exactly when the *data* the page prints changes. The honest key is a hash of what the
 * page model returns, since a page prints that and nothing else: its own decision, the catalogue entries
 * it names, other decisions it links, stories, site.yaml through the page context. Hand-picked inputs
 * would miss one (a second award that gives a person an honoree page changes the decision page's link).
 * Extra inputs a page reads beside its model (the rendered Markdown of a decision) are passed as well.
 */
import { createHash, type Hash } from 'node:crypto';
import { todayIso } from '../text/dates.ts';

/**
 * A page's key: the hash of `parts` and of today's date, which citations print as the date a page was
 * read (src/components/CiteThis.astro). A page kept from an earlier day would differ from the same page
 * built today, so the first build of a day renders again every page keyed here. With `shared`, an object
 * registered there is written as its owner's digest, computed once for every page that prints it.
 */
export function pageCacheKey(parts: readonly unknown[], shared?: SharedDigests): string {
  return digest([todayIso(), ...parts], shared);
}

function digest(value: unknown, shared: SharedDigests | undefined): string {
  const hash = createHash('sha256');
  const text: string[] = [];
  write(text, value, new Map(), hash, shared);
  return hash.update(text.join('')).digest('base64url');
}

/**
 * Objects that many pages print, each hashed once per build instead of once per page that reaches it:
 * a decision is printed by its page in two languages, and its rows by honoree, place and list pages, and
 * each of them would walk the decision's whole list again (95.8 of a 229.9 s build went to keys,
 * bench/README.md). A part is registered with the object that holds it whole (a row and a line with their
 * decision) and a name that tells it apart there (`r12`); the key writes the owner's digest and the name.
 * That is exact as long as everything a part reaches is reached from its owner too: then whatever
 * changes what the part prints changes the owner's digest. Coarser than the part alone (another row of
 * the decision corrected renders again a page that prints this row), never blind to a change.
 */
export class SharedDigests {
  readonly #owners = new WeakMap<object, { owner: object; name: string }>();
  readonly #digests = new WeakMap<object, string>();

  /** `part` is reached from `owner` and printed as part of it; `name` tells it from the owner's other parts. */
  add(part: object, owner: object, name: string): void {
    this.#owners.set(part, { owner, name });
  }

  /** What the key writes for `value`: its owner's digest and its name, or undefined for an object not registered. */
  digestOf(value: object): string | undefined {
    const entry = this.#owners.get(value);
    if (!entry) return undefined;
    let ownerDigest = this.#digests.get(entry.owner);
    if (ownerDigest === undefined) {
      // The owner is walked whole, without the registry: its own parts are inside it, and another owner it
      // reaches (a correcting decision) is part of what it prints.
      ownerDigest = digest(entry.owner, undefined);
      this.#digests.set(entry.owner, ownerDigest);
    }
    return `${ownerDigest}${entry.name}`;
  }
}

/**
 * Writes a value in a form that differs whenever the value does: plain objects by their sorted keys,
 * Maps and Sets by their entries, Dates by their time. A value the walk does not know (a class instance,
 * a function) is an error, not skipped: `JSON.stringify` would print a Map as `{}` and a key would miss
 * every change inside it. An object met a second time is written as the number of its first visit, so
 * models that point back at their parents (a correction and its decision) hash, and an object a model
 * reaches by many paths (a decision's line from each of its rows) is walked once, not once per path.
 * The text goes into the hash in pieces: one call per value cost more than the walk, one string per key
 * could pass a hundred megabytes.
 */
function write(out: string[], value: unknown, seen: Map<object, number>, hash: Hash, shared: SharedDigests | undefined): void {
  if (out.length > 4096) hash.update(out.splice(0).join(''));
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'bigint') {
    out.push(`${typeof value}:${String(value)};`);
    return;
  }
  if (typeof value === 'string') {
    out.push(`s${value.length}:`, value, ';');
    return;
  }
  if (typeof value !== 'object') throw new Error(`A page cache key cannot hash a ${typeof value}; give the page model's data, not its behaviour.`);
  const visit = seen.get(value);
  if (visit !== undefined) {
    out.push(`^${visit};`);
    return;
  }
  const sharedDigest = shared?.digestOf(value);
  if (sharedDigest !== undefined) {
    out.push(`#${sharedDigest};`);
    return;
  }
  seen.set(value, seen.size);
  if (Array.isArray(value)) {
    out.push(`[${value.length}`);
    for (const item of value) write(out, item, seen, hash, shared);
    out.push(']');
  } else if (value instanceof Map) {
    out.push(`M${value.size}`);
    for (const [k, v] of value) {
      write(out, k, seen, hash, shared);
      write(out, v, seen, hash, shared);
    }
  } else if (value instanceof Set) {
    out.push(`S${value.size}`);
    for (const item of value) write(out, item, seen, hash, shared);
  } else if (value instanceof Date) {
    out.push(`D${value.getTime()};`);
  } else if (value instanceof URL) {
    out.push(`U${value.href};`);
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(`A page cache key cannot hash a ${(value as object).constructor?.name ?? 'class instance'}; give the page model's plain data.`);
    }
    const keys = Object.keys(value).sort();
    out.push(`{${keys.length}`);
    for (const key of keys) {
      out.push(`k${key.length}:`, key);
      write(out, (value as Record<string, unknown>)[key], seen, hash, shared);
    }
    out.push('}');
  }
}
