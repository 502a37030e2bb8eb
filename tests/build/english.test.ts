/**
 * The English decision and honoree pages of the built sample (ADR 0015): one for every record, in English,
 * with the list as signed, linking back to the Vietnamese text with the VI mark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, type UiKey } from '../../src/i18n/ui.ts';
import { SAMPLE_SITE, readPage } from '../helpers.ts';
import { portal } from '../page-models/sample.ts';

const html = (path: string) => readPage(SAMPLE_SITE, path);
const english = [...portal.decisions.map((d) => `en/quyet-dinh/${d.id}/`), ...portal.honorees.map((h) => `en/nguoi-duoc-khen/${h.slug}/`)];

/**
 * What an English reader reads in English: the page without the decision's own Vietnamese words (marked
 * `lang="vi"`, the list's rows), the citation boxes (which give the Vietnamese citation beside the English
 * one on purpose) and scripts.
 */
function interfaceText(page: string): string {
  return page
    .replace(/<(script|style|textarea|tbody)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(span|dd|p|a)\b[^>]*\slang="vi"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The labels decision and honoree pages print, in Vietnamese: none may be left on an English page. */
const LABELS: UiKey[] = [
  'decision.number', 'decision.date', 'decision.authority', 'decision.signer', 'decision.award', 'decision.reason', 'decision.period',
  'decision.movement', 'decision.occasion', 'decision.recipients', 'decision.correctedRowsBy', 'decision.correctedBy', 'decision.fullText',
  'table.no', 'table.name', 'table.role', 'table.unit', 'table.place', 'honoree.awards', 'honoree.own', 'cite.summary', 'cite.text',
  'nav.home', 'nav.decisions', 'nav.search', 'story.related', 'lang.pageInVietnamese',
];
const vietnameseLabels = LABELS.map((key) => t('vi', key).split('{')[0]!.replace(/[\s(:]+$/, '')).filter((label) => label.length >= 3);

describe('English decision and honoree pages', () => {
  it('exist for every decision and every honoree, in English', () => {
    expect(english.length).toBe(portal.decisions.length + portal.honorees.length);
    const missing = english.filter((path) => !existsSync(join(SAMPLE_SITE, path, 'index.html')));
    expect(missing).toEqual([]);
    const notEnglish = english.filter((path) => !/<html lang="en"/.test(html(path)));
    expect(notEnglish).toEqual([]);
  });

  it('leave no Vietnamese interface label; names, units and the decision’s own wording excepted', () => {
    expect(vietnameseLabels).toContain('Cơ quan ban hành');
    const left = english.flatMap((path) => {
      const text = interfaceText(html(path));
      return vietnameseLabels.filter((label) => text.includes(label)).map((label) => `${path}: ${label}`);
    });
    expect(left).toEqual([]);
  });

  it('give a decision’s facts, award lines and recipients in English, every row at its anchor', () => {
    const page = html('en/quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/');
    const text = interfaceText(page);
    expect(text).toContain('Issued by People\'s Committee of Lộc Bình District'.replace("'", '&#39;'));
    expect(text).toContain('Advanced Worker (230)');
    expect(text).toContain('This decision was corrected in row 4 (the other rows stand as signed) by');
    const rows = [...page.matchAll(/<tr id="r(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
  });

  it('link to the Vietnamese text with the VI mark, and switch language to the counterpart', () => {
    const page = html('en/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/');
    expect(page).toMatch(/<a href="\/quyet-dinh\/2017\/245-qd-ttg-co-thi-dua-chinh-phu\/" hreflang="vi">The full text of the decision <span class="lang-mark">/);
    expect(page).toContain('<link rel="alternate" hreflang="vi" href="https://khenthuong.example.gov.vn/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/"');
    expect(page).not.toContain('data-pagefind-body');
    const honoree = html('en/nguoi-duoc-khen/nhan-dan-va-can-bo-xa-yen-khoai/');
    expect(honoree).toContain('href="/nguoi-duoc-khen/nhan-dan-va-can-bo-xa-yen-khoai/" hreflang="vi" lang="vi"');
  });

  it('cite each award on an honoree page, in English first', () => {
    const twice = portal.honorees.find((h) => h.awards.length > 1)!;
    const page = html(`en/nguoi-duoc-khen/${twice.slug}/`);
    const boxes = [...page.matchAll(/<details class="cite-this"[\s\S]*?<\/details>/g)].map((m) => m[0]);
    expect(boxes.length).toBe(twice.awards.length);
    twice.awards.forEach((a, i) => {
      expect(boxes[i]).toContain(`/en/quyet-dinh/${a.decision.id}/#r${a.row}`);
      expect(boxes[i]!.indexOf('Citation in English')).toBeLessThan(boxes[i]!.indexOf('Citation in Vietnamese'));
    });
  });

  it('are left out of the search index, which holds the Vietnamese records once', () => {
    const indexed = readFileSync(join(SAMPLE_SITE, 'pagefind/pagefind-entry.json'), 'utf8');
    expect(JSON.parse(indexed).languages).not.toHaveProperty('en');
  });
});
