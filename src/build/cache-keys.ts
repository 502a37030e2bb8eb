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
  feed(hash, [todayIso(), ...parts], new Map());
  return hash.digest('base64url');
}

/**
 * Feeds a value into the hash in a form that differs whenever the value does: plain objects by their
 * sorted keys, Maps and Sets by their entries, Dates by their time. A value the walk does not know (a
 * class instance, a function) is an error, not skipped: `JSON.stringify` would print a Map as `{}` and
 * a key would miss every change inside it. An object met a second time is written as a reference to
 * its first visit, whose content the hash already holds: models point back at their parents (a row and
 * its decision) and across (a row's line lists the line's rows), and walking every path again made the
 * key of a 1,000-row decision cost a million row walks, and the 5,000-decision build never finished.
 */
function feed(hash: Hash, value: unknown, visited: Map<object, number>): void {
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'bigint') {
    hash.update(`${typeof value}:${String(value)};`);
    return;
  }
  if (typeof value === 'string') {
    hash.update(`s${value.length}:${value};`);
    return;
  }
  if (typeof value !== 'object') throw new Error(`A page cache key cannot hash a ${typeof value}; give the page model's data, not its behaviour.`);
  const seen = visited.get(value);
  if (seen !== undefined) {
    hash.update(`^${seen};`);
    return;
  }
  visited.set(value, visited.size);
  if (Array.isArray(value)) {
    hash.update(`[${value.length}`);
    for (const item of value) feed(hash, item, visited);
    hash.update(']');
  } else if (value instanceof Map) {
    hash.update(`M${value.size}`);
    for (const [k, v] of value) {
      feed(hash, k, visited);
      feed(hash, v, visited);
    }
  } else if (value instanceof Set) {
    hash.update(`S${value.size}`);
    for (const item of value) feed(hash, item, visited);
  } else if (value instanceof Date) {
    hash.update(`D${value.getTime()};`);
  } else if (value instanceof URL) {
    hash.update(`U${value.href};`);
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(`A page cache key cannot hash a ${(value as object).constructor?.name ?? 'class instance'}; give the page model's plain data.`);
    }
    const keys = Object.keys(value).sort();
    hash.update(`{${keys.length}`);
    for (const key of keys) {
      hash.update(`k${key.length}:${key}`);
      feed(hash, (value as Record<string, unknown>)[key], visited);
    }
    hash.update('}');
  }
}
