/**
 * No link on the built site leads to a missing page, in either language: links in the HTML, the row
 * anchors they point at, and the links the browser scripts build (the name finder from the name shards,
 * search results from the honoree anchors of decision pages). Script-built links on a live English page
 * are followed in Chromium too (tests/e2e/links.test.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeUrls, SHARD_FOLDER } from '../../src/routes/urls.ts';
import { honoreeAnchorId } from '../../src/search/rows.ts';
import { SHARD_MANIFEST, type ShardFile } from '../../src/search/names.ts';
import { shardEntryUrl } from '../../src/scripts/search/name-finder.ts';
import { SAMPLE_SITE, htmlFiles } from '../helpers.ts';

const pages = htmlFiles(SAMPLE_SITE).map((file) => ({ file, path: `/${relative(SAMPLE_SITE, file).replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }));

const ids = new Map<string, Set<string>>();
/** The ids in the page a path names, read once. */
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(file, set);
  }
  return set;
}

/** What is wrong with a site-relative address, or nothing: the file must exist, and a fragment must name an element of the page. */
function problem(url: string): string | undefined {
  const [path = '', fragment] = url.split('#');
  let file = join(SAMPLE_SITE, decodeURIComponent(path.split('?')[0]!));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return 'no such page';
  if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) return `no element #${fragment}`;
  return undefined;
}

const LOCAL = /\s(?:href|src|action)="(\/[^"]*)"/g;

describe('links on the built site', () => {
  it('reads both languages', () => {
    expect(pages.some((p) => p.path.startsWith('/en/'))).toBe(true);
    expect(pages.length).toBeGreaterThan(100);
  });

  it('every address in every page leads to a page or file that exists, and every fragment to its element', () => {
    const dead: string[] = [];
    for (const page of pages)
      for (const [, raw] of page.html.matchAll(LOCAL)) {
        const url = raw!.replaceAll('&amp;', '&');
        const why = problem(url);
        if (why) dead.push(`${page.path} → ${url}: ${why}`);
      }
    expect(dead).toEqual([]);
  });

  it('every name the name finder offers leads to an honoree page or a decision row that exists', () => {
    const urls = makeUrls('/');
    const folder = join(SAMPLE_SITE, SHARD_FOLDER);
    const shards = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== `${SHARD_MANIFEST}.json`);
    expect(shards.length).toBeGreaterThan(0);
    const dead: string[] = [];
    let checked = 0;
    for (const shard of shards) {
      const file = JSON.parse(readFileSync(join(folder, shard), 'utf8')) as ShardFile;
      for (const entry of file.e) {
        const url = shardEntryUrl(urls, file, entry);
        checked++;
        const why = problem(url);
        if (why) dead.push(`${shard}: ${entry[0]} → ${url}: ${why}`);
      }
    }
    expect(checked).toBeGreaterThan(700);
    expect(dead).toEqual([]);
  });

  it('search results lead from a row to the honoree page its anchor names, which exists', () => {
    const urls = makeUrls('/');
    const prefix = honoreeAnchorId('');
    const anchors = pages.flatMap((p) => [...p.html.matchAll(/<a href="([^"]+)" id="([^"]+)"/g)].map((m) => ({ href: m[1]!, id: m[2]! })));
    const honorees = anchors.filter((a) => a.id.startsWith(prefix));
    expect(honorees.length).toBeGreaterThan(10);
    for (const { href, id } of honorees) {
      // src/scripts/search/page.ts builds the result's link from the anchor's id, not its href.
      const built = urls.honoree(id.slice(prefix.length));
      expect(built).toBe(href);
      expect(problem(built)).toBeUndefined();
    }
  });
});
