/** The files a browser or a crawler asks every site for: the icon and robots.txt. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SITE, htmlFiles } from '../helpers.ts';

describe('the icon and robots.txt of the built sample', () => {
  it('has an SVG icon, and every page links it', () => {
    expect(readFileSync(join(SAMPLE_SITE, 'favicon.svg'), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const without = htmlFiles(SAMPLE_SITE).filter((f) => !readFileSync(f, 'utf8').includes('<link rel="icon" href="/favicon.svg" type="image/svg+xml">'));
    expect(without).toEqual([]);
  });

  it('has robots.txt naming the sitemap index on the public origin', () => {
    expect(existsSync(join(SAMPLE_SITE, 'robots.txt'))).toBe(true);
    expect(readFileSync(join(SAMPLE_SITE, 'robots.txt'), 'utf8')).toContain('Sitemap: https://khenthuong.example.gov.vn/sitemap.xml');
  });
});
