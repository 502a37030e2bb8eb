/**
 * In a real browser: a figure citation takes the reader's date of access, a printed page carries the
 * portal, its address and the print date, and the CSP lets the script that does it run.
 */
import { describe, expect, it } from 'vitest';
import { sampleInChromium } from './browser.ts';
import { accessedText } from '../../src/publish/figure-citation.ts';
import { todayIso } from '../../src/text/dates.ts';

describe('citations and printing in Chromium', () => {
  const sample = sampleInChromium();

  it('fills the reader’s date into each figure citation and dates the print', async () => {
    const page = await sample.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${sample.base}thong-ke/2017/`);
    const today = accessedText(todayIso(), 'vi');
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('textarea[data-cite-template]')?.value.includes('truy cập ngày') && !document.querySelector<HTMLTextAreaElement>('textarea[data-cite-template]')!.value.includes('…'));
    const values = await page.$$eval('textarea[data-cite-template]', (boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
    expect(values).toHaveLength(2);
    for (const v of values) expect(v).toContain(`truy cập ${today}.`);
    expect(await page.isVisible('.print-meta')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.isVisible('.print-meta')).toBe(true);
    expect(await page.textContent('.print-meta')).toMatch(new RegExp(`/thong-ke/2017/ · In ngày ${today}$`));
    expect(errors).toEqual([]);
    await page.close();
  });
});
