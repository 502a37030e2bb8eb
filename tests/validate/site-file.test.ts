import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validate/problems.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { copyContent } from '../helpers.ts';

/** The problems of a copy of the sample after `edit`, as staff read them. */
function problemsAfter(edit: (dir: string, site: string) => void, lang: 'vi' | 'en' = 'vi'): string[] {
  const dir = copyContent();
  edit(dir, join(dir, 'site.yaml'));
  return validateFolder(dir).problems.map((p) => formatProblem(p, lang).replace(`${basename(dir)}/`, 'content/'));
}

describe('content/site.yaml', () => {
  it('is what the sample names itself with', () => {
    const { content, problems } = validateFolder();
    expect(problems).toEqual([]);
    expect(content.site).toMatchObject({ name: { vi: 'Hội đồng Thi đua – Khen thưởng huyện Lộc Bình' }, area: { vi: 'toàn huyện', en: 'the district' }, place: 'loc-binh' });
  });

  it('must exist: a portal publishes for an office', () => {
    expect(problemsAfter((_, site) => rmSync(site))).toEqual([
      'content/site.yaml › thiếu tệp site.yaml: cổng chưa biết cơ quan nào công bố nó › tạo content/site.yaml với tên cơ quan (name, shortName), cấp (level), địa bàn (jurisdiction), cách gọi toàn địa bàn (area); xem mục "Cổng cho một cơ quan mới" trong docs/staff-guide.md',
    ]);
  });

  it('says which field is missing or wrong, and what would be right', () => {
    const messages = problemsAfter((_, site) => {
      const text = readFileSync(site, 'utf8').replace(/^area:\n(  .*\n)+/m, '').replace('level: district', 'level: huyen').replace(/^url: .*$/m, 'url: khenthuong.gov.vn');
      writeFileSync(site, `${text}contact:\n  email: phong-tdkt\n`);
    });
    expect(messages).toEqual([
      'content/site.yaml › level › giá trị "huyen" không hợp lệ › dùng một trong: central, province, district, commune, agency',
      'content/site.yaml › area › thiếu trường bắt buộc › thêm trường này (fields / các trường con)',
      'content/site.yaml › contact.email › giá trị "phong-tdkt" sai định dạng › cần địa chỉ thư điện tử của cơ quan / the office\'s e-mail address, e.g. "tdkt@example.gov.vn"',
      'content/site.yaml › url › giá trị "khenthuong.gov.vn" sai định dạng › cần địa chỉ công khai bắt đầu bằng https:// / the public address, e.g. "https://khenthuong.example.gov.vn"',
    ]);
  });

  it('refers to a place the content knows, and to a logo inside it that is an image', () => {
    const edit = (logo: string) => (dir: string, site: string) => {
      writeFileSync(site, `${readFileSync(site, 'utf8').replace('place: loc-binh', 'place: loc-binh-cu')}logo: ${logo}\n`);
      writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    };
    expect(problemsAfter(edit('./logo.png'))).toEqual([
      'content/site.yaml › logo › không tìm thấy tệp biểu trưng "./logo.png" › đặt tệp ảnh PNG, JPG hoặc WebP trong content/ và ghi đường dẫn tính từ site.yaml, ví dụ ./logo.png',
      'content/site.yaml › place › không tìm thấy place "loc-binh-cu" › dùng mã có trong places.yaml',
    ]);
    expect(problemsAfter(edit('../logo.png'))).toContain(
      'content/site.yaml › logo › đường dẫn "../logo.png" trỏ ra ngoài thư mục nội dung › đặt tệp trong content/ (ảnh cạnh tệp bài viết) và ghi đường dẫn bắt đầu bằng ./; không dùng ../ hay \\\\máy\\thư-mục',
    );
    expect(problemsAfter(edit('./logo.svg'))).toContain(
      'content/site.yaml › logo › giá trị "./logo.svg" sai định dạng › cần tệp ảnh PNG, JPG hoặc WebP trong content/ / a PNG, JPEG or WebP file inside content/, e.g. "./logo.png"',
    );
  });
});
