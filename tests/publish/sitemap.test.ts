import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SITEMAP_LIMIT, sitemapChunks, sitemapIndexXml, sitemapXml } from '../../src/publish/sitemap.ts';
import { absoluteUrl, makeUrls } from '../../src/routes/urls.ts';

const SITE = 'https://khenthuong.example.gov.vn';
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

describe('sitemap chunks', () => {
  const urls = Array.from({ length: 120_001 }, (_, i) => `${SITE}/quyet-dinh/${i}/`);
  const chunks = sitemapChunks(urls);

  it('cut 120,001 addresses into files of 50,000, 50,000 and 20,001, in order, losing none', () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks.flat()).toEqual(urls);
    expect([chunks[1]!.at(-1), chunks[2]![0], chunks[2]!.at(-1)]).toEqual([`${SITE}/quyet-dinh/99999/`, `${SITE}/quyet-dinh/100000/`, `${SITE}/quyet-dinh/120000/`]);
  });

  it('make files a crawler accepts: at most 50,000 <url> each, under 50 MB', () => {
    for (const chunk of chunks) {
      const xml = sitemapXml(chunk);
      expect(parser.parse(xml).urlset.url.length).toBeLessThanOrEqual(50_000);
      expect(new TextEncoder().encode(xml).length).toBeLessThan(50 * 1024 * 1024);
    }
  });

  it('fill exactly full files without an empty one after them, and keep one file for an empty site', () => {
    expect(sitemapChunks(urls.slice(0, 100_000)).map((c) => c.length)).toEqual([50_000, 50_000]);
    expect(sitemapChunks(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(sitemapChunks([])).toEqual([[]]);
    expect(() => sitemapChunks(urls, 0)).toThrow(RangeError);
  });
});

describe('the sitemap index', () => {
  it('lists each sitemap file by its full address', () => {
    const xml = sitemapIndexXml([1, 2, 3].map((n) => absoluteUrl(SITE, makeUrls('/').sitemap(n))));
    const index = parser.parse(xml).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([`${SITE}/sitemap-1.xml`, `${SITE}/sitemap-2.xml`, `${SITE}/sitemap-3.xml`]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });
  it('escapes addresses', () => {
    expect(sitemapIndexXml([`${SITE}/a?x=1&y=2`])).toContain('<loc>https://khenthuong.example.gov.vn/a?x=1&amp;y=2</loc>');
  });
});
