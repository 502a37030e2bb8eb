import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/publish/robots.ts';
import { absoluteUrl, makeUrls } from '../../src/routes/urls.ts';

describe('robots.txt', () => {
  it('lets every page be crawled and names the sitemap index on the public origin, under the base', () => {
    const sitemap = absoluteUrl('https://khenthuong.example.gov.vn', makeUrls('/khen-thuong/').sitemap());
    expect(robotsTxt(sitemap)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://khenthuong.example.gov.vn/khen-thuong/sitemap.xml\n');
  });
});
