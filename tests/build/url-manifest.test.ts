import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validate/problems.ts';
import {
  checkPermanence,
  formatManifest,
  nearestPage,
  pagePathOf,
  parseManifest,
  redirectHtml,
  redirectTemplate,
} from '../../src/build/url-manifest.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import type { Located } from '../../src/validate/integrity.ts';
import type { Redirect } from '../../src/schemas/redirect.ts';
import { copyContent } from '../helpers.ts';

const redirect = (index: number, from: string, to: string): Located<Redirect> => ({
  id: '',
  file: 'content/redirects.yaml',
  path: '',
  prefix: `[${index}]`,
  data: { from, to },
});
const files = { manifestFile: 'content/urls.manifest.txt', redirectsFile: 'content/redirects.yaml' };

describe('the manifest file', () => {
  it('lists paths one a line, sorted by code point, after comment lines', () => {
    const text = formatManifest(['/quyet-dinh/', '/', '/en/', '/quyet-dinh/', '/bao-cao/2017/']);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['/', '/bao-cao/2017/', '/en/', '/quyet-dinh/', '']);
    expect(parseManifest(text)).toEqual(['/', '/bao-cao/2017/', '/en/', '/quyet-dinh/']);
  });

  it('reads Windows line ends and blank lines', () => {
    expect(parseManifest('# x\r\n/a/\r\n\r\n /b/ \r\n')).toEqual(['/a/', '/b/']);
  });

  it('takes page paths from built files, not the 404 page', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('quyet-dinh/2017/x/index.html')).toBe('/quyet-dinh/2017/x/');
    expect(pagePathOf('404.html')).toBeUndefined();
    expect(pagePathOf('data/khen-thuong.csv')).toBeUndefined();
  });
});

describe('after a build', () => {
  const pages = new Set(['/', '/quyet-dinh/', '/quyet-dinh/2017/b/', '/thay-doi/']);

  it('passes when every published address has a page, and counts the new ones', () => {
    const result = checkPermanence({ manifest: ['/', '/quyet-dinh/', '/quyet-dinh/2017/b/'], pages, redirects: [], ...files });
    expect(result).toEqual({ problems: [], missing: [], added: ['/thay-doi/'], redirected: 0 });
  });

  it('names each published address that lost its page, and how to fix it', () => {
    const result = checkPermanence({ manifest: ['/', '/quyet-dinh/2017/a/'], pages, redirects: [], ...files });
    expect(result.missing).toEqual(['/quyet-dinh/2017/a/']);
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      'content/urls.manifest.txt › /quyet-dinh/2017/a/ › địa chỉ này đã công bố nhưng bản build mới không có trang ở đó › địa chỉ đã công bố phải luôn dùng được: khôi phục tệp đã xóa hoặc đổi tên, hoặc thêm vào content/redirects.yaml một mục "- from: /quyet-dinh/2017/a/" với "to:" là trang thay thế (mẫu ở cuối thông báo)',
    ]);
    expect(formatProblem(result.problems[0]!, 'en')).toContain('add to content/redirects.yaml an item "- from: /quyet-dinh/2017/a/"');
    expect(redirectTemplate(result.missing, pages)).toBe('- from: /quyet-dinh/2017/a/\n  to: /quyet-dinh/');
  });

  it('accepts a redirect in place of the page', () => {
    const result = checkPermanence({ manifest: ['/', '/quyet-dinh/2017/a/'], pages, redirects: [redirect(0, '/quyet-dinh/2017/a/', '/quyet-dinh/2017/b/')], ...files });
    expect(result.problems).toEqual([]);
    expect(result.redirected).toBe(1);
  });

  it('rejects a redirect to nowhere, or from an address that still has its page', () => {
    const result = checkPermanence({
      manifest: [],
      pages,
      redirects: [redirect(0, '/quyet-dinh/2017/a/', '/quyet-dinh/2017/c/'), redirect(1, '/thay-doi/', '/')],
      ...files,
    });
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      'content/redirects.yaml › [0].to › không có trang nào ở địa chỉ /quyet-dinh/2017/c/ › ghi ở to: địa chỉ của một trang có trên cổng (xem urls.manifest.txt), ví dụ /quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/',
      'content/redirects.yaml › [1].from › địa chỉ /thay-doi/ vẫn có trang, nên không thể chuyển hướng › xóa mục chuyển hướng này: chỉ chuyển hướng địa chỉ không còn trang',
    ]);
  });

  it('suggests the nearest page above a lost address', () => {
    expect(nearestPage('/quyet-dinh/2017/a/', pages)).toBe('/quyet-dinh/');
    expect(nearestPage('/khong-co/gi/', pages)).toBe('/');
  });
});

describe('the redirect page', () => {
  const html = redirectHtml('/kt/quyet-dinh/2017/b/', 'https://khenthuong.example.gov.vn');

  it('is Vietnamese, sends the reader on, and names the new address as canonical', () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/kt/quyet-dinh/2017/b/" />');
    expect(html).toContain('<link rel="canonical" href="https://khenthuong.example.gov.vn/kt/quyet-dinh/2017/b/" />');
    expect(html).toContain('<a href="/kt/quyet-dinh/2017/b/">https://khenthuong.example.gov.vn/kt/quyet-dinh/2017/b/</a>');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<h1>Trang đã chuyển địa chỉ</h1>');
  });
});

describe('redirects.yaml in the content check', () => {
  function problemsWith(yaml: string): string[] {
    const dir = copyContent();
    appendFileSync(join(dir, 'redirects.yaml'), yaml);
    return validateFolder(dir, '2026-11-25').problems.map((p) => formatProblem(p).replace(/^portal-content-\w+\//, ''));
  }

  it('wants site paths, with slashes at both ends', () => {
    expect(problemsWith('- from: https://example.com/a\n  to: /quyet-dinh/\n')).toEqual([
      'redirects.yaml › [0].from › giá trị "https://example.com/a" sai định dạng › cần đường dẫn trong cổng, chữ thường không dấu, bắt đầu và kết thúc bằng / / a site path, e.g. "/quyet-dinh/2017/36-qd-ubnd/"',
    ]);
  });

  it('leads each old address to one page, and never to another old address', () => {
    const old = '- from: /quyet-dinh/trang/9/\n  to: /quyet-dinh/\n';
    expect(problemsWith(`${old}${old}- from: /a/\n  to: /quyet-dinh/trang/9/\n`)).toEqual([
      'redirects.yaml › [1].from › địa chỉ cũ /quyet-dinh/trang/9/ đã có chuyển hướng ở [0] › mỗi địa chỉ cũ chỉ chuyển đến một trang: xóa một trong hai mục',
      'redirects.yaml › [2].to › chuyển hướng tới /quyet-dinh/trang/9/, nhưng địa chỉ đó cũng là một địa chỉ cũ được chuyển hướng › ghi ở to: địa chỉ của trang cuối cùng, đang có trên cổng',
    ]);
  });

  it('may hold only comments, or be missing', () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'redirects.yaml'), '# Chưa có chuyển hướng nào.\n');
    expect(validateFolder(dir, '2026-11-25').problems).toEqual([]);
    rmSync(join(dir, 'redirects.yaml'));
    expect(validateFolder(dir, '2026-11-25').problems).toEqual([]);
  });
});
