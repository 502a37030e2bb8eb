/**
 * Search in a real browser (Debian Chromium) over the built sample: Pagefind full-text search and the
 * Fuse.js name finder, with the queries Vietnamese users type (no tone marks, đ as d, y or i, any case,
 * any word order, typos), decision numbers, filters, URL state, the CSP, accessibility and the no-JS
 * lists; once at the site root and once under a sub-path.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CONTENT, SAMPLE_SITE, buildSite } from '../helpers.ts';
import { axeViolations, launchChromium, serveStatic } from './browser.ts';

const KHAY = 'nguoi-duoc-khen/hoang-van-khay-nhu-khue/';
const BACH = 'nguoi-duoc-khen/duong-van-bach-bang-khanh/';
const D1820 = 'quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/';
const D86 = 'quyet-dinh/2017/86-qd-ubnd-tap-the-lao-dong-xuat-sac-2016/';

interface Link {
  href: string;
  text: string;
}

/** A page that records every Content-Security-Policy violation it sees. */
async function newPage(browser: Browser, violations: string[], javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  return page;
}

/** Until the search is over: a name's rows may be listed first, and Pagefind's results follow (aria-busy until then). */
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /Tìm thấy|Không tìm thấy|Found|No one|Nothing found/.test(document.querySelector('[data-status]')?.textContent ?? '') && !document.querySelector('[data-results][aria-busy]'),
  );
}

/** A result line as a reader sees it: the name, its links, and the line under it. */
interface ShownLine {
  title: string;
  links: string[];
  meta: string;
}

async function wholeLines(page: Page): Promise<ShownLine[]> {
  return page.$$eval('[data-whole] li', (lis) =>
    lis.map((li) => ({
      title: li.querySelector('h3')?.textContent ?? '',
      links: [...li.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href),
      meta: li.querySelector('.search-results__meta')?.textContent ?? '',
    })),
  );
}

async function results(page: Page): Promise<Link[]> {
  return page.$$eval('[data-results] a', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
}

/** How many pages Pagefind found (ten at a time are listed, as result lines). */
async function resultCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-results]', 'data-pages'));
}

/** The numbers in the status line, in order. */
async function statusNumbers(page: Page): Promise<number[]> {
  return [...((await page.textContent('[data-status]')) ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** Words a page adds for search only (src/search/fold.ts), as they must never be seen: "Ly li", "qd dua". */
const FOLD_TOKENS = /\bLy li\b|\bqd dua\b|\bhdnd\b|\bÐức duc\b|\bdiem dua\b/;

/** `prepare` returns the built site's folder (building it if need be). */
function searchSuite(name: string, prepare: () => string, base: string): void {
  describe(`search in Chromium, site at ${name}`, () => {
    let browser: Browser;
    let server: Server;
    let root: string;
    const violations: string[] = [];

    let dir: string;

    beforeAll(async () => {
      dir = prepare();
      ({ url: root, server } = await serveStatic(dir, base));
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      server?.close();
      if (dir !== SAMPLE_SITE) rmSync(join(dir, '..'), { recursive: true, force: true });
    });

    async function search(query: string, params = ''): Promise<{ page: Page; links: Link[] }> {
      const page = await newPage(browser, violations);
      await page.goto(`${root}tim-kiem/?q=${encodeURIComponent(query)}${params}`);
      await waitForResults(page);
      return { page, links: await results(page) };
    }

    async function findNames(query: string, from = ''): Promise<{ page: Page; options: Link[] }> {
      const page = await newPage(browser, violations);
      await page.goto(root + from);
      await page.focus('#site-search');
      await page.keyboard.type(query);
      await page.waitForFunction(
        (q) => (document.querySelector<HTMLInputElement>('#site-search')?.value === q) && (document.querySelector('.search-box [role="status"]')?.textContent ?? '') !== '',
        query,
      );
      await page.waitForTimeout(50);
      const options = await page.$$eval('#site-search-names [role="option"]', (els) =>
        els.map((el) => ({ href: new URL((el as HTMLElement).dataset.url ?? '', location.href).href, text: el.firstChild?.textContent ?? '' })),
      );
      return { page, options };
    }

    it.each(['hoang van khay', 'Hoàng Văn Kháy', 'HOANG VAN KHAY'])('full text "%s" finds Hoàng Văn Kháy and links to his page and his row', async (q) => {
      const { page, links } = await search(q);
      expect(links.some((l) => l.href === `${root}${KHAY}` && l.text.includes('Hoàng Văn Kháy'))).toBe(true);
      expect(links.some((l) => l.href.startsWith(`${root}${D1820}#r`) && l.text.includes('1820/QĐ-UBND'))).toBe(true);
      await page.close();
    });

    it.each(['duong van bach', 'Dương Văn Bách', 'DUONG VAN BACH'])('full text "%s" finds Dương Văn Bách', async (q) => {
      const { page, links } = await search(q);
      expect(links[0]?.href).toBe(`${root}${BACH}`);
      await page.close();
    });

    it.each(['1820/QĐ-UBND', '1820', 'qd-ubnd 1820', '1820/qđ-ubnd'])('decision number "%s" finds the decision first', async (q) => {
      const { page, links } = await search(q);
      expect(links[0]?.href).toBe(`${root}${D1820}`);
      await page.close();
    });

    it('a decision number is not matched by the row numbers of longer lists', async () => {
      // Decisions 36/QĐ-UBND and 612/QĐ-UBND have a row 86; only 86/QĐ-UBND is decision 86.
      const { page, links } = await search('86');
      expect(links[0]?.href).toBe(`${root}${D86}`);
      expect(links.filter((l) => l.href.includes('/quyet-dinh/') && !l.href.startsWith(`${root}${D86}`))).toEqual([]);
      await page.close();
    });

    it.each([
      ['dinh quang thai', 'Đinh Quang Thái'],
      ['nong duc tho', 'Nông Ðức Thọ'],
      ['vi thien my', 'Vy Thiên Mỹ'],
      ['chu hoa li', 'Chu Hoa Lý'],
      ['dinh minh thuy', 'Đinh Minh Thúy'],
    ])('full text "%s" (đ as d, y or i) finds %s in its decision row', async (q, name) => {
      const { page, links } = await search(q);
      const hit = links.find((l) => l.text.includes(name));
      expect(hit?.href).toMatch(/\/quyet-dinh\/.+#r\d+$|\/nguoi-duoc-khen\//);
      await page.close();
    });

    it.each([
      ['hoang van khay', 'Hoàng Văn Kháy', KHAY],
      ['bach duong', 'Dương Văn Bách', BACH],
      ['duong van bach', 'Dương Văn Bách', BACH],
      ['DUONG VAN BACH', 'Dương Văn Bách', BACH],
      ['Dương Văn Bách', 'Dương Văn Bách', BACH],
      ['hoang van kay', 'Hoàng Văn Kháy', KHAY],
      ['hoang van kh', 'Hoàng Văn Kháy', KHAY],
    ])('name finder "%s" offers %s first', async (q, name, path) => {
      const { page, options } = await findNames(q);
      expect(options[0]).toEqual({ text: name, href: `${root}${path}` });
      await page.close();
    });

    it.each([
      ['dinh quang thai', 'Đinh Quang Thái'],
      ['nong duc tho', 'Nông Ðức Thọ'],
      ['vy thien mi', 'Vy Thiên Mỹ'],
      ['hoa ly chu', 'Chu Hoa Lý'],
      ['dinh minh thuy', 'Đinh Minh Thúy'],
    ])('name finder "%s" offers %s', async (q, name) => {
      const { page, options } = await findNames(q);
      expect(options.map((o) => o.text)).toContain(name);
      expect(options.find((o) => o.text === name)?.href).toMatch(/\/quyet-dinh\/.+#r\d+$|\/nguoi-duoc-khen\//);
      await page.close();
    });

    it('the name finder is a combobox: arrows choose, the count is announced, Enter opens the honoree', async () => {
      const { page } = await findNames('hoang van khay', D1820);
      expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('true');
      expect(await page.textContent('.search-box [role="status"]')).toMatch(/^\d+ tên phù hợp/);
      await page.keyboard.press('ArrowDown');
      expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe('site-search-names-0');
      expect(await page.getAttribute('#site-search-names-0', 'aria-selected')).toBe('true');
      await Promise.all([page.waitForURL(`${root}${KHAY}`), page.keyboard.press('Enter')]);
      await page.close();
    });

    it('content pages load no search code until the search box is used', async () => {
      const page = await newPage(browser, violations);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(root + D1820);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((u) => /name-finder|pagefind|ten-json|fuse/.test(u))).toEqual([]);
      await page.focus('#site-search');
      await page.waitForResponse((r) => /name-finder/.test(r.url()));
      await page.close();
    });

    it('shows ten results at a time, and "more" adds the next ones', async () => {
      const { page } = await search('quyet dinh');
      const total = await resultCount(page);
      expect(total).toBeGreaterThan(10);
      // A decision's result may list several of its rows: count the pages the items come from.
      const pagesShown = () =>
        page.$$eval('[data-results] li', (lis) => {
          const pages = lis.map((li) => [...li.querySelectorAll('a')].map((a) => new URL(a.href)).find((u) => /\/(quyet-dinh|guong-dien-hinh)\//.test(u.pathname))?.pathname);
          return new Set(pages).size;
        });
      expect(await pagesShown()).toBe(10);
      const before = await page.$$eval('[data-results] li', (l) => l.length);
      await page.click('button[data-more]');
      // Results are drawn as their fragments arrive; the list is aria-busy until the batch is complete.
      await page.waitForFunction((n) => document.querySelectorAll('[data-results]:not([aria-busy]) li').length > n, before);
      expect(await pagesShown()).toBe(Math.min(total, 20));
      expect(await page.isHidden('button[data-more]')).toBe(total <= 20);
      await page.close();
    });

    it('filters by year and award narrow the results, and the URL keeps the state', async () => {
      const { page } = await search('hoang');
      const all = await resultCount(page);
      // Filters fold away until asked for.
      expect(await page.isVisible('#f-nam')).toBe(false);
      await page.click('.search-form__filters > summary');
      // Every sample decision is of 2017; the sample story is not.
      await page.selectOption('#f-nam', '2017');
      await page.waitForURL(/nam=2017/);
      await waitForResults(page);
      const in2017 = await resultCount(page);
      expect(in2017).toBeGreaterThan(0);
      expect(in2017).toBeLessThanOrEqual(all);
      expect(await page.$$eval('.search-results__meta', (ps) => ps.every((p) => p.textContent?.includes('2017')))).toBe(true);
      await page.selectOption('#f-hinh-thuc', 'lao-dong-tien-tien');
      await page.waitForURL(/hinh-thuc=lao-dong-tien-tien/);
      await waitForResults(page);
      const narrowed = await resultCount(page);
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(in2017);
      expect(await page.$$eval('.search-results__meta', (ps) => ps.every((p) => p.textContent?.includes('Lao động tiên tiến')))).toBe(true);
      // Back restores the previous search, form and results.
      await page.goBack();
      await page.waitForURL((u) => !u.search.includes('hinh-thuc'));
      await waitForResults(page);
      expect(await page.inputValue('#f-hinh-thuc')).toBe('');
      expect(await resultCount(page)).toBe(in2017);
      await page.close();
    });

    it('a name not in the data says so, repeats it, and offers the name index, near spellings and whom to ask', async () => {
      const { page } = await search('Trần Thị Bưởi');
      expect(await page.textContent('[data-status]')).toContain('Không tìm thấy ai tên “Trần Thị Bưởi”');
      expect(await page.textContent('[data-missing-name]')).toContain('“Trần Thị Bưởi”');
      expect(await page.getAttribute('[data-missing-index]', 'href')).toBe(`${base}tim-kiem/ten/b/`);
      expect(await page.isVisible(`[data-missing] a[href="${base}gioi-thieu/"]`)).toBe(true);
      // "Thị" matches "thị trấn": such rows are partial matches, under their own heading, never as found.
      expect(await page.$$eval('[data-whole] li', (l) => l.length)).toBe(0);
      const partial = await page.$$eval('[data-partial] li', (l) => l.length);
      if (partial) expect(await page.isVisible('[data-partial-heading]')).toBe(true);
      await page.close();
    });

    it('"Tải kết quả (CSV)" downloads exactly the lines listed, in their order', async () => {
      const { page } = await search('nong duc manh');
      const shown = await page.$$eval('[data-results] li', (lis) =>
        lis.map((li) => ({
          name: li.querySelector('h3')?.textContent ?? '',
          whole: li.closest('[data-whole]') !== null,
          links: [...li.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href),
        })),
      );
      expect(shown.length).toBeGreaterThan(1);
      expect(await page.textContent('button[data-download]')).toBe('Tải kết quả (CSV)');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-download]')]);
      expect(download.suggestedFilename()).toBe('tim-kiem-nong-duc-manh.csv');
      const text = readFileSync((await download.path())!, 'utf8');
      const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      // A row line links its name (to the honoree page, or to the row itself) and then its row; a page line only itself.
      const fromCsv = records.map((r) => ({
        name: r.recipientName || r.title,
        whole: r.match === 'whole',
        links: r.recipientName ? [r.honoreeUrl || r.url, r.url] : [r.url],
      }));
      expect(fromCsv).toEqual(shown);
      expect(records[0]).toMatchObject({ recipientName: 'Nông Ðức Mạnh', match: 'whole' });
      expect(records.every((r) => r.recipientName === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.date ?? ''))).toBe(true);
      expect(text).not.toMatch(FOLD_TOKENS);
      await page.close();
    });

    it('a misspelt name offers the near spellings the name finder knows', async () => {
      const { page } = await search('Hoàng Văn Khai');
      await page.waitForSelector('[data-missing-near]:not([hidden]) a');
      const near = await page.$$eval('[data-missing-near] a', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent })));
      expect(near).toContainEqual({ href: `${root}${KHAY}`, text: 'Hoàng Văn Kháy' });
      await page.close();
    });

    it.each(['nong duc manh', 'Nông Đức Mạnh', 'NONG DUC MANH'])('the whole name "%s" comes first, partial matches after their heading', async (q) => {
      const { page, links } = await search(q);
      expect(links[0]?.text).toBe('Nông Ðức Mạnh');
      const whole = await page.$$eval('[data-whole] h3', (hs) => hs.map((h) => h.textContent));
      expect(whole.length).toBeGreaterThan(0);
      expect(whole.every((t) => t === 'Nông Ðức Mạnh')).toBe(true);
      expect(await page.$$eval('[data-partial] h3', (hs) => hs.map((h) => h.textContent))).not.toContain('Nông Ðức Mạnh');
      await page.close();
    });

    it('a line for a person names the award, the decision with its date, the unit and the place', async () => {
      const { page } = await search('Hoàng Văn Kháy');
      const lines = await page.$$eval('[data-whole] li', (lis) => lis.map((li) => li.textContent ?? ''));
      const first = lines.find((l) => l.includes('1820/QĐ-UBND'));
      expect(first).toContain('Hoàng Văn Kháy');
      expect(first).toMatch(/Quyết định số 1820\/QĐ-UBND ngày 28\/09\/2017/);
      expect(first).toContain('Bằng khen');
      expect(first).toMatch(/thôn Nà Vàng/i);
      expect(first).toContain('xã Như Khuê');
      await page.close();
    });

    it.each(['hoang van khay', 'Trần Thị Bưởi', 'hoang', 'quyet dinh'])('the count for "%s" is the count of what is listed', async (q) => {
      const { page } = await search(q);
      const whole = await page.$$eval('[data-whole] li', (lis) => lis.map((li) => li.querySelectorAll('a').length > 1));
      const partial = await page.$$eval('[data-partial] li', (l) => l.length);
      const status = (await page.textContent('[data-status]')) ?? '';
      const awards = whole.filter(Boolean).length;
      const pages = whole.length - awards;
      const expected = [...(awards ? [/* people */ -1, awards] : []), ...(pages ? [pages] : []), ...(partial ? [partial] : [])];
      const numbers = await statusNumbers(page);
      expect(numbers.length, status).toBe(expected.length);
      expected.forEach((n, i) => n >= 0 && expect(numbers[i], status).toBe(n));
      if (awards) expect(status).toMatch(/\d+ người, \d+ lượt khen thưởng/);
      expect(status).not.toMatch(/\d+ kết quả\.$/);
      await page.close();
    });

    it.each(['Hoàng Lưu Ly', 'quyết định đưa', 'hđnd', 'Nông Đức', 'điểm sáng'])('no folded word shows in the results for "%s"', async (q) => {
      const { page } = await search(q);
      const text = await page.$eval('[data-results]', (el) => (el as HTMLElement).innerText);
      expect(text).not.toMatch(FOLD_TOKENS);
      await page.close();
    });

    /** The lines a name gets from its name-row bucket alone: Pagefind's files are refused, so nothing else can list them. */
    async function fromBucketOnly(query: string): Promise<ShownLine[]> {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pagefind: string[] = [];
      await page.route(/\/pagefind\//, (route) => {
        pagefind.push(route.request().url());
        return route.abort();
      });
      await page.goto(`${root}tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /Tìm thấy/.test(document.querySelector('[data-status]')?.textContent ?? ''));
      const lines = await wholeLines(page);
      // The answer came without Pagefind, and before the page even asked for it.
      expect(await page.textContent('[data-status]')).toMatch(new RegExp(`^Tìm thấy \\d+ người, ${lines.length} lượt khen thưởng\\.$`));
      await context.close();
      return lines;
    }

    it.each([
      ['Hoàng Văn Kháy', ['hoang van khay', 'HOÀNG VĂN KHÁY']],
      ['Nông Ðức Mạnh', ['Nông Đức Mạnh', 'nong duc manh']],
      ['Lăng Thái Hòa', ['Lăng Thái Hoà', 'lang thai hoa']],
    ])('"%s" is answered from its name rows before Pagefind, typed with or without tone marks, Đ or D, Hoà or Hòa', async (name, others) => {
      const lines = await fromBucketOnly(name);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l.title === name)).toBe(true);
      for (const typed of others) expect(await fromBucketOnly(typed)).toEqual(lines);
    });

    /** The lines Pagefind's results make for a query, the name-row buckets refused. */
    async function fromPagefindOnly(query: string): Promise<ShownLine[]> {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(/\/tim-kiem\/dong-json\//, (route) => route.abort());
      await page.goto(`${root}tim-kiem/?q=${encodeURIComponent(query)}`);
      await waitForResults(page);
      const lines = await wholeLines(page);
      await context.close();
      return lines;
    }

    it.each(['Hoàng Văn Kháy', 'nong duc manh', 'Dương Văn Bách'])('the rows answered first for "%s" are the lines Pagefind lists, each once', async (q) => {
      const early = await fromBucketOnly(q);
      // Word for word and link for link, the line Pagefind's hit on the same row makes.
      const pagefind = await fromPagefindOnly(q);
      for (const line of early) expect(pagefind).toContainEqual(line);
      const { page } = await search(q);
      const all = await wholeLines(page);
      // The early lines first, then Pagefind's, and no row twice when Pagefind's results arrive.
      expect(all.slice(0, early.length)).toEqual(early);
      const rows = all.map((l) => l.links.find((href) => /#r\d+$/.test(href))).filter(Boolean);
      expect(new Set(rows).size).toBe(rows.length);
      expect(rows.length).toBe(all.filter((l) => l.links.length > 1).length);
      // The count is the count of what is listed.
      expect((await statusNumbers(page))[1]).toBe(rows.length);
      await page.close();
    });

    it('copying a name from a decision table copies the name only', async () => {
      const page = await newPage(browser, violations);
      await page.goto(root + D1820);
      const copied = await page.evaluate(() => {
        const th = [...document.querySelectorAll('th[scope="row"]')].find((el) => el.textContent?.includes('Hoàng Lưu Ly'))!;
        const range = document.createRange();
        range.selectNodeContents(th);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      });
      expect(copied.trim()).toBe('Hoàng Lưu Ly');
      expect(await page.$eval('main', (m) => (m as HTMLElement).innerText)).not.toMatch(FOLD_TOKENS);
      await page.close();
    });

    it('on a 360 px phone the first result is on screen without scrolling', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`${root}tim-kiem/?q=${encodeURIComponent('Hoàng Văn Kháy')}`);
      await waitForResults(page);
      const box = await page.$eval('[data-results] li', (li) => li.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top + 40).toBeLessThanOrEqual(640);
      await context.close();
    });

    it('a shared URL shows its search straight away', async () => {
      const page = await newPage(browser, violations);
      await page.goto(`${root}tim-kiem/?q=duong+van+bach&nam=2017&sap-xep=moi-nhat`);
      await waitForResults(page);
      expect(await page.inputValue('#q')).toBe('duong van bach');
      expect(await page.inputValue('#f-nam')).toBe('2017');
      expect(await page.inputValue('#f-sap-xep')).toBe('moi-nhat');
      expect((await results(page)).some((l) => l.href === `${root}${BACH}`)).toBe(true);
      await page.close();
    });

    it('the search page with results has no accessibility violations', async () => {
      const { page } = await search('hoang van khay');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('without JavaScript, the search page links to names by initial, and the lists link to people', async () => {
      const page = await newPage(browser, violations, false);
      await page.goto(`${root}tim-kiem/`);
      expect(await page.isVisible('a[href$="tim-kiem/ten/k/"]')).toBe(true);
      expect(await page.content()).toContain('<noscript>');
      await page.click('a[href$="tim-kiem/ten/k/"]');
      const link = page.locator('main li a', { hasText: 'Hoàng Văn Kháy' });
      expect(await link.getAttribute('href')).toBe(`${base}${KHAY}`);
      // By the given name, folded: Ðạt (with an eth) under D, Thọ under T.
      await page.goto(`${root}tim-kiem/ten/d/`);
      expect(await page.locator('main li a', { hasText: 'Hoàng Quảng Ðạt' }).count()).toBe(1);
      await page.goto(`${root}tim-kiem/ten/t/`);
      expect(await page.locator('main li a', { hasText: 'Nông Ðức Thọ' }).count()).toBe(1);
      await page.close();
    });

    it('nothing broke the Content-Security-Policy', () => {
      expect(violations).toEqual([]);
    });
  });
}

searchSuite('/', () => SAMPLE_SITE, '/');

/** The sample built under /khen-thuong/, with its own content cache: other builds may run meanwhile. */
function buildUnderSubPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-subpath-'));
  const result = buildSite(SAMPLE_CONTENT, join(dir, 'site'), {
    PORTAL_BASE: '/khen-thuong/',
    PORTAL_CACHE_DIR: join(dir, 'cache'),
  });
  if (result.status !== 0) throw new Error(result.output);
  return join(dir, 'site');
}
searchSuite('/khen-thuong/', buildUnderSubPath, '/khen-thuong/');
