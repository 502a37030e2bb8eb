import { describe, expect, it } from 'vitest';
import { markVietnameseLinks } from '../../src/site/language-marks.ts';

const MARK = '<span class="lang-mark"><span aria-hidden="true">VI</span><span class="visually-hidden"> (in Vietnamese)</span></span>';

describe('links from an English page to Vietnamese pages', () => {
  it('are marked for machines (hreflang) and for readers (VI, read out as "in Vietnamese")', () => {
    expect(markVietnameseLinks('<a href="/quyet-dinh/2017/x/">1820/QĐ-UBND</a>', '/')).toBe(`<a href="/quyet-dinh/2017/x/" hreflang="vi">1820/QĐ-UBND ${MARK}</a>`);
    expect(markVietnameseLinks('<a class="x" href="/khen-thuong/nguoi-duoc-khen/a/#r4">A</a>', '/khen-thuong/')).toContain('hreflang="vi">A <span class="lang-mark">');
  });

  it('leave English pages, data files, feeds, fragments and links that name their language alone', () => {
    for (const html of [
      '<a href="/en/thong-ke/">Statistics</a>',
      '<a href="/en/">Home</a>',
      '<a href="/data/khen-thuong.csv">CSV</a>',
      '<a href="/feeds/quyet-dinh.xml">Feed</a>',
      '<a href="#main">Skip</a>',
      '<a href="/" hreflang="vi" lang="vi">Tiếng Việt</a>',
      '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>',
      '<a href="/quyet-dinh/">Quyết định</a>'.replace('/quyet-dinh/', '/other-base/quyet-dinh/'),
    ])
      expect(markVietnameseLinks(html, html.includes('other-base') ? '/khen-thuong/' : '/')).toBe(html);
  });
});
