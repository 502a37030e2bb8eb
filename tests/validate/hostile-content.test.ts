/** Content written by an attacker or a careless editor (issue 17): refused, naming the file, the line and the fix. */
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validate/problems.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { copyContent } from '../helpers.ts';
import { TODAY, problemsAfter, replaceIn } from './edits.ts';

const D = 'decisions/2017';
const MERIT = `${D}/1820-qd-ubnd-bang-khen-nong-thon-moi.md`;
const STORY = 'stories/xa-yen-khoai-diem-sang-phong-trao-thi-dua.mdx';
const MOVEMENT = 'movements/nong-thon-moi.md';

/** Appends lines to a file's body and returns the 1-based line number of the first one. */
function appendLines(dir: string, file: string, ...lines: string[]): number {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8').replace(/\n*$/, '\n\n');
  writeFileSync(path, text);
  appendFileSync(path, `${lines.join('\n')}\n`);
  return text.split('\n').length;
}

describe('a Markdown body carries text, never behaviour', () => {
  it('raw HTML, script links and images from outside content/ are refused with their line', () => {
    let line = 0;
    const messages = problemsAfter((dir) => {
      line = appendLines(
        dir,
        MERIT,
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '',
        'Chữ <script>alert(1)</script> và <img src=x onerror=alert(1)>',
        '',
        '[Bấm vào đây](javascript:alert(1)) [Trang](https://langson.gov.vn/) [Quyết định](/quyet-dinh/)',
        '',
        '![ảnh](../../../../etc/passwd)',
        '',
        '<iframe src="https://evil.example/"></iframe>',
        '',
        '<!-- chưa đóng',
      );
    });
    expect(messages).toEqual([
      `${MERIT} › (nội dung / body) › dòng ${line} có mã HTML "<meta http-equiv="refresh" content="0;url=https://evil.ex…" › phần nội dung chỉ viết chữ theo Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…)); xóa mã HTML`,
      `${MERIT} › (nội dung / body) › dòng ${line + 2} có mã HTML "<script>" › phần nội dung chỉ viết chữ theo Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…)); xóa mã HTML`,
      `${MERIT} › (nội dung / body) › dòng ${line + 2} có mã HTML "</script>" › phần nội dung chỉ viết chữ theo Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…)); xóa mã HTML`,
      `${MERIT} › (nội dung / body) › dòng ${line + 2} có mã HTML "<img src=x onerror=alert(1)>" › phần nội dung chỉ viết chữ theo Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…)); xóa mã HTML`,
      `${MERIT} › (nội dung / body) › dòng ${line + 4} có liên kết "javascript:alert(1)" không mở được như một trang web › liên kết phải bắt đầu bằng https://, http://, mailto: hoặc / (một trang của cổng)`,
      `${MERIT} › (nội dung / body) › dòng ${line + 6} có ảnh "../../../../etc/passwd" nằm ngoài thư mục nội dung › đặt ảnh cạnh tệp bài viết và ghi đường dẫn bắt đầu bằng ./`,
      `${MERIT} › (nội dung / body) › dòng ${line + 8} có mã HTML "<iframe src="https://evil.example/"></iframe>" › phần nội dung chỉ viết chữ theo Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…)); xóa mã HTML`,
      `${MERIT} › (nội dung / body) › dòng ${line + 10} có mã HTML "<!-- chưa đóng" › phần nội dung chỉ viết chữ theo Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…)); xóa mã HTML`,
    ]);
  });

  it('in movements too, in English', () => {
    let line = 0;
    const messages = problemsAfter((dir) => {
      line = appendLines(dir, MOVEMENT, '<form action="https://evil.example/"><input name="p"></form>', '', '<style>footer{display:none}</style>');
    }, 'en');
    expect(messages).toEqual([
      `${MOVEMENT} › (nội dung / body) › line ${line} has HTML code "<form action="https://evil.example/"><input name="p"></form>" › the text is plain Markdown (# headings, - lists, **bold**, [links](https://…)); remove the HTML`,
      `${MOVEMENT} › (nội dung / body) › line ${line + 2} has HTML code "<style>footer{display:none}</style>" › the text is plain Markdown (# headings, - lists, **bold**, [links](https://…)); remove the HTML`,
    ]);
  });
});

describe('an MDX story runs no code', () => {
  it('imports, exports, expressions and elements the portal does not offer are refused with their line', () => {
    let line = 0;
    const messages = problemsAfter((dir) => {
      line = appendLines(
        dir,
        STORY,
        "import { execSync } from 'node:child_process'",
        '',
        'export const who = execSync("id").toString()',
        '',
        'Người chạy: {who} và {process.env.HOME}',
        '',
        '<script>alert(1)</script>',
      );
    });
    expect(messages).toEqual([
      `${STORY} › (nội dung / body) › dòng ${line} có mã lệnh "import { execSync } from 'node:child_process'" (import, export hoặc {…}) › bài viết chỉ gồm chữ, ảnh và liên kết: xóa dòng này; nếu cần hiện dấu ngoặc nhọn thì viết \\{ và \\}`,
      `${STORY} › (nội dung / body) › dòng ${line + 2} có mã lệnh "export const who = execSync("id").toString()" (import, export hoặc {…}) › bài viết chỉ gồm chữ, ảnh và liên kết: xóa dòng này; nếu cần hiện dấu ngoặc nhọn thì viết \\{ và \\}`,
      `${STORY} › (nội dung / body) › dòng ${line + 4} có mã lệnh "{who}" (import, export hoặc {…}) › bài viết chỉ gồm chữ, ảnh và liên kết: xóa dòng này; nếu cần hiện dấu ngoặc nhọn thì viết \\{ và \\}`,
      `${STORY} › (nội dung / body) › dòng ${line + 4} có mã lệnh "{process.env.HOME}" (import, export hoặc {…}) › bài viết chỉ gồm chữ, ảnh và liên kết: xóa dòng này; nếu cần hiện dấu ngoặc nhọn thì viết \\{ và \\}`,
      `${STORY} › (nội dung / body) › dòng ${line + 6} có thẻ <script> mà cổng không cung cấp cho bài viết › xóa thẻ này và viết bằng Markdown (tiêu đề #, danh sách -, **đậm**, ![ảnh](./anh.jpg))`,
    ]);
  });
});

describe('what the validator reads is what the site publishes', () => {
  it('a YAML alias bomb is refused within seconds, naming the file', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = Date.now();
    const messages = problemsAfter((dir) => replaceIn(dir, MERIT, 'illustrative: true\nrecipients:', `illustrative: true\nbomb:\n${bomb.map((l) => `  ${l}`).join('\n')}\nrecipients:`));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(messages).toEqual([
      `${MERIT} › phần đầu tệp dùng neo và tham chiếu YAML (dấu & và *) ở dòng 16 › viết đầy đủ từng giá trị, không dùng & và *; nếu cần dấu * trong chữ thì đặt cả câu trong ngoặc kép`,
    ]);
  });

  it('bytes that are not UTF-8 are refused with their line', () => {
    const messages = problemsAfter((dir) => {
      const path = join(dir, MERIT);
      const text = readFileSync(path);
      const at = text.indexOf('Phạm Ngọc Minh');
      writeFileSync(path, Buffer.concat([text.subarray(0, at), Buffer.from('Ho\xe0ng ', 'latin1'), text.subarray(at)]));
    });
    expect(messages).toEqual([
      `${MERIT} › tệp có chữ sai mã ở dòng 6 (không phải UTF-8, chữ có dấu sẽ hiện thành dấu hỏi) › mở tệp bằng trình soạn thảo, lưu lại với bảng mã UTF-8, rồi gõ lại chữ có dấu ở dòng đó`,
    ]);
  });

  it('a symlinked decision is refused, whatever it points at', () => {
    const messages = problemsAfter((dir) => {
      const outside = join(tmpdir(), `outside-${process.pid}.md`);
      writeFileSync(outside, readFileSync(join(dir, MERIT), 'utf8').replace('1820/QĐ-UBND', '1821/QĐ-UBND'));
      symlinkSync(outside, join(dir, D, '1821-qd-ubnd-lien-ket.md'));
    });
    expect(messages).toEqual([
      `${D}/1821-qd-ubnd-lien-ket.md › tệp này là một liên kết tắt (symlink) tới nơi khác, không phải tệp thật › chép tệp thật vào thư mục content/ rồi xóa liên kết tắt: cổng chỉ đăng tệp nằm trong content/`,
    ]);
  });

  it('a file too large, a file name too long and a folder name with a space', () => {
    const longName = `1820-${'a'.repeat(120)}`;
    const messages = problemsAfter((dir) => {
      writeFileSync(join(dir, D, `${longName}.md`), readFileSync(join(dir, MERIT), 'utf8').replace('1820/QĐ-UBND', '1822/QĐ-UBND'));
      mkdirSync(join(dir, 'decisions/2017 extra'));
      writeFileSync(join(dir, 'decisions/2017 extra/1823-qd-ubnd.md'), readFileSync(join(dir, MERIT), 'utf8').replace('1820/QĐ-UBND', '1823/QĐ-UBND'));
      writeFileSync(join(dir, D, '1824-qd-ubnd-rat-lon.md'), `${readFileSync(join(dir, MERIT), 'utf8').replace('1820/QĐ-UBND', '1824/QĐ-UBND')}\n${'Chữ. '.repeat(500_000)}`);
    });
    expect(messages).toEqual([
      `${D}/1824-qd-ubnd-rat-lon.md › tệp nặng 3.3 MB, quá giới hạn 2.0 MB › một tệp nội dung chỉ chứa chữ: tách danh sách quá dài thành nhiều quyết định, và không dán ảnh hay bản quét vào tệp`,
      `decisions/2017 extra/1823-qd-ubnd.md › thư mục "2017 extra" có chữ hoa, dấu hoặc khoảng trắng › đổi tên thư mục thành chữ thường không dấu, nối bằng gạch ngang, ví dụ "2017-extra"`,
      `${D}/${longName}.md › tên tệp dài 125 ký tự, quá giới hạn 100 › rút gọn tên tệp: số quyết định và vài chữ về nội dung là đủ`,
    ]);
  });

  it('an unquoted date where text is expected: check says what the build would refuse', () => {
    const messages = problemsAfter((dir) => replaceIn(dir, MERIT, 'occasion: "Sơ kết phong trào xây dựng nông thôn mới"', 'occasion: 2017-11-20'));
    expect(messages).toEqual([`${MERIT} › period.occasion › giá trị "2017-11-20" không đúng kiểu › cần text / chữ`]);
  });

  it('an unquoted date in a list file too', () => {
    const messages = problemsAfter((dir) => replaceIn(dir, 'awards.yaml', '  name: Huân chương Sao vàng', '  name: 2017-11-20'));
    expect(messages).toEqual(['awards.yaml › [0].name › giá trị "2017-11-20" không đúng kiểu › cần text / chữ']);
  });
});

describe('deceptive Unicode', () => {
  it('hidden characters and look-alike letters are refused with the fix; Ð is a notice', () => {
    const dir = copyContent();
    replaceIn(dir, MERIT, 'name: "Nhân dân và cán bộ thôn số 3, xã Tú Đoạn"', 'name: "Nhân dân và cán bộ thôn số 3, xã Tú \u202EĐoạn"');
    replaceIn(dir, MERIT, 'name: "Nhân dân và cán bộ thôn số 4, xã Hữu Khánh"', 'name: "Nhân dân và cán bộ thôn số 4, xã Hữu Kh\u0430nh"');
    replaceIn(dir, MERIT, 'name: "Nhân dân và cán bộ thôn số 5, xã Lợi Bác"', 'name: "Nhân dân và cán bộ thôn\u200B số 5, xã Lợi B\u00ADác"');
    replaceIn(dir, MERIT, 'title: "KT. Chủ tịch – Phó Chủ tịch"', 'title: "KT. Chủ tịch – Phó Chủ tịch \u00D0ại diện"');
    const { problems, notices } = validateFolder(dir, TODAY);
    const clean = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p).replace(/^portal-content-\w+\//, '');
    expect(problems.map(clean)).toEqual([
      `${MERIT} › recipients, dòng 1 (Nhân dân và cán bộ thôn số 3, xã Tú \u202EĐoạn) › name › có ký tự ẩn U+202E (không nhìn thấy, nhưng làm chữ bị đảo hoặc làm hai tên giống nhau thành khác nhau) › xóa ký tự ẩn: gõ lại chữ ở chỗ đó, không dán từ trang web hay tệp khác`,
      `${MERIT} › recipients, dòng 2 (Nhân dân và cán bộ thôn số 4, xã Hữu Kh\u0430nh) › name › chữ "\u0430" (U+0430) trong "Kh\u0430nh" là chữ của bảng chữ cái khác, chỉ trông giống chữ "a" › gõ lại chữ "a" bằng bàn phím tiếng Việt (Unikey, bảng mã Unicode)`,
      `${MERIT} › recipients, dòng 3 (Nhân dân và cán bộ thôn\u200B số 5, xã Lợi B\u00ADác) › name › có ký tự ẩn U+200B (không nhìn thấy, nhưng làm chữ bị đảo hoặc làm hai tên giống nhau thành khác nhau) › xóa ký tự ẩn: gõ lại chữ ở chỗ đó, không dán từ trang web hay tệp khác`,
      `${MERIT} › recipients, dòng 3 (Nhân dân và cán bộ thôn\u200B số 5, xã Lợi B\u00ADác) › name › có ký tự ẩn U+00AD (không nhìn thấy, nhưng làm chữ bị đảo hoặc làm hai tên giống nhau thành khác nhau) › xóa ký tự ẩn: gõ lại chữ ở chỗ đó, không dán từ trang web hay tệp khác`,
    ]);
    expect(notices.map(clean)).toContain(
      `${MERIT} › signer.title › chữ "\u00D0" (U+00D0) trong "\u00D0ại" là chữ của bảng chữ cái khác, chỉ trông giống chữ "Đ" › gõ lại chữ "Đ" bằng bàn phím tiếng Việt (Unikey, bảng mã Unicode)`,
    );
  });
});

describe('Vietnamese typed in a legacy font', () => {
  it('TCVN3 and VNI text saved as Unicode is refused, naming the word and how to convert it, in English too', () => {
    const edit = (dir: string) => {
      replaceIn(dir, MERIT, 'name: "Nhân dân và cán bộ thôn số 3, xã Tú Đoạn"', 'name: "N«ng V¨n Mét"');
      replaceIn(dir, MERIT, 'name: "Nhân dân và cán bộ thôn số 4, xã Hữu Khánh"', 'name: "Nguyeãn Vaên Tuaán"');
    };
    expect(problemsAfter(edit)).toEqual([
      `${MERIT} › recipients, dòng 1 (N«ng V¨n Mét) › name › chữ "N«ng" là tiếng Việt gõ bằng bảng mã cũ TCVN3 (phông .VnTime, VNI-Times…) rồi lưu thành Unicode, nên sai dấu › chuyển sang Unicode: trong Unikey mở "Công cụ chuyển mã" (Ctrl+Shift+F6), chọn nguồn TCVN3, đích Unicode, chuyển rồi dán lại; hoặc gõ lại bằng bảng mã Unicode`,
      `${MERIT} › recipients, dòng 2 (Nguyeãn Vaên Tuaán) › name › chữ "Vaên" là tiếng Việt gõ bằng bảng mã cũ VNI (phông .VnTime, VNI-Times…) rồi lưu thành Unicode, nên sai dấu › chuyển sang Unicode: trong Unikey mở "Công cụ chuyển mã" (Ctrl+Shift+F6), chọn nguồn VNI, đích Unicode, chuyển rồi dán lại; hoặc gõ lại bằng bảng mã Unicode`,
    ]);
    expect(problemsAfter(edit, 'en')[0]).toBe(
      `${MERIT} › recipients, row 1 (N«ng V¨n Mét) › name › "N«ng" is Vietnamese typed in the legacy TCVN3 encoding (.VnTime, VNI-Times… fonts) and saved as Unicode, so its accents are garbled › convert it to Unicode: in Unikey open the converter ("Công cụ chuyển mã", Ctrl+Shift+F6), source TCVN3, target Unicode, convert and paste it back; or type it again in Unicode`,
    );
  });
});

describe('images and attachments stay inside content/', () => {
  it('a story image outside content/, a UNC path, an unlisted host and a missing scan are refused', () => {
    const messages = problemsAfter((dir) => {
      replaceIn(dir, STORY, 'image: ./xa-yen-khoai.jpg', 'image: ../../../x.jpg');
      replaceIn(dir, MERIT, 'illustrative: true\nrecipients:', 'illustrative: true\nattachment:\n  href: "\\\\\\\\evil.example\\\\share\\\\qd.pdf"\nrecipients:');
      replaceIn(dir, `${D}/245-qd-ttg-co-thi-dua-chinh-phu.md`, 'illustrative: true', 'illustrative: true\nattachment:\n  href: https://evil.example/qd.pdf');
      replaceIn(dir, `${D}/612-qd-ubnd-giay-khen-nong-thon-moi.md`, 'period:\n', 'attachment:\n  href: ./612-qd-ubnd.pdf\nperiod:\n');
    });
    expect(messages.filter((m) => !m.includes('không tìm thấy ảnh'))).toEqual([
      `${STORY} › image › đường dẫn "../../../x.jpg" trỏ ra ngoài thư mục nội dung › đặt tệp trong content/ (ảnh cạnh tệp bài viết) và ghi đường dẫn bắt đầu bằng ./; không dùng ../ hay \\\\máy\\thư-mục`,
      `${MERIT} › attachment.href › đường dẫn "\\\\evil.example\\share\\qd.pdf" trỏ ra ngoài thư mục nội dung › đặt tệp trong content/ (ảnh cạnh tệp bài viết) và ghi đường dẫn bắt đầu bằng ./; không dùng ../ hay \\\\máy\\thư-mục`,
      `${D}/245-qd-ttg-co-thi-dua-chinh-phu.md › attachment.href › tệp đính kèm nằm ở trang "evil.example", không có trong danh sách trang được phép › dùng trang của cơ quan đã ghi ở attachmentHosts trong content/site.yaml (hiện có: —), hoặc nhờ quản trị thêm trang này vào đó`,
      `${D}/612-qd-ubnd-giay-khen-nong-thon-moi.md › attachment.href › không tìm thấy tệp đính kèm "./612-qd-ubnd.pdf" › đặt bản quét trong content/ cạnh tệp quyết định và ghi đúng tên tệp, ví dụ ./1820-qd-ubnd.pdf`,
    ].sort((a, b) => messages.indexOf(a) - messages.indexOf(b)));
  });

  it('a host listed in site.yaml and a scan that exists are accepted', () => {
    const messages = problemsAfter((dir) => {
      appendFileSync(join(dir, 'site.yaml'), 'attachmentHosts:\n  - vanban.langson.gov.vn\n');
      replaceIn(dir, `${D}/245-qd-ttg-co-thi-dua-chinh-phu.md`, 'illustrative: true', 'illustrative: true\nattachment:\n  href: https://vanban.langson.gov.vn/qd-245.pdf');
      writeFileSync(join(dir, D, '612-qd-ubnd.pdf'), '%PDF-1.4\n');
      replaceIn(dir, `${D}/612-qd-ubnd-giay-khen-nong-thon-moi.md`, 'period:\n', 'attachment:\n  href: ./612-qd-ubnd.pdf\nperiod:\n');
    });
    expect(messages).toEqual([]);
  });
});

describe('personal data in the forms people type', () => {
  it('every hit is reported, in every field, body and file name, in English too', () => {
    const messages = problemsAfter((dir) => {
      replaceIn(dir, MERIT, 'name: "Nhân dân và cán bộ thôn số 3, xã Tú Đoạn"', 'name: "Nhân dân và cán bộ thôn số 3, xã Tú Đoạn, SN 12/03/1980"');
      replaceIn(dir, MERIT, 'occasion: "Sơ kết phong trào xây dựng nông thôn mới"', 'occasion: "NS: 12/3/1980, CCCD 0010 9500 1234"');
      appendLines(dir, MERIT, 'Liên hệ: 001.095.001.234 hoặc (+84) 912-345-678.');
      writeFileSync(join(dir, D, '001095001234.md'), readFileSync(join(dir, MERIT), 'utf8').replace('1820/QĐ-UBND', '1825/QĐ-UBND').replace(/\n\nLiên hệ.*\n$/, '\n'));
    }, 'en');
    expect(messages.filter((m) => !m.includes('appears twice') && !m.includes('001095001234.md › recipients') && !m.includes('001095001234.md › period'))).toEqual([
      `${D}/001095001234.md › (tên tệp / file name) › the text "001095001234" looks like an identity card number › remove it: the portal does not publish an identity card number (personal data protection law)`,
      `${MERIT} › period.occasion › the text "NS: 12/3/1980" looks like a date of birth › remove it: the portal does not publish a date of birth (personal data protection law)`,
      `${MERIT} › period.occasion › the text "CCCD 0010 9500 1234" looks like an identity card number › remove it: the portal does not publish an identity card number (personal data protection law)`,
      `${MERIT} › recipients, row 1 (Nhân dân và cán bộ thôn số 3, xã Tú Đoạn, SN 12/03/1980) › name › the text "SN 12/03/1980" looks like a date of birth › remove it: the portal does not publish a date of birth (personal data protection law)`,
      `${MERIT} › (nội dung / body) › the text "001.095.001.234" looks like an identity card number › remove it: the portal does not publish an identity card number (personal data protection law)`,
      `${MERIT} › (nội dung / body) › the text "(+84) 912-345-678" looks like a phone number › remove it: the portal does not publish a phone number (personal data protection law)`,
    ]);
  });
});
