/** The pages of issue 5 on the built sample: changes, public comment, report paragraph, and its manifest. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/build/url-manifest.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { SAMPLE_CONTENT, SAMPLE_SITE, htmlFiles, readPage } from '../helpers.ts';

const main = (path: string) => /<main[\s\S]*<\/main>/.exec(readPage(SAMPLE_SITE, path))![0];

describe('the changes page', () => {
  const html = main('thay-doi/');
  it('lists the sample correction, linking both decisions, with the status banner wording', () => {
    expect(html).toContain('<time datetime="2017-11-20">ngày 20 tháng 11 năm 2017</time> – Đính chính');
    expect(html).toContain('<a href="/quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016/">Quyết định số 1735/QĐ-UBND</a>');
    expect(html).toContain('<a href="/quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/">Quyết định số 36/QĐ-UBND</a>');
    expect(html).toContain('<span class="badge">Đã được đính chính</span>');
    expect(html).toContain('Quyết định này đã được đính chính ở dòng 4 (các dòng khác giữ nguyên như đã ký) bởi 1735/QĐ-UBND.');
    expect(html).toContain('<a href="/quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/#r4">dòng 4</a> (Nông Thiện Lan): họ tên “Nông Thiên Lan” → “Nông Thiện Lan”');
  });

  it('is answered on both decision pages', () => {
    expect(main('quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/')).toMatch(/Quyết định này đã được đính chính ở dòng 4 \(các dòng khác giữ nguyên như đã ký\) bởi\s*<a href="\/quyet-dinh\/2017\/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016\/">1735\/QĐ-UBND<\/a>/);
    const correction = main('quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016/');
    expect(correction).toMatch(/Quyết định này đính chính\s*<a href="\/quyet-dinh\/2017\/36-qd-ubnd-lao-dong-tien-tien-2016\/">36\/QĐ-UBND<\/a>/);
    expect(correction).toContain('Đính chính họ tên tại STT 4');
    expect(correction).toContain('Nông Thiện Lan');
  });

  it('marks only the corrected row of the original, with the corrected name and the old one beside it', () => {
    const html = main('quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/');
    const marked = [...html.matchAll(/<tr id="r(\d+)"(?:(?!<\/tr>)[\s\S])*?class="row-correction"/g)].map((m) => m[1]);
    expect(marked).toEqual(['4']);
    expect(html.match(/class="row-correction"/g)).toHaveLength(1);
    const row4 = /<tr id="r4"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(row4).toContain('Nông Thiện Lan');
    expect(row4).toMatch(/đã đính chính: họ tên trước ghi là “Nông Thiên Lan”, theo\s*<a href="\/quyet-dinh\/2017\/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016\/">Quyết định số 1735\/QĐ-UBND<\/a>/);
  });
});

describe('public comment pages', () => {
  const ID = '2017-huan-chuong-lao-dong-hang-ba-xa-yen-khoai';
  it('list the sample proposal as closed, with its closing date', () => {
    const html = main('lay-y-kien/');
    expect(html).toContain('<h2 id="da-het-han">Đã hết hạn góp ý (1)</h2>');
    expect(html).not.toContain('id="dang-lay-y-kien"');
    expect(html).toContain(`<a href="/lay-y-kien/${ID}/">`);
    expect(html).toContain('Hạn góp ý: ngày 18 tháng 9 năm 2017');
  });

  it('give the proposal, the period in working days and the office to write to', () => {
    const html = main(`lay-y-kien/${ID}/`);
    expect(html).toContain('Dữ liệu mẫu: đề nghị này là minh họa.');
    // Never given in the sample, the order has no page: named, not linked to a missing page.
    expect(html).toContain('<dd>Huân chương Lao động hạng Ba</dd>');
    expect(html).not.toContain('href="/hinh-thuc/huan-chuong-lao-dong-hang-ba/"');
    expect(html).toContain('từ ngày 4 tháng 9 năm 2017 đến hết ngày 18 tháng 9 năm 2017 (10 ngày làm việc)');
    expect(html).toContain('<a href="mailto:thiduakhenthuong@locbinh.example.gov.vn">thiduakhenthuong@locbinh.example.gov.vn</a>');
    expect(html).toContain('Chưa có quyết định khen thưởng.');
  });
});

describe('the report page', () => {
  it('writes the 2017 paragraph with linked figures and a copy box', () => {
    const html = main('bao-cao/2017/');
    expect(html).toContain('<h1>Báo cáo khen thưởng năm 2017</h1>');
    expect(html).toContain('Trong năm 2017, toàn huyện có <a href="/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/" title="Quyết định số 245/QĐ-TTg" data-figure="rows" data-where="award=co-thi-dua-cua-chinh-phu from=2017 kind=collective to=2017">1</a> tập thể được tặng Cờ thi đua của Chính phủ; <a href="#nguon-tap-the-lao-dong-xuat-sac"');
    expect(html).toContain('<li id="nguon-tap-the-lao-dong-xuat-sac">');
    expect(html).toMatch(/<textarea id="press-summary-text"[^>]*>Trong năm 2017, toàn huyện có 1 tập thể được tặng Cờ thi đua của Chính phủ; 9 tập thể lao động xuất sắc;/);
  });
});

describe('the sample manifest', () => {
  const listed = new Set(parseManifest(readFileSync(join(SAMPLE_CONTENT, 'urls.manifest.txt'), 'utf8')));
  const redirected = new Set(validateFolder(SAMPLE_CONTENT).content.redirects.map((r) => r.data.from));
  const built = htmlFiles(SAMPLE_SITE).map((f) => `/${relative(SAMPLE_SITE, f)}`.replace(/index\.html$/, '')).filter((p) => p !== '/404.html');

  it('lists every page of the sample (after adding pages, run npm run build && npm run urls:update)', () => {
    expect(built.filter((p) => !listed.has(p))).toEqual([]);
  });

  it('has a page or a redirect for every address it lists', () => {
    const pages = new Set(built);
    expect([...listed].filter((p) => !pages.has(p) && !redirected.has(p))).toEqual([]);
  });
});
