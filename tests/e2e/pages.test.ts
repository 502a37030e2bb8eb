import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_SITE, multiYearSite } from '../helpers.ts';
import { axeViolations, launchChromium, serveStatic } from './browser.ts';

/** One page of each type; screenshots land in tests/artifacts/screenshots (kept by CI). */
const PAGES = {
  home: '',
  decisions: 'quyet-dinh/',
  decision: 'quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/',
  honoree: 'nguoi-duoc-khen/hoang-van-khay-nhu-khue/',
  awards: 'hinh-thuc/',
  award: 'hinh-thuc/giay-khen-chu-tich-ubnd-huyen/',
  places: 'dia-phuong/',
  place: 'dia-phuong/loc-binh/xa-yen-khoai/',
  years: 'nam/',
  year: 'nam/2017/',
  movements: 'phong-trao/',
  movement: 'phong-trao/nong-thon-moi/',
  kind: 'doi-tuong/ho-gia-dinh/',
  stories: 'guong-dien-hinh/',
  story: 'guong-dien-hinh/xa-yen-khoai-diem-sang-phong-trao-thi-dua/',
  statistics: 'thong-ke/',
  statisticsYear: 'thong-ke/2017/',
  openData: 'du-lieu-mo/',
  changes: 'thay-doi/',
  consultations: 'lay-y-kien/',
  consultation: 'lay-y-kien/2017-huan-chuong-lao-dong-hang-ba-xa-yen-khoai/',
  report: 'bao-cao/2017/',
  about: 'gioi-thieu/',
  englishHome: 'en/',
  englishStatistics: 'en/thong-ke/2017/',
  englishOpenData: 'en/du-lieu-mo/',
  notFound: 'khong-co-trang-nay/',
};
/** Pages that need several years of decisions, from the multi-year copy of the sample (tests/helpers.ts). */
const MULTI_YEAR_PAGES = {
  statisticsPicker: 'thong-ke/',
  statisticsPeriod: 'thong-ke/2015-2018/',
  englishStatisticsPeriod: 'en/thong-ke/2015-2018/',
  reports: 'bao-cao/',
  reportPeriod: 'bao-cao/2016-2017/',
};
const SHOTS = join(ROOT, 'tests/artifacts/screenshots');

describe('pages in a real browser (Debian Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let multiYearServer: Server;
  let base: string;
  let multiYearBase: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ url: base, server } = await serveStatic(SAMPLE_SITE));
    ({ url: multiYearBase, server: multiYearServer } = await serveStatic(multiYearSite()));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    multiYearServer?.close();
  });

  const cases = [
    ...Object.entries(PAGES).map(([name, path]) => ({ name, path, site: () => base })),
    ...Object.entries(MULTI_YEAR_PAGES).map(([name, path]) => ({ name, path, site: () => multiYearBase })),
  ];
  for (const { name, path, site } of cases) {
    it(`${name}: no accessibility violations, readable at 360 px and 1280 px`, async () => {
      for (const width of [360, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const response = await page.goto(site() + path);
        expect(response?.status()).toBe(name === 'notFound' ? 404 : 200);
        expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('en/') ? 'en' : 'vi');
        // Nothing may force sideways scrolling of the page on a phone (wide tables scroll inside their box).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: width === 360 });
        if (width === 1280) expect(await axeViolations(page)).toEqual([]);
        await page.close();
      }
    });
  }

  it('the skip link moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(base + PAGES.decision);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
