/**
 * What a reader meets first, in Chromium: the header on a phone, the focus indicator on it, and the
 * links an English page builds in the browser (the name finder, the English search page), which must lead
 * to pages that exist and say when those pages are in Vietnamese.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleInChromium } from './browser.ts';

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the header and English pages in a real browser', () => {
  const sample = sampleInChromium();

  it('on a 360 × 740 phone, the header takes at most a quarter of the screen', async () => {
    for (const path of ['', 'en/', 'quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/']) {
      const page = await sample.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(sample.base + path);
      const height = await page.$eval('.site-header', (el) => el.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(740 / 4);
      // Every link of the menu is still there, reachable by scrolling the menu sideways.
      expect(await page.$$eval('.site-nav a', (els) => els.length)).toBe(8);
      await page.close();
    }
  });

  it('shows focus on the red header at 3:1 or more against the header, with the text readable', async () => {
    const page = await sample.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(sample.base);
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the site's name, in the header
    const colours = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const style = getComputedStyle(a);
      return { inHeader: !!a.closest('.site-header'), background: style.backgroundColor, text: style.color, header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor };
    });
    expect(colours.inHeader).toBe(true);
    expect(contrast(colours.background, colours.header)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  async function suggestions(page: Page, query: string): Promise<string[]> {
    await page.focus('#site-search');
    await page.keyboard.type(query);
    await page.waitForFunction(() => (document.querySelector('.search-box [role="status"]')?.textContent ?? '') !== '');
    return page.$$eval('#site-search-names [role="option"]', (els) => els.map((el) => new URL((el as HTMLElement).dataset.url ?? '', location.href).href));
  }

  it('on an English page, every name the name finder suggests leads to an English honoree or decision page that exists', async () => {
    const page = await sample.browser.newPage();
    await page.goto(`${sample.base}en/`);
    const urls = [...(await suggestions(page, 'hoang')), ...(await page.fill('#site-search', ''), await suggestions(page, 'nong thon'))];
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) {
      expect(url.startsWith(`${sample.base}en/`), url).toBe(true);
      const response = await page.request.get(url.split('#')[0]!);
      expect(response.status(), url).toBe(200);
    }
    await page.close();
  });

  it('the English header search leads to the English search page, in English, whose script-built links lead to English pages, or to Vietnamese ones marked VI, which exist', async () => {
    const page = await sample.browser.newPage();
    await page.goto(`${sample.base}en/`);
    await page.fill('#site-search', 'Hoàng Văn Kháy');
    await Promise.all([page.waitForURL(/\/en\/tim-kiem\/\?q=/), page.locator('.search-box button[type="submit"]').click()]);
    expect(new URL(page.url()).pathname).toBe('/en/tim-kiem/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.waitForFunction(() => /^Found: /.test(document.querySelector('[data-status]')?.textContent ?? '') && !document.querySelector('[data-results][aria-busy]'));
    expect(await page.textContent('[data-status]')).toMatch(/^Found: 1 person, \d+ awards?/);
    expect(await page.textContent('label[for="f-nam"]')).toBe('Year');
    const links = await page.$$eval('[data-results] a', (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, hreflang: a.getAttribute('hreflang'), mark: a.querySelector('.lang-mark')?.textContent ?? '' })),
    );
    expect(links.length).toBeGreaterThan(1);
    expect(links.some((link) => new URL(link.href).pathname.startsWith('/en/nguoi-duoc-khen/')), JSON.stringify(links)).toBe(true);
    for (const link of links) {
      const english = new URL(link.href).pathname.startsWith('/en/');
      expect(link.hreflang, link.href).toBe(english ? null : 'vi');
      expect(link.mark, link.href).toBe(english ? '' : 'VI (in Vietnamese)');
      const response = await page.request.get(link.href.split('#')[0]!);
      expect(response.status(), link.href).toBe(200);
    }
    await page.close();
  });

  it('on the English search page, a name not found offers Vietnamese pages marked VI, which exist', async () => {
    const page = await sample.browser.newPage();
    await page.goto(`${sample.base}en/tim-kiem/?q=${encodeURIComponent('Hoàng Văn Khai')}`);
    await page.waitForSelector('[data-missing-near]:not([hidden]) a');
    expect(await page.textContent('[data-status]')).toContain('No one named “Hoàng Văn Khai” found.');
    const links = await page.$$eval('[data-missing] a[href]', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, hreflang: a.getAttribute('hreflang') })));
    for (const link of links) {
      const response = await page.request.get(link.href.split('#')[0]!);
      expect(response.status(), link.href).toBe(200);
      expect(link.hreflang, link.href).toBe(new URL(link.href).pathname.startsWith('/en/') ? null : 'vi');
    }
    await page.close();
  });
});
