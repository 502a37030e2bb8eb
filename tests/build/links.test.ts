/**
 * No link on the built site leads to a missing page, in either language: links in the HTML, the row
 * anchors they point at, and the links the browser scripts build (the name finder from the name shards,
 * search results from the honoree anchors of decision pages). Script-built links on a live English page
 * are followed in Chromium too (tests/e2e/links.test.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeUrls, NAME_ROW_FOLDER, SHARD_FOLDER } from '../../src/routes/urls.ts';
import { rowsNamed, type NameRowFile } from '../../src/search/name-rows.ts';
import { nameRowLine } from '../../src/search/results.ts';
import { searchTerms } from '../../src/search/fold.ts';
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

const LANGS = ['vi', 'en'] as const;

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

  it.each(LANGS)('every name the name finder offers on a page in %s leads to an honoree page or a decision row that exists', (lang) => {
    const urls = makeUrls('/', lang);
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

  it.each(LANGS)('every line the search page in %s builds from the name-row buckets leads to a row, and a page, that exist', (lang) => {
    const urls = makeUrls('/', lang);
    const folder = join(SAMPLE_SITE, NAME_ROW_FOLDER);
    const dead: string[] = [];
    let checked = 0;
    for (const bucket of readdirSync(folder)) {
      const file = JSON.parse(readFileSync(join(folder, bucket), 'utf8')) as NameRowFile;
      for (const name of new Set(file.r.map((r) => searchTerms(r[0]))))
        for (const row of rowsNamed(file, name)) {
          const line = nameRowLine(row, urls, { rowLabel: '{row}', storyLabel: '' });
          for (const url of [line.url, line.row!.url]) {
            checked++;
            const why = problem(url);
            if (why) dead.push(`${bucket}: ${row.name} → ${url}: ${why}`);
          }
        }
    }
    // Two links for every recipient row of the sample.
    expect(checked).toBeGreaterThan(1400);
    expect(dead).toEqual([]);
  });

  it('search results lead from a row to the honoree page its anchor names, in the page’s language, which exists', () => {
    const prefix = honoreeAnchorId('');
    const anchors = pages.flatMap((p) =>
      [...p.html.matchAll(/<a href="([^"]+)" id="([^"]+)"/g)].map((m) => ({ href: m[1]!, id: m[2]!, urls: makeUrls('/', p.path.startsWith('/en/') ? 'en' : 'vi') })),
    );
    const honorees = anchors.filter((a) => a.id.startsWith(prefix));
    expect(honorees.length).toBeGreaterThan(10);
    expect(honorees.some((a) => a.href.startsWith('/en/nguoi-duoc-khen/'))).toBe(true);
    for (const { href, id, urls } of honorees) {
      // src/scripts/search/page.ts builds the result's link from the anchor's id, not its href.
      const built = urls.honoree(id.slice(prefix.length));
      expect(built).toBe(href);
      expect(problem(built)).toBeUndefined();
    }
  });
});

describe('links from English pages', () => {
  const english = pages.filter((p) => p.path.startsWith('/en/'));

  it('warn before every one that leads to a Vietnamese page: hreflang="vi" and a visible VI', () => {
    const unwarned: string[] = [];
    let warned = 0;
    for (const page of english)
      for (const [, attributes, body] of page.html.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a>/g)) {
        const href = /href="(\/[^"]*)"/.exec(attributes!)?.[1];
        if (!href || href.startsWith('/en/') || /\.[a-z]+$/.test(href.split('#')[0]!)) continue;
        if (!/hreflang="vi"/.test(attributes!) || !(body!.includes('class="lang-mark"') || /lang="vi"/.test(attributes!))) unwarned.push(`${page.path} → ${href}`);
        else warned++;
      }
    expect(unwarned).toEqual([]);
    expect(warned).toBeGreaterThan(100);
  });

  it('say at the top of each English page which pages are in Vietnamese only', () => {
    for (const page of english) expect(page.html, page.path).toContain('links marked VI open them in Vietnamese');
  });

  it('land on Vietnamese-only record pages that say so in English, and on decision pages whose switch leads to the English page', () => {
    const decision = pages.find((p) => p.path === '/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/')!;
    expect(decision.html).toContain('href="/en/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/" hreflang="en" lang="en"');
    expect(decision.html).not.toContain('This page is in Vietnamese only.');
    const place = pages.find((p) => p.path === '/dia-phuong/loc-binh/xa-yen-khoai/')!;
    expect(place.html).toContain('<p class="lang-note" lang="en">This page is in Vietnamese only. <a href="/en/" hreflang="en">Pages in English</a></p>');
  });
});
