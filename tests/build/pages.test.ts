import { describe, expect, it } from 'vitest';
import { SAMPLE_SITE, readPage } from '../helpers.ts';

const page = (path: string) => readPage(SAMPLE_SITE, path);
/** Text of the page without tags, spaces folded: what a reader sees. */
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.:;])/g, '$1');
/** Page text with the quotes the citation boxes escape put back. */
const readable = (html: string) => text(html).replaceAll('&quot;', '"').replaceAll('&#39;', "'");

describe('every page has what sharing and search engines need', () => {
  it('title, description, canonical URL and Open Graph', () => {
    const html = page('quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/');
    expect(html).toMatch(/<title>Quyết định 1820\/QĐ-UBND – Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh – Cổng thông tin thi đua – khen thưởng<\/title>/);
    expect(html).toMatch(/<meta name="description" content="Ủy ban nhân dân tỉnh Lạng Sơn: Đã có thành tích/);
    expect(html).toContain('<link rel="canonical" href="https://khenthuong.example.gov.vn/quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/"');
    expect(html).toContain('<meta property="og:type" content="article"');
  });

  it('a decision as a schema.org Legislation by its authority', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page('quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/'))![1]!;
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '245/QĐ-TTg',
      legislationDate: '2017-02-20',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Thủ tướng Chính phủ' },
    });
  });

  it('an honoree as a Person or Organization with their awards', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page('nguoi-duoc-khen/hoang-van-khay-nhu-khue/'))![1]!;
    const data = JSON.parse(json) as { '@type': string; award: string[] };
    expect(data['@type']).toBe('Person');
    expect(data.award).toHaveLength(2);
  });
});

describe('browse pages', () => {
  it('award forms in order of precedence, with counts', () => {
    const t = text(page('hinh-thuc/'));
    expect(t.indexOf('Huân chương Sao vàng')).toBeLessThan(t.indexOf('Cờ thi đua của Chính phủ'));
    expect(t.indexOf('Cờ thi đua của Chính phủ')).toBeLessThan(t.indexOf('Giấy khen của Chủ tịch Ủy ban nhân dân huyện'));
    expect(text(page('hinh-thuc/giay-khen-chu-tich-ubnd-huyen/'))).toMatch(/Các quyết định \( ?3 ?\)/);
  });

  it('a place shows its merger history both ways', () => {
    const old = text(page('dia-phuong/loc-binh/xa-yen-khoai/'));
    expect(old).toContain('Tồn tại đến ngày 30 tháng 6 năm 2025');
    expect(old).toContain('Sáp nhập vào xã Mẫu Sơn từ ngày 1 tháng 7 năm 2025');
    const merged = text(page('dia-phuong/lang-son/xa-mau-son/'));
    expect(merged).toContain('Thành lập từ ngày 1 tháng 7 năm 2025 Hình thành từ: xã Mẫu Sơn, xã Tú Mịch, xã Yên Khoái');
    expect(text(page('dia-phuong/loc-binh/xa-nhu-khue/'))).toContain('Không còn tồn tại; chưa xác định được đơn vị kế thừa.');
  });

  it('by kind: decisions that honour households', () => {
    const t = text(page('doi-tuong/ho-gia-dinh/'));
    expect(t).toContain('30 lượt khen thưởng trong 2 quyết định.');
    expect(t).toContain('612/QĐ-UBND');
    expect(t).toContain('1021/QĐ-UBND');
  });

  it('by year and by movement', () => {
    expect(text(page('nam/'))).toMatch(/2017: \d{3} lượt khen thưởng trong \d+ quyết định/);
    expect(text(page('phong-trao/nong-thon-moi/'))).toContain('Lộc Bình cùng cả nước chung sức xây dựng nông thôn mới');
  });
});

describe('statistics', () => {
  const html = page('thong-ke/2017/');
  it('draws charts as SVG at build time, with the numbers in tables', () => {
    expect(html).toMatch(/<svg[^>]+role="img"[^>]+aria-label="Theo hình thức khen thưởng"/);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)[^>]*>[^<]*chart/i);
  });
  it('gives the report figures for 2017 by award and kind, with the CSV beside them', () => {
    const row = (award: string) => {
      const match = new RegExp(`${award}</a></th>((?:<td class="num"[^>]*>[^<]*</td>){4})`).exec(html);
      return [...(match?.[1] ?? '').matchAll(/<td class="num"[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    };
    // Columns: individual, collective, household, total.
    expect(row('Cờ thi đua của Chính phủ')).toEqual(['0', '1', '0', '1']);
    expect(row('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')).toEqual(['24', '6', '0', '30']);
    expect(row('Giấy khen của Chủ tịch Ủy ban nhân dân huyện')).toEqual(['185', '48', '30', '263']);
    expect(html).toContain('href="/data/thong-ke/2017.csv"');
    expect(text(html)).toMatch(/Tỷ lệ nông dân, lao động trực tiếp và tập thể nhỏ: 89,7/);
  });
});

describe('stories', () => {
  it('have optimised responsive images with a description, linked both ways with honorees and decisions', () => {
    const html = page('guong-dien-hinh/xa-yen-khoai-diem-sang-phong-trao-thi-dua/');
    expect(html).toMatch(/<img[^>]+srcset="[^"]+\.webp 360w/);
    expect(html).toMatch(/alt="Hình vẽ minh họa/);
    expect(html).toContain('href="/nguoi-duoc-khen/nhan-dan-va-can-bo-xa-yen-khoai/"');
    expect(html).toContain('href="/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/"');
    expect(page('nguoi-duoc-khen/nhan-dan-va-can-bo-xa-yen-khoai/')).toContain('href="/guong-dien-hinh/xa-yen-khoai-diem-sang-phong-trao-thi-dua/"');
    expect(page('quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/')).toContain('href="/guong-dien-hinh/xa-yen-khoai-diem-sang-phong-trao-thi-dua/"');
  });
  it('can be cited, in Vietnamese and in English, with their permanent address', () => {
    const html = readable(page('guong-dien-hinh/xa-yen-khoai-diem-sang-phong-trao-thi-dua/'));
    const url = 'https://khenthuong.example.gov.vn/guong-dien-hinh/xa-yen-khoai-diem-sang-phong-trao-thi-dua/';
    expect(html).toContain(`Ban biên tập (tóm lược từ Báo Lạng Sơn) (2019), Xã Yên Khoái – điểm sáng của các phong trào thi đua ở Lộc Bình, Cổng thông tin thi đua – khen thưởng, ${url}, truy cập ngày`);
    expect(html).toContain(`Ban biên tập (tóm lược từ Báo Lạng Sơn) (2019). Xã Yên Khoái – điểm sáng của các phong trào thi đua ở Lộc Bình. Emulation and Commendation Portal. Retrieved `);
    expect(html).toContain('"type": "webpage"');
  });
});

describe('"cite this" on decisions and honorees', () => {
  it('gives the English citation text beside the Vietnamese one', () => {
    const html = readable(page('quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/'));
    expect(html).toContain('UBND tỉnh Lạng Sơn (2017), Quyết định số 1820/QĐ-UBND ngày 28 tháng 9 năm 2017 về việc tặng');
    expect(html).toMatch(/People's Committee of Lạng Sơn Province \(2017\)\. Decision 1820\/QĐ-UBND of 28 September 2017 awarding Certificate of Merit of the Chairman of the Provincial People's Committee\. Retrieved \d{1,2} \w+ \d{4}, from https:\/\/khenthuong\.example\.gov\.vn\/quyet-dinh\/2017\/1820-qd-ubnd-bang-khen-nong-thon-moi\//);
    expect(readable(page('nguoi-duoc-khen/hoang-van-khay-nhu-khue/'))).toMatch(/row \(STT\) 4: Hoàng Văn Kháy\. Retrieved .*#r4/);
  });
});

describe('the English interface', () => {
  it('translates the interface and links to the English decision pages and to the Vietnamese-only records', () => {
    const html = page('en/');
    expect(html).toMatch(/<html lang="en"/);
    expect(text(html)).toContain('Latest decisions');
    expect(html).toContain('href="/en/quyet-dinh/2017/');
    expect(html).toContain('hreflang="vi"');
    expect(text(page('en/thong-ke/2017/'))).toContain('Recipients in 2017 by award form and kind');
  });
  it('prints dates the Vietnamese way in Vietnamese and the English way in English', () => {
    expect(text(page(''))).toContain('ngày 28 tháng 9 năm 2017');
    expect(text(page('en/'))).toContain('28 September 2017');
  });
  it("gives the header's name finder the site's base, from which it builds addresses in the page's language", () => {
    // The name finder builds honoree and row addresses from data-base and <html lang> (src/scripts/page-lang.ts).
    expect(page('en/')).toMatch(/<input id="site-search"[^>]*data-base="\/"/);
  });
});

describe('feeds for stories and for each place', () => {
  it('are well-formed Atom listing what they follow', async () => {
    const { XMLValidator } = await import('fast-xml-parser');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const stories = readFileSync(join(SAMPLE_SITE, 'feeds/guong-dien-hinh.xml'), 'utf8');
    const place = readFileSync(join(SAMPLE_SITE, 'feeds/dia-phuong/loc-binh/xa-yen-khoai.xml'), 'utf8');
    expect(XMLValidator.validate(stories)).toBe(true);
    expect(XMLValidator.validate(place)).toBe(true);
    expect(stories).toContain('<title>Xã Yên Khoái – điểm sáng của các phong trào thi đua ở Lộc Bình</title>');
    expect(place).toContain('Quyết định khen thưởng ở xã Yên Khoái');
    expect(place).toContain('Quyết định số 245/QĐ-TTg về việc tặng Cờ thi đua của Chính phủ');
    expect(page('dia-phuong/loc-binh/xa-yen-khoai/')).toContain('href="/feeds/dia-phuong/loc-binh/xa-yen-khoai.xml"');
  });
});
