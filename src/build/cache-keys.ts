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
 * built today, so the first build of a day renders again every page keyed here.
 */
export function pageCacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  const text: string[] = [];
  write(text, [todayIso(), ...parts], new Map(), hash);
  return hash.update(text.join('')).digest('base64url');
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
function write(out: string[], value: unknown, seen: Map<object, number>, hash: Hash): void {
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
  seen.set(value, seen.size);
  if (Array.isArray(value)) {
    out.push(`[${value.length}`);
    for (const item of value) write(out, item, seen, hash);
    out.push(']');
  } else if (value instanceof Map) {
    out.push(`M${value.size}`);
    for (const [k, v] of value) {
      write(out, k, seen, hash);
      write(out, v, seen, hash);
    }
  } else if (value instanceof Set) {
    out.push(`S${value.size}`);
    for (const item of value) write(out, item, seen, hash);
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
      write(out, (value as Record<string, unknown>)[key], seen, hash);
    }
    out.push('}');
  }
}
