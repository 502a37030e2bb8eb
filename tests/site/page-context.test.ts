import { describe, expect, it } from 'vitest';
import { langOf, pageContext } from '../../src/site/page-context.ts';
import { UNNAMED_SITE } from '../../src/validate/site-file.ts';

describe('the language of a page', () => {
  it('is English under /en/ and Vietnamese everywhere else', () => {
    expect(langOf('/en/', '/')).toBe('en');
    expect(langOf('/en/thong-ke/2017/', '/')).toBe('en');
    expect(langOf('/', '/')).toBe('vi');
    expect(langOf('/quyet-dinh/2017/36-qd-ubnd/', '/')).toBe('vi');
  });

  it('reads the prefix after the base, with or without its trailing slash', () => {
    expect(langOf('/cong/en/gioi-thieu/', '/cong/')).toBe('en');
    expect(langOf('/cong/en/gioi-thieu/', '/cong')).toBe('en');
    expect(langOf('/en/gioi-thieu/', '/cong/')).toBe('vi');
  });

  it('does not take a Vietnamese slug that starts with "en" for English', () => {
    expect(langOf('/english/', '/')).toBe('vi');
    expect(langOf('/cong/en', '/cong/')).toBe('en');
  });
});

describe('the page context', () => {
  const vi = pageContext('vi', '/cong/', UNNAMED_SITE);
  const en = pageContext('en', '/cong/', UNNAMED_SITE);

  it('binds t and the formats to the language', () => {
    expect(vi.t('nav.home')).toBe('Trang chủ');
    expect(en.t('nav.home')).toBe('Home');
    expect(vi.t('decisions.page', { n: 2, total: 5 })).toBe('Trang 2/5');
    expect(vi.formatDate('2017-09-28')).toBe('ngày 28 tháng 9 năm 2017');
    expect(en.formatDate('2017-09-28')).toBe('28 September 2017');
    expect(vi.formatDateShort('2017-09-28')).toBe('28/09/2017');
    expect(vi.formatNumber(1234)).toBe('1.234');
    expect(en.formatNumber(1234)).toBe('1,234');
  });

  it('builds addresses under the base, translated pages (decisions and honorees among them) in the language and other records once', () => {
    expect(vi.urls.about()).toBe('/cong/gioi-thieu/');
    expect(en.urls.about()).toBe('/cong/en/gioi-thieu/');
    expect(en.urls.decision('2017/x')).toBe('/cong/en/quyet-dinh/2017/x/');
    expect(en.urls.recipient('2017/x', 4)).toBe('/cong/en/quyet-dinh/2017/x/#r4');
    expect(en.urls.honoree('a')).toBe('/cong/en/nguoi-duoc-khen/a/');
    expect(en.urls.place('lang-son')).toBe('/cong/dia-phuong/lang-son/');
  });

  it('knows the other language and its addresses, for the language switch', () => {
    expect(vi.otherLang).toBe('en');
    expect(vi.otherUrls.home()).toBe('/cong/en/');
    expect(en.otherLang).toBe('vi');
    expect(en.otherUrls.home()).toBe('/cong/');
  });

  it('is made once per language and base', () => {
    expect(pageContext('vi', '/cong/', UNNAMED_SITE)).toBe(vi);
    expect(pageContext('vi', '/', UNNAMED_SITE)).not.toBe(vi);
  });
});
