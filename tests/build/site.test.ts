import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPortal } from '../../src/model/portal.ts';
import { yearFigures } from '../../src/model/stats.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { SAMPLE_CONTENT, SAMPLE_SITE, buildSite, copyContent, htmlFiles, readPage } from '../helpers.ts';

describe('the built sample portal', () => {
  const files = htmlFiles(SAMPLE_SITE);

  it('says how much it read and how many pages it wrote, and the numbers are right', () => {
    const output = process.env.SAMPLE_BUILD_OUTPUT ?? '';
    const match = /Đã đọc 16 quyết định, 703 lượt khen thưởng; đã ghi (\d+) trang/.exec(output);
    expect(match, output).not.toBeNull();
    expect(Number(match![1])).toBe(files.length);
    expect(output).toMatch(/Chỉ mục tìm kiếm: \d+ trang/);
    expect(existsSync(join(SAMPLE_SITE, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('marks every page with its language: Vietnamese, and English under /en/', () => {
    for (const file of files) expect(readFileSync(file, "utf8"), file).toMatch(file.includes("/en/") ? /<html lang="en"/ : /<html lang="vi"/);
  });

  it('publishes each decision with its number, Vietnamese date, authority and every recipient', () => {
    const html = readPage(SAMPLE_SITE, 'quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/');
    expect(html).toContain('Quyết định số 1820/QĐ-UBND');
    expect(html).toContain('ngày 28 tháng 9 năm 2017');
    expect(html).toContain('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(html).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(html).toMatch(/<tr id="r4">.*Hoàng Văn Kháy/s);
    expect(html).toContain('xã Như Khuê');
    expect(html).toContain('Dữ liệu mẫu');
  });

  it('lists all 703 recipient rows (702 awarded, and the row a correction restates) across the decision pages, each with its own anchor', () => {
    const rows = files
      .filter((f) => f.includes('/quyet-dinh/2017/') && !f.includes('/en/'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<tr id="r(\d+)"/g)].map((m) => `${f}#${m[1]}`));
    expect(new Set(rows).size).toBe(703);
  });

  it('gives honorees with a stable id a page listing every award', () => {
    const html = readPage(SAMPLE_SITE, 'nguoi-duoc-khen/hoang-van-khay-nhu-khue/');
    expect(html).toContain('Các lần được khen thưởng (2)');
    expect(html).toContain('612/QĐ-UBND');
    expect(html).toContain('1820/QĐ-UBND');
    expect(html).toContain('quyết định số 1820/QĐ-UBND của UBND tỉnh Lạng Sơn, ngày 28 tháng 9 năm 2017');
  });
});

describe('the sample reproduces the 2017 newspaper report', () => {
  const { content } = validateFolder(SAMPLE_CONTENT);
  const portal = buildPortal({ ...content, stories: [] });
  const figures = yearFigures(portal.decisions, 2017);
  const of = (award: string) => figures.byAward.find((f) => f.award === award)?.byKind;

  it('has the report figures for each award form', () => {
    expect(of('co-thi-dua-cua-chinh-phu')).toEqual({ collective: 1, individual: 0, household: 0 });
    expect(of('tap-the-lao-dong-xuat-sac')?.collective).toBe(9);
    expect(of('don-vi-quyet-thang')?.collective).toBe(3);
    expect(of('bang-khen-chu-tich-ubnd-tinh')).toEqual({ collective: 6, individual: 24, household: 0 });
    // District emulation titles: 47 collectives and 349 individuals.
    expect(of('tap-the-lao-dong-tien-tien')!.collective).toBe(47);
    expect(of('lao-dong-tien-tien')!.individual + of('chien-si-thi-dua-co-so')!.individual).toBe(349);
    expect(of('giay-khen-chu-tich-ubnd-huyen')).toEqual({ collective: 48, individual: 185, household: 30 });
  });

  it('about 90% of those honoured are farmers, direct workers and small collectives', () => {
    expect(Math.round((figures.grassroots / figures.total) * 100)).toBe(90);
  });

  it('all within the first ten months of 2017 (the later correction awards nothing)', () => {
    const dates = portal.decisions.filter((d) => !d.amending).map((d) => d.data.date);
    expect(dates.every((d) => d >= '2017-01-01' && d <= '2017-10-31')).toBe(true);
  });
});

describe('a mistake in a content file', () => {
  it('stops the build with a message naming the file, the field and the fix', () => {
    const dir = copyContent();
    const file = join(dir, 'decisions/2017/37-qd-ubnd-chien-si-thi-dua-co-so-2016.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('award: chien-si-thi-dua-co-so', 'award: chien-si-thi-dua-co-so\nsigned: yes'));
    const out = join(dir, '..', `${basename(dir)}-site`);
    const result = buildSite(dir, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Nội dung có lỗi, dừng build.');
    expect(result.output).toContain('Tìm thấy 1 lỗi trong 1 tệp.');
    expect(result.output).toMatch(/decisions\/2017\/37-qd-ubnd-chien-si-thi-dua-co-so-2016\.md › signed › trường "signed" không có trong mẫu › xóa trường này hoặc sửa lỗi chính tả; các trường được dùng: number, date, authority/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
