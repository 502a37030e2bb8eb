import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/validate/problems.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { copyContent } from '../helpers.ts';
import { TODAY, problemsAfter, replaceIn } from './edits.ts';

const D = 'decisions/2017';
const FLAG = `${D}/245-qd-ttg-co-thi-dua-chinh-phu.md`;
const MERIT = `${D}/1820-qd-ubnd-bang-khen-nong-thon-moi.md`;

describe('the sample content', () => {
  it('is valid and counted in full', () => {
    const { problems, counts } = validateFolder(join(import.meta.dirname, '../../content'), TODAY);
    expect(problems).toEqual([]);
    expect(counts.decisions).toBe(16);
    expect(counts.recipients).toBe(703);
  });
});

describe('validator messages name the file, the field and the fix', () => {
  it('an impossible date', () => {
    expect(problemsAfter((dir) => replaceIn(dir, FLAG, 'date: 2017-02-20', 'date: 2017-02-30'))).toEqual([
      `${FLAG} › date › ngày "2017-02-30" không có thật hoặc sai định dạng › viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2017-10-30, và kiểm tra ngày có trong tháng`,
    ]);
  });

  it('a date in the future, in English too', () => {
    expect(problemsAfter((dir) => replaceIn(dir, FLAG, 'date: 2017-02-20', 'date: 2027-02-20'), 'en')).toEqual([
      `${FLAG} › date › the date 2027-02-20 is in the future (today is ${TODAY}) › write the date the document was actually signed`,
      `${FLAG} › recipients, row 1 (Tập thể nhân dân và cán bộ xã Yên Khoái) › place › xã Yên Khoái no longer existed on 2027-02-20 › name the unit as it was on the date of signature (lang-son/xa-mau-son)`,
    ]);
  });

  it('an award form that does not exist, with a suggestion', () => {
    expect(problemsAfter((dir) => replaceIn(dir, FLAG, 'award: co-thi-dua-cua-chinh-phu', 'award: co-thi-dua-chinh-phu'))).toEqual([
      `${FLAG} › award › không tìm thấy award form "co-thi-dua-chinh-phu" › dùng mã có trong awards.yaml`,
    ]);
  });

  it('an award given to a kind of recipient it is not for, naming the row', () => {
    const messages = problemsAfter((dir) =>
      replaceIn(dir, FLAG, 'kind: collective\n    name: "Tập thể nhân dân', 'kind: household\n    name: "Tập thể nhân dân'),
    );
    expect(messages).toEqual([
      `${FLAG} › recipients, dòng 1 (Tập thể nhân dân và cán bộ xã Yên Khoái) › kind › "Cờ thi đua của Chính phủ" không trao cho hộ gia đình › hình thức này chỉ trao cho: tập thể; sửa loại đối tượng hoặc hình thức khen thưởng`,
    ]);
  });

  it('a value outside a vocabulary', () => {
    const [message] = problemsAfter((dir) => replaceIn(dir, FLAG, 'kind: collective', 'kind: tap the'));
    expect(message).toBe(
      `${FLAG} › recipients, dòng 1 (Tập thể nhân dân và cán bộ xã Yên Khoái) › kind › giá trị "tap the" không hợp lệ › dùng một trong: individual, collective, household`,
    );
  });

  it('the same decision number twice for one authority', () => {
    const messages = problemsAfter((dir) => replaceIn(dir, MERIT, 'number: "1820/QĐ-UBND"', 'number: "86/QD-UBND"'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^decisions\/2017\/86-qd-ubnd-tap-the-lao-dong-xuat-sac-2016\.md › number › số quyết định "86\/QĐ-UBND" của UBND tỉnh Lạng Sơn năm 2017 đã dùng ở .*1820-qd-ubnd-bang-khen-nong-thon-moi\.md › mỗi năm, một cơ quan/);
  });

  it('the same number in another year, and a one-digit number, are fine', () => {
    const nextYear = (dir: string) => {
      replaceIn(dir, MERIT, 'number: "1820/QĐ-UBND"', 'number: "86/QĐ-UBND"');
      replaceIn(dir, MERIT, 'date: 2017-09-28', 'date: 2016-09-28');
    };
    expect(problemsAfter(nextYear)).toEqual([]);
    expect(problemsAfter((dir) => replaceIn(dir, MERIT, 'number: "1820/QĐ-UBND"', 'number: "5/QĐ-UBND"'))).toEqual([]);
  });

  it('the same person under two award lines is two awards; twice in one line is reported with its line and rows counted across lines', () => {
    const asLines = (dir: string, second: string) =>
      replaceIn(
        dir,
        MERIT,
        /award: bang-khen-chu-tich-ubnd-tinh\n([\s\S]*?)recipients:\n/,
        `$1lines:\n  - award: bang-khen-chu-tich-ubnd-tinh\n    recipients:\n      - kind: individual\n        name: "Hoàng Văn Kháy"\n        unit: "thôn Nà Vàng"\n        place: loc-binh/xa-nhu-khue\n  - award: bang-khen-chu-tich-ubnd-tinh\n    reason: "Thành tích thứ hai"\n    recipients:\n${second}DROP\n`,
      );
    const rest = (dir: string) => {
      // The file's own list is dropped: the two lines above are the decision.
      const path = join(dir, MERIT);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace(/DROP\n[\s\S]*?\n---/, '---'));
    };
    const kh = '      - kind: individual\n        name: "Hoàng Văn Kháy"\n        unit: "thôn Nà Vàng"\n        place: loc-binh/xa-nhu-khue\n';
    expect(problemsAfter((dir) => (asLines(dir, kh), rest(dir)))).toEqual([]);
    expect(problemsAfter((dir) => (asLines(dir, kh + kh), rest(dir)))).toEqual([
      `${MERIT} › lines[1] › recipients, dòng 3 (Hoàng Văn Kháy) › name › "Hoàng Văn Kháy" xuất hiện hai lần trong cùng một hình thức khen của quyết định (trùng với dòng 2) › xóa dòng lặp, hoặc ghi rõ đơn vị/địa chỉ nếu là hai người trùng tên; được khen hai hình thức khác nhau thì ghi ở hai mục lines khác nhau`,
    ]);
  });

  it('the same person twice in one decision', () => {
    const messages = problemsAfter((dir) =>
      replaceIn(dir, MERIT, '  - kind: individual\n    name: "Dương Văn Bách"', '  - kind: individual\n    name: "Hoàng Văn Kháy"\n    unit: "thôn Nà Vàng"\n    place: loc-binh/xa-nhu-khue\n  - kind: individual\n    name: "Dương Văn Bách"'),
    );
    expect(messages).toEqual([
      `${MERIT} › recipients, dòng 5 (Hoàng Văn Kháy) › name › "Hoàng Văn Kháy" xuất hiện hai lần trong cùng một hình thức khen của quyết định (trùng với dòng 4) › xóa dòng lặp, hoặc ghi rõ đơn vị/địa chỉ nếu là hai người trùng tên; được khen hai hình thức khác nhau thì ghi ở hai mục lines khác nhau`,
    ]);
  });

  it('personal data, as a field or inside a value', () => {
    const messages = problemsAfter((dir) => {
      replaceIn(dir, MERIT, '    unit: "thôn Nà Vàng"', '    unit: "thôn Nà Vàng, ĐT 0912 345 678"\n    cccd: "020075001234"');
    });
    expect(messages).toEqual([
      `${MERIT} › recipients, dòng 4 (Hoàng Văn Kháy) › cccd › trường "cccd" chứa dữ liệu cá nhân mà quyết định khen thưởng không công bố › xóa trường này: cổng chỉ đăng họ tên, chức vụ, đơn vị, thôn/xã (Luật Bảo vệ dữ liệu cá nhân)`,
      `${MERIT} › recipients, dòng 4 (Hoàng Văn Kháy) › unit › nội dung "0912 345 678" trông giống số điện thoại › xóa thông tin này: cổng không đăng số điện thoại (Luật Bảo vệ dữ liệu cá nhân)`,
      `${MERIT} › recipients, dòng 4 (Hoàng Văn Kháy) › cccd › nội dung "020075001234" trông giống số căn cước / CMND › xóa thông tin này: cổng không đăng số căn cước / CMND (Luật Bảo vệ dữ liệu cá nhân)`,
    ]);
  });

  it('a revocation recorded on one side only', () => {
    const messages = problemsAfter((dir) => replaceIn(dir, FLAG, 'illustrative: true', 'illustrative: true\nrevokedBy: 2017/1820-qd-ubnd-bang-khen-nong-thon-moi'));
    expect(messages).toEqual([
      `${FLAG} › revokedBy › 2017/245-qd-ttg-co-thi-dua-chinh-phu ghi revokedBy: 2017/1820-qd-ubnd-bang-khen-nong-thon-moi, nhưng 2017/1820-qd-ubnd-bang-khen-nong-thon-moi không ghi lại điều đó ở revokes › thêm "revokes: 2017/245-qd-ttg-co-thi-dua-chinh-phu" vào tệp của 2017/1820-qd-ubnd-bang-khen-nong-thon-moi`,
    ]);
  });

  it('an award form used after it was abolished, by an authority that no longer existed', () => {
    const messages = problemsAfter((dir) => replaceIn(dir, MERIT.replace('1820-qd-ubnd-bang-khen-nong-thon-moi', '612-qd-ubnd-giay-khen-nong-thon-moi'), 'date: 2017-04-12', 'date: 2025-08-01'));
    expect(messages.filter((m) => !m.includes('không còn tồn tại'))).toEqual([
      `${D}/612-qd-ubnd-giay-khen-nong-thon-moi.md › authority › Ủy ban nhân dân huyện Lộc Bình không tồn tại vào ngày 2025-08-01 › cơ quan này tồn tại đến 30/06/2025; kiểm tra ngày ký hoặc cơ quan ban hành`,
      `${D}/612-qd-ubnd-giay-khen-nong-thon-moi.md › award › "Giấy khen của Chủ tịch Ủy ban nhân dân huyện" không được áp dụng vào ngày 2025-08-01 › hình thức này có hiệu lực đến 30/06/2025; chọn hình thức đúng với quy định thời điểm ký`,
    ]);
    // Communes merged on 1 July 2025: the rows name a unit that no longer existed, and its successor.
    expect(messages.find((m) => m.includes('xã Yên Khoái') || m.includes('không còn tồn tại'))).toMatch(/không còn tồn tại vào ngày 2025-08-01 › ghi đơn vị hành chính đúng vào ngày ký \(lang-son\//);
  });

  it('a YAML syntax error, and a file the build would not read', () => {
    const messages = problemsAfter((dir) => {
      replaceIn(dir, FLAG, 'reason: "Đã hoàn thành', 'reason: "Đã" hoàn thành');
      renameSync(join(dir, MERIT), join(dir, MERIT.replace('.md', '.markdown')));
    });
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatch(new RegExp(`^${FLAG} › phần đầu tệp \\(YAML\\) viết sai cú pháp ở dòng 9: `));
    expect(messages[0]).toBe(`${MERIT.replace('.md', '.markdown')} › tệp này không được đọc vì có đuôi khác › bài trong thư mục này phải có đuôi .md; đổi tên tệp hoặc chuyển nó ra ngoài`);
  });

  it('reports every problem at once, with a count', () => {
    const dir = copyContent();
    replaceIn(dir, FLAG, 'date: 2017-02-20', 'date: 2017-13-01');
    replaceIn(dir, MERIT, 'award: bang-khen-chu-tich-ubnd-tinh', 'award: bang-khen');
    replaceIn(dir, 'awards.yaml', 'precedence: 1\n', 'precedence: first\n');
    const report = formatProblems(validateFolder(dir, TODAY).problems);
    expect(report.split('\n')[0]).toBe('Tìm thấy 3 lỗi trong 3 tệp. Sửa các lỗi dưới đây rồi chạy lại:');
    expect(report).toMatch(/✗ portal-content-\w+\/awards\.yaml › \[0\]\.precedence › giá trị "first" không đúng kiểu › cần number \/ số\n/);
  });
});
