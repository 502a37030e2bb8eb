/**
 * In a real browser, on a phone: a row opened at its own address (`#r<row>`, what citations, search
 * results and honoree pages link to) shows right under it, without scrolling, the decision, the award of
 * its line and the reason; another row's address moves that line to the other row.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONTENT, portalOf } from '../helpers.ts';
import { sampleInChromium } from './browser.ts';

const portal = portalOf(SAMPLE_CONTENT);

describe('a row at its own address answers "for what?"', () => {
  const sample = sampleInChromium();

  it('shows the decision, the award and the reason under the row, in view on a 360 px phone', async () => {
    const decision = portal.decisions.find((d) => !d.amending && d.rows.length > 20)!;
    const row = decision.rows[14]!;
    const page = await sample.browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${sample.base}quyet-dinh/${decision.id}/#r${row.row}`);
    const context = page.locator(`tr#r${row.row} + tr.row-context`);
    await context.waitFor();
    const text = (await context.textContent()) ?? '';
    expect(text).toContain(decision.data.number);
    expect(text).toContain(row.award.name);
    expect(text).toContain(row.line.reason);
    const box = (await context.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await page.locator('tr.row-context').count()).toBe(1);

    const other = decision.rows[2]!;
    await page.evaluate((id) => (location.hash = id), `r${other.row}`);
    await page.locator(`tr#r${other.row} + tr.row-context`).waitFor();
    expect(await page.locator('tr.row-context').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
