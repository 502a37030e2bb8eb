import { describe, expect, it } from 'vitest';
import { SAMPLE_SITE, readPage } from '../helpers.ts';

describe('breadcrumbs on the built deep pages', () => {
  it('print the trail above the heading and describe it as a BreadcrumbList', () => {
    const html = readPage(SAMPLE_SITE, 'quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/');
    expect(html).toContain(
      '<nav class="breadcrumb" aria-label="Đường dẫn"><ol><li><a href="/">Trang chủ</a></li><li><a href="/quyet-dinh/">Quyết định</a></li><li aria-current="page">Quyết định số 1820/QĐ-UBND</li></ol></nav>',
    );
    expect(html).toContain('"@type":"BreadcrumbList"');
    expect(html).toContain('"item":"https://khenthuong.example.gov.vn/quyet-dinh/"');
  });

  it('are on every kind of deep page', () => {
    for (const path of ['nguoi-duoc-khen/hoang-van-khay-nhu-khue/', 'dia-phuong/loc-binh/xa-yen-khoai/', 'hinh-thuc/lao-dong-tien-tien/', 'nam/2017/', 'guong-dien-hinh/xa-yen-khoai-diem-sang-phong-trao-thi-dua/', 'doi-tuong/ho-gia-dinh/', 'phong-trao/nong-thon-moi/'])
      expect(readPage(SAMPLE_SITE, path), path).toMatch(/<nav class="breadcrumb" aria-label="Đường dẫn"><ol><li><a href="\/">Trang chủ<\/a><\/li>/);
  });
});
