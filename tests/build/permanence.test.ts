/**
 * Permanent addresses on real builds of copies of the sample: a declared first build writes the
 * manifest, and a deleted one stops the build; a renamed decision file stops the build before the
 * published site is touched, naming the lost address and the fix; a redirect lets it through, and the
 * old address leads to the new page. Each test starts from its own copy, so any one
 * of them can run alone or in any order.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, parseManifest } from '../../src/build/url-manifest.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { ROOT, SAMPLE_SITE, buildSite, copyContent, readPage } from '../helpers.ts';

const BUILD = 240_000;
const OLD = '/quyet-dinh/2017/86-qd-ubnd-tap-the-lao-dong-xuat-sac-2016/';
const NEW = '/quyet-dinh/2017/86-qd-ubnd-tap-the-lao-dong-xuat-sac-nam-2016/';

/** A fresh copy of the sample and the folder its build goes to: each test starts from its own. */
function freshCopy() {
  const dir = copyContent();
  const name = basename(dir);
  const out = join(dir, '..', `${name}-site`);
  const manifest = join(dir, 'urls.manifest.txt');
  return { dir, name, out, manifest, listed: () => parseManifest(readFileSync(manifest, 'utf8')) };
}

/** The files of a built site with their sizes: what a failed build must leave as it was. */
function siteState(out: string): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((f) => `${f} ${readFileSync(f).length}`)
    .sort();
}

/** An output folder that already holds a published site, marked so that a replacement would show. */
function publishedBefore(out: string): string[] {
  cpSync(SAMPLE_SITE, out, { recursive: true });
  writeFileSync(join(out, 'previous-site.txt'), 'published before');
  return siteState(out);
}

/** A copy whose decision file was renamed. */
function renamedDecision() {
  const copy = freshCopy();
  renameSync(join(copy.dir, `decisions${OLD.slice('/quyet-dinh'.length, -1)}.md`), join(copy.dir, `decisions${NEW.slice('/quyet-dinh'.length, -1)}.md`));
  return copy;
}

/** A renamed decision with a redirect from its old address, built once for the tests that read that build. */
let redirected: (ReturnType<typeof freshCopy> & { result: ReturnType<typeof buildSite> }) | undefined;
function renamedWithRedirect() {
  if (!redirected) {
    const copy = renamedDecision();
    appendFileSync(join(copy.dir, 'redirects.yaml'), `- from: ${OLD}\n  to: ${NEW}\n  reason: "Đổi tên tệp cho rõ năm thành tích"\n`);
    redirected = { ...copy, result: buildSite(copy.dir, copy.out) };
  }
  return redirected;
}

describe('permanent addresses', () => {
  it('a first build writes the manifest of the pages it made, and says so', () => {
    const { dir, name, out, manifest, listed } = freshCopy();
    rmSync(manifest);
    const result = buildSite(dir, out, { PORTAL_FIRST_PUBLICATION: '1' });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(new RegExp(`Lần công bố đầu tiên: đã tạo ${name}/urls.manifest.txt với \\d+ địa chỉ cố định\\.`));
    // The sample's redirect pages are old addresses, written after the check: not pages of this build.
    const redirected = new Set(validateFolder(dir).content.redirects.map((r) => r.data.from));
    expect(listed()).toEqual([...builtPages(out)].filter((p) => !redirected.has(p)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(listed()).toContain(OLD);
  }, BUILD);

  it('a deleted manifest stops the build when no first publication is declared, and is not made anew', () => {
    const { dir, name, out, manifest } = freshCopy();
    rmSync(manifest);
    const before = publishedBefore(out);
    const result = buildSite(dir, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Không có danh sách địa chỉ đã công bố, dừng build.');
    expect(result.output).toContain(
      `✗ ${name}/urls.manifest.txt › không có tệp ${name}/urls.manifest.txt, danh sách mọi địa chỉ đã công bố › lấy lại tệp này từ lịch sử (git) nếu lỡ xóa; chỉ khi cổng công bố lần đầu mới chạy npm run build -- --first-publication để tạo nó`,
    );
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(existsSync(manifest)).toBe(false);
    expect(siteState(out)).toEqual(before);
  }, BUILD);

  it('a renamed decision file stops the build, naming the lost address and a redirect to add', () => {
    const { dir, name, out } = renamedDecision();
    const before = publishedBefore(out);
    const result = buildSite(dir, out);
    expect(result.status).not.toBe(0);
    // Reported before anything is replaced, as a message rather than a crash.
    expect(siteState(out)).toEqual(before);
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(existsSync(`${out}.next`)).toBe(false);
    expect(result.output).toContain('Có địa chỉ đã công bố không còn dùng được, dừng build.');
    // The English page of the decision was published too, and lost with it.
    expect(result.output).toContain('Tìm thấy 2 lỗi trong 1 tệp.');
    expect(result.output).toContain(`✗ ${name}/urls.manifest.txt › /en${OLD} › địa chỉ này đã công bố nhưng bản build mới không có trang ở đó`);
    expect(result.output).toContain(
      `✗ ${name}/urls.manifest.txt › ${OLD} › địa chỉ này đã công bố nhưng bản build mới không có trang ở đó › địa chỉ đã công bố phải luôn dùng được: khôi phục tệp đã xóa hoặc đổi tên, hoặc thêm vào ${name}/redirects.yaml một mục "- from: ${OLD}" với "to:" là trang thay thế (mẫu ở cuối thông báo)`,
    );
    expect(result.output).toContain(`Mẫu chuyển hướng (sửa to: thành trang thay thế):\n- from: ${OLD}\n  to: /quyet-dinh/`);
    // One entry keeps both languages' addresses: the template does not ask for the English one.
    expect(result.output.slice(result.output.indexOf('Mẫu chuyển hướng'))).not.toContain(`- from: /en${OLD}`);
  }, BUILD);

  it('a redirect from the old address to the new lets the build through, and the old address leads there', () => {
    const { name, out, result } = renamedWithRedirect();
    expect(result.status, result.output).toBe(0);
    // One entry in redirects.yaml keeps the English page's old address too.
    expect(result.output).toContain(`Địa chỉ cố định: mọi địa chỉ trong ${name}/urls.manifest.txt đều còn (2 qua chuyển hướng); 2 địa chỉ mới, chạy npm run urls:update để thêm vào danh sách.`);
    const html = readPage(out, OLD);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${NEW}" />`);
    expect(html).toContain(`<link rel="canonical" href="https://khenthuong.example.gov.vn${NEW}" />`);
    expect(html).toContain(`<a href="${NEW}">https://khenthuong.example.gov.vn${NEW}</a>`);
    expect(readPage(out, NEW)).toContain('Quyết định số 86/QĐ-UBND');
    const english = readPage(out, `/en${OLD}`);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain(`<meta http-equiv="refresh" content="0; url=/en${NEW}" />`);
    expect(readPage(out, `/en${NEW}`)).toContain('86/QĐ-UBND');
  }, BUILD);

  it('npm run urls:update adds the new address, keeps the old one, and lists no redirect page as new', () => {
    const { dir, name, out, result: build, listed } = renamedWithRedirect();
    expect(build.status, build.output).toBe(0);
    const before = listed();
    const result = spawnSync('npx', ['node', 'scripts/update-url-manifest.ts', '--dist', out, '--content', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`✓ ${name}/urls.manifest.txt: thêm 2 địa chỉ mới, tổng ${before.length + 2} địa chỉ.`);
    expect(result.stdout).toContain(`\n  + ${NEW}`);
    expect(result.stdout).toContain(`\n  + /en${NEW}`);
    expect(listed()).toEqual([...before, NEW, `/en${NEW}`].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(listed()).toContain(OLD);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
  }, BUILD);
});
