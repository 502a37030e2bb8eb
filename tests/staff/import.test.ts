import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { appendRecipients } from '../../src/staff/import/append.ts';
import { findHeaderRow, headingRoles, recogniseColumns } from '../../src/staff/import/headings.ts';
import { CLI_ERRORS } from '../../src/i18n/cli.ts';
import { CliError } from '../../src/staff/cli-error.ts';
import { PROBLEM_MESSAGES } from '../../src/i18n/problems.ts';
import { placeFinder } from '../../src/staff/import/places.ts';
import { formatBalance, formatPlan } from '../../src/staff/import/report.ts';
import { unreadableRows } from '../../src/staff/import/plan.ts';
import { kindFromName, parseKind, withoutCommune } from '../../src/staff/import/rows.ts';
import { runImport, type ImportOptions } from '../../src/staff/import/run.ts';
import { declaredUnpackedSize, readSpreadsheet } from '../../src/staff/import/spreadsheet.ts';
import { placeRefs } from '../../src/staff/scaffold.ts';
import { readContent } from '../../src/validate/content-files.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { ROOT, SAMPLE_CONTENT, copyContent } from '../helpers.ts';
import { decisionShapeSchema } from '../../src/staff/import/decision-shape.ts';
import { frontmatter } from './decision-file.ts';

const TODAY = '2026-11-25';
const CSV = join(ROOT, 'tests/fixtures/import/giao-vien-2016-2017.csv');
/** The fields of a new decision, as staff type them: names instead of ids, a Vietnamese date. */
const NEW_DECISION = {
  number: '1410/QĐ-UBND',
  date: '10/8/2017',
  authority: 'UBND huyện Lộc Bình',
  award: 'Lao động tiên tiến',
  reason: 'Đã hoàn thành tốt nhiệm vụ năm học 2016–2017',
  year: '2016',
  movement: 'day-tot-hoc-tot',
  signer: 'Hoàng Văn Minh',
  'signer-title': 'KT. Chủ tịch – Phó Chủ tịch',
  occupation: 'teacher',
};
const EXISTING = 'decisions/2017/1820-qd-ubnd-bang-khen-nong-thon-moi.md';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'portal-import-'));
}

function options(root: string, files: string[], extra: Partial<ImportOptions> = {}): ImportOptions {
  return { files, root, values: NEW_DECISION, write: false, today: TODAY, ...extra };
}

/** The CliError a promise rejects with, described in Vietnamese. */
async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return { code: error.code, message: error.describe('vi') };
    throw error;
  }
  throw new Error('expected a CliError');
}

/** A real .xlsx: a cover sheet, and the list with a merged title, group headings and the usual mess. */
async function listWorkbook(path: string, extraSheet = false): Promise<void> {
  const list: SheetData = [
    [{ value: 'UBND HUYỆN LỘC BÌNH', columnSpan: 4 }, null, null, null],
    [{ value: 'DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN', columnSpan: 4 }, null, null, null],
    [null, null, null, null],
    ['TT', 'Tên cá nhân, tập thể', 'Chức vụ', 'Địa chỉ'],
    ['I. TẬP THỂ', null, null, null],
    [1, 'Trường Tiểu học xã Nam Quan', null, 'xã Nam Quan, huyện Lộc Bình'],
    [2, 'Thôn Nà Vàng', null, 'xã Như Khuê'],
    ['II. CÁ NHÂN', null, null, null],
    [3, 'DƯƠNG VĂN BÁCH', 'Trưởng thôn', 'thôn Khòn Khoang, xã Bằng Khánh'],
    [null, null, null, null],
    [4, 'Trương Văn Hòa', 'Nông dân', 'thôn Bản Chu, xã Như Khuê'],
    [5, 'Dương Văn Bách', 'Trưởng thôn', 'thôn Khòn Khoang, xã Bằng Khánh'],
    [6, null, 'Nông dân', 'thôn Nà Vàng'],
  ];
  const sheets = [
    { sheet: 'Bìa', data: [['Công văn đề nghị khen thưởng'], ['Kèm theo danh sách ở trang sau']] as SheetData },
    { sheet: 'Danh sách', data: list },
  ];
  if (extraSheet) sheets.push({ sheet: 'Danh sách bổ sung', data: [['STT', 'Họ và tên'], [1, 'Lăng Văn Tính']] });
  await writeExcelFile(sheets).toFile(path);
}

describe('headings are recognised as offices write them', () => {
  it('in any case, with or without tone marks, composed or decomposed, in English', () => {
    for (const heading of ['Họ và tên', 'HỌ VÀ TÊN', 'ho va ten', 'Họ và tên'.normalize('NFD'), 'Họ và tên (viết in hoa)', 'Full name'])
      expect(headingRoles(heading)).toEqual(['name']);
    expect(headingRoles('ĐƠN VỊ CÔNG TÁC')).toEqual(['unit']);
    expect(headingRoles('Chức vụ, đơn vị công tác')).toEqual(['roleAndUnit']);
    expect(headingRoles('HÌNH THỨC KHEN THƯỞNG')).toEqual(['award']);
    expect(headingRoles('Danh xưng')).toEqual(['honorific']);
    expect(headingRoles('Chức vụ')).toEqual(['role']);
    expect(headingRoles('Thành tích')).toEqual(['achievement']);
    expect(headingRoles('Địa chỉ')).toEqual(['address']);
    expect(headingRoles('STT')).toEqual(['order']);
    expect(headingRoles('Ngày sinh')).toEqual(['personal']);
    expect(headingRoles('Số CCCD')).toEqual(['personal']);
    expect(headingRoles('Lương')).toBeUndefined();
  });

  it('"Tên đơn vị" is the name of a collective, or the unit beside a name column', () => {
    expect(recogniseColumns(['STT', 'Tên đơn vị', 'Địa chỉ']).map((c) => c.role)).toEqual(['order', 'name', 'address']);
    expect(recogniseColumns(['STT', 'Họ và tên', 'Tên đơn vị']).map((c) => c.role)).toEqual(['order', 'name', 'unit']);
    expect(recogniseColumns(['Họ tên', 'Họ và tên']).map((c) => c.role)).toEqual(['name', 'duplicate']);
  });

  it('the heading row is found below title rows, not in a title that starts like a heading', () => {
    const rows = [['DANH SÁCH KHEN THƯỞNG'], ['Tên đơn vị: Trường THCS xã Nam Quan'], [], ['STT', 'Họ và tên', 'Chức vụ'], [1, 'A', 'B']];
    expect(findHeaderRow(rows)?.index).toBe(3);
  });
});

describe('row helpers', () => {
  it('reads kinds in Vietnamese and English', () => {
    expect(['Cá nhân', 'TẬP THỂ', 'hộ gia đình', 'collective'].map(parseKind)).toEqual(['individual', 'collective', 'household', 'collective']);
    expect(parseKind('nhóm')).toBeUndefined();
  });

  it('guesses a collective from the name without taking a family name for one', () => {
    expect(kindFromName('Trường THCS xã Nam Quan')).toBe('collective');
    expect(kindFromName('Trương Văn Hòa')).toBeUndefined();
    expect(kindFromName('Tổ sản xuất số 3')).toBe('collective');
    expect(kindFromName('Tô Văn Lâm')).toBeUndefined();
    expect(kindFromName('Hộ ông Lăng Văn Tính')).toBe('household');
  });

  it('keeps the village of an address, since the commune goes to place', () => {
    expect(withoutCommune('thôn Nà Vàng, xã Như Khuê, huyện Lộc Bình', 'xã Như Khuê')).toBe('thôn Nà Vàng');
    expect(withoutCommune('xã Như Khuê', 'xã Như Khuê')).toBe('');
  });

  it('finds communes as they were on the date, by name or in an address', () => {
    const places = placeRefs(readContent(SAMPLE_CONTENT).content);
    expect(placeFinder(places, '2017-08-10').byName('Lộc Bình')).toEqual({ found: 'loc-binh/thi-tran-loc-binh' });
    expect(placeFinder(places, '2025-08-01').byName('Lộc Bình')).toEqual({ found: 'lang-son/xa-loc-binh' });
    expect(placeFinder(places, '2017-08-10').byName('KHUAT XA')).toEqual({ found: 'loc-binh/xa-khuat-xa' });
    expect(placeFinder(places, '2017-08-10').byName('Hà Nội')).toEqual({ unknown: true, suggestion: '' });
    expect(placeFinder(places, '2017-08-10').inAddress('thôn Nà Vàng, xã Như Khuê')?.id).toBe('loc-binh/xa-nhu-khue');
    expect(placeFinder(places, '2017-08-10').inAddress('thôn Nà Vàng')).toBeUndefined();
  });
});

describe('a CSV list into a new decision', () => {
  it('reports every row it does not write, with its row number, and the counts balance', async () => {
    const root = copyContent();
    const { plan, target, problems, written } = await runImport(options(root, [CSV]));
    expect(written).toBe(false);
    expect(target.file).toMatch(/decisions\/2017\/1410-qd-ubnd-lao-dong-tien-tien\.md$/);
    expect(plan.sources[0]).toMatchObject({ headerRow: 3, rowsIn: 12 });
    expect(plan.recipients.map((r) => [r.ref.row, r.recipient.name, r.recipient.place])).toEqual([
      [5, 'Nông Thị Hạnh', 'loc-binh/xa-nam-quan'],
      [6, 'Lương Văn Tuấn', 'loc-binh/xa-san-vien'],
      [8, 'Hoàng Thị Lan', 'loc-binh/thi-tran-loc-binh'],
      [11, 'Vi Thị Mai', 'loc-binh/xa-khuat-xa'],
      [12, 'Lý Văn Sáng', 'loc-binh/xa-tu-doan'],
    ]);
    expect(plan.reported.map((r) => [r.ref.row, r.reason])).toEqual([
      [4, 'numbering'],
      [7, 'blank'],
      [9, 'duplicate'],
      [10, 'no-name'],
      [13, 'total'],
      [14, 'blank'],
      [15, 'footer'],
    ]);
    expect(plan.rowsIn).toBe(plan.recipients.length + plan.reported.length);
    expect(formatBalance(plan)).toBe(
      'Cân đối: 12 dòng đọc vào = 5 dòng ghi + 7 dòng báo cáo (2 trống, 1 đánh số cột, 1 tổng cộng, 1 ký tên/ghi chú cuối bảng, 1 trùng lặp, 1 không đọc được)',
    );
    expect(formatBalance(plan, 'en')).toBe(
      'Balance: 12 rows in = 5 rows written + 7 rows reported (2 blank, 1 column numbering, 1 total, 1 signature/footnote, 1 repeated, 1 unreadable)',
    );
    expect(problems).toEqual([]);
  });

  it('writes a decision that validates, names in composed Unicode and title case', async () => {
    const root = copyContent();
    const result = await runImport(options(root, [CSV], { write: true }));
    expect(result.written).toBe(true);
    expect(result.problems).toEqual([]);
    const text = readFileSync(result.target.path, 'utf8');
    expect(text).toBe(`---
number: 1410/QĐ-UBND
date: 2017-08-10
authority: ubnd-huyen-loc-binh
signer:
  name: Hoàng Văn Minh
  title: KT. Chủ tịch – Phó Chủ tịch
award: lao-dong-tien-tien
reason: Đã hoàn thành tốt nhiệm vụ năm học 2016–2017
period:
  year: 2016
  movement: day-tot-hoc-tot
recipients:
  - kind: individual
    name: Nông Thị Hạnh
    role: Giáo viên
    unit: Trường Tiểu học xã Nam Quan
    place: loc-binh/xa-nam-quan
    occupation: teacher
  - kind: individual
    name: Lương Văn Tuấn
    role: Giáo viên
    unit: Trường THCS xã Sàn Viên
    place: loc-binh/xa-san-vien
    occupation: teacher
  - kind: individual
    name: Hoàng Thị Lan
    role: Tổng phụ trách Đội
    unit: Trường THCS thị trấn Lộc Bình
    place: loc-binh/thi-tran-loc-binh
    occupation: teacher
  - kind: individual
    name: Vi Thị Mai
    role: Giáo viên
    unit: Trường Tiểu học xã Khuất Xá
    place: loc-binh/xa-khuat-xa
    occupation: teacher
  - kind: individual
    name: Lý Văn Sáng
    role: Giáo viên; chủ nhiệm lớp 9A
    unit: Trường THCS xã Tú Đoạn
    place: loc-binh/xa-tu-doan
    occupation: teacher
---

<!-- Trích yếu hoặc toàn văn quyết định (không bắt buộc). -->
`);
    expect(text.normalize('NFC')).toBe(text);
    const { problems, counts } = validateFolder(root, TODAY);
    expect(problems).toEqual([]);
    expect(counts.recipients).toBe(validateFolder(SAMPLE_CONTENT, TODAY).counts.recipients + 5);
  });

  it('the same list with a comma delimiter, no BOM and English headings reads the same', async () => {
    const dir = tmp();
    const file = join(dir, 'list.csv');
    writeFileSync(file, 'No.,Full name,Position,Unit,Commune\n1,"NÔNG THỊ HẠNH",Giáo viên,Trường Tiểu học xã Nam Quan,Nam Quan\n2,Vi Thị Mai,"Giáo viên, tổ trưởng",Trường Tiểu học xã Khuất Xá,Khuất Xá\n');
    const { plan } = await runImport(options(copyContent(), [file]));
    expect(plan.recipients.map((r) => [r.recipient.name, r.recipient.role])).toEqual([
      ['Nông Thị Hạnh', 'Giáo viên'],
      ['Vi Thị Mai', 'Giáo viên, tổ trưởng'],
    ]);
  });

  it('refuses to write a decision the validator would reject, and says why', async () => {
    const root = copyContent();
    const result = await runImport(options(root, [CSV], { write: true, values: { ...NEW_DECISION, number: '1400/QĐ-UBND' } }));
    expect(result.written).toBe(false);
    expect(result.refusal?.code).toBe('invalid-entry');
    expect(result.problems.map((p) => p.code)).toEqual(['duplicate-number']);
  });
});

describe('cells that cannot be read', () => {
  it('make their row reported; personal-data columns are never imported', async () => {
    const file = join(tmp(), 'loai.csv');
    writeFileSync(
      file,
      [
        'STT;Họ và tên;Loại;Ngày sinh;Đơn vị;Xã;Thành phần',
        '1;Tổ sản xuất số 3;Tập thể;;thôn Nà Vàng;Như Khuê;Nông dân',
        '2;Hộ ông Lăng Văn Tính;hộ;;thôn Bản Chu;Như Khuê;',
        '3;Hoàng Văn Pá;nhóm;12/3/1970;thôn Bản Chu;Như Khuê;',
        '4;Lô Văn Páo;Cá nhân;1965;thôn Khòn Khoang;Xã Không Có;',
        '5;Lý Thị Mai;Cá nhân;;ĐT 0912 345 678;Như Khuê;',
        '6;Vi Văn Sơn;Cá nhân;;thôn Nà Vàng;Như Khuê;thợ mộc',
      ].join('\n'),
    );
    const values = { ...NEW_DECISION, award: 'giay-khen-chu-tich-ubnd-huyen', occupation: undefined };
    const { plan } = await runImport(options(copyContent(), [file], { values }));
    expect(plan.sources[0]?.columns.map((c) => c.role)).toEqual(['order', 'name', 'kind', 'personal', 'unit', 'commune', 'occupation']);
    expect(plan.recipients.map((r) => [r.ref.row, r.recipient.kind, r.recipient.occupation, r.notes.map((n) => n.code)])).toEqual([
      [2, 'collective', 'farmer', []],
      [3, 'household', undefined, []],
      [7, 'individual', undefined, ['unknown-occupation']],
    ]);
    expect(plan.reported.map((r) => [r.ref.row, r.reason])).toEqual([
      [4, 'bad-kind'],
      [5, 'unknown-commune'],
      [6, 'personal-data'],
    ]);
    expect(JSON.stringify(plan.recipients)).not.toContain('1970');
  });
});

describe('cells that are not plain text', () => {
  it('refuses formulas typed as text, markup and legacy-font text, repairs deceptive characters, and counts them all', async () => {
    const file = join(tmp(), 'nguy-hiem.csv');
    writeFileSync(
      file,
      [
        'STT;Họ và tên;Chức vụ;Xã',
        "1;=cmd|' /C calc'!A0;Giáo viên;Như Khuê",
        '2;<script>alert(1)</script>;Giáo viên;Như Khuê',
        '3;N«ng V¨n Mét;Giáo viên;Như Khuê',
        '4;Nguyeãn Vaên Tuaán;Giáo viên;Như Khuê',
        '5;Ðinh Văn Lâm;Giáo viên;Như Khuê',
        '6;Hoàng Vă\u200Bn Tư;Giáo viên;Như Khuê',
        '7;Lương Văn Tuấn;+HYPERLINK("http://evil.example");Như Khuê',
        '8;Lý Văn Sáng;Giáo viên;Như Khuê',
      ].join('\n'),
    );
    const result = await runImport(options(copyContent(), [file]));
    const { plan } = result;
    expect(plan.reported.map((r) => [r.ref.row, r.reason, r.params])).toEqual([
      [2, 'not-text', { column: 'B "Họ và tên"', value: "=cmd|' /C calc'!A0" }],
      [3, 'not-text', { column: 'B "Họ và tên"', value: '<script>alert(1)</script>' }],
      [4, 'legacy-encoding', { column: 'B "Họ và tên"', value: 'N«ng', encoding: 'TCVN3' }],
      [5, 'legacy-encoding', { column: 'B "Họ và tên"', value: 'Vaên', encoding: 'VNI' }],
      [8, 'not-text', { column: 'C "Chức vụ"', value: '+HYPERLINK("http://evil.example")' }],
    ]);
    expect(plan.recipients.map((r) => [r.ref.row, r.recipient.name, r.notes.map((n) => n.code)])).toEqual([
      [6, 'Đinh Văn Lâm', ['repaired-characters']],
      [7, 'Hoàng Văn Tư', ['repaired-characters']],
      [9, 'Lý Văn Sáng', []],
    ]);
    expect(formatBalance(plan)).toBe('Cân đối: 8 dòng đọc vào = 3 dòng ghi + 5 dòng báo cáo (5 công thức, mã hoặc bảng mã cũ); 2 dòng ghi đã sửa ký tự lạ');
    expect(formatBalance(plan, 'en')).toBe('Balance: 8 rows in = 3 rows written + 5 rows reported (5 formula, code or legacy encoding); 2 rows written with characters repaired');
    const report = formatPlan(result);
    expect(report).toContain(
      '  dòng 4    không nhập: ô B "Họ và tên" có "N«ng", chữ gõ bằng bảng mã cũ TCVN3 (phông .VnTime, VNI-Times…); chuyển bảng tính sang Unicode bằng "Công cụ chuyển mã" của Unikey (Ctrl+Shift+F6, nguồn TCVN3, đích Unicode) rồi nhập lại',
    );
    expect(report).toContain('      ↳ đã sửa ký tự ẩn hoặc chữ khác bảng chữ cái (U+00D0) ở ô B "Họ và tên", thành "Đinh Văn Lâm"; nên sửa cả trong bảng tính gốc');
    expect(unreadableRows(plan)).toHaveLength(5);
  });

  it('a formula cell of a workbook is written from the value Excel saved, with a note, and counted', async () => {
    const file = join(tmp(), 'cong-thuc.xlsx');
    writeFileSync(
      file,
      xlsx([
        '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="C1" t="inlineStr"><is><t>Xã</t></is></c></row>',
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="str"><f>Nút!A1</f><v>Bấm</v></c><c r="C2" t="inlineStr"><is><t>Như Khuê</t></is></c></row>',
        '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>Lý Văn Sáng</t></is></c><c r="C3" t="inlineStr"><is><t>Như Khuê</t></is></c></row>',
      ]),
    );
    const result = await runImport(options(copyContent(), [file]));
    const { plan } = result;
    expect(plan.recipients.map((r) => [r.ref.row, r.recipient.name, r.notes])).toEqual([
      [2, 'Bấm', [{ code: 'formula-cell', params: { cell: 'B2', formula: '=Nút!A1', value: 'Bấm' } }]],
      [3, 'Lý Văn Sáng', []],
    ]);
    expect(formatBalance(plan)).toBe('Cân đối: 2 dòng đọc vào = 2 dòng ghi + 0 dòng báo cáo; 1 dòng ghi có ô công thức');
    expect(formatPlan(result)).toContain(
      '      ↳ ô B2 là công thức (=Nút!A1): đã lấy giá trị Excel lưu sẵn "Bấm"; kiểm tra đúng là chữ cần đăng, tốt nhất dán thành giá trị (Dán đặc biệt › Giá trị)',
    );
  });
});

/** A minimal .xlsx, one sheet of the given `<row>` elements, stored without compression. */
function xlsx(rows: string[]): Buffer {
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  };
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const path = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(path.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(path.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(header, path, data);
    central.push(entry, path);
    offset += 30 + path.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('an Excel workbook', () => {
  it('finds the list among the sheets, reads group headings as kinds, and flags repeats', async () => {
    const file = join(tmp(), 'de-nghi.xlsx');
    await listWorkbook(file);
    const values = { ...NEW_DECISION, number: '1600/QĐ-UBND', date: '2017-09-01', award: 'giay-khen-chu-tich-ubnd-huyen', occupation: undefined };
    const root = copyContent();
    const { plan, text } = await runImport(options(root, [file], { values }));
    expect(plan.sources[0]).toMatchObject({ sheet: 'Danh sách', sheets: ['Bìa', 'Danh sách'], headerRow: 4 });
    expect(plan.recipients.map((r) => [r.ref.row, r.recipient.stt, r.recipient.group, r.recipient.kind, r.recipient.name, r.recipient.unit, r.recipient.place])).toEqual([
      [6, '1', 'I. TẬP THỂ', 'collective', 'Trường Tiểu học xã Nam Quan', undefined, 'loc-binh/xa-nam-quan'],
      [7, '2', 'I. TẬP THỂ', 'collective', 'Thôn Nà Vàng', undefined, 'loc-binh/xa-nhu-khue'],
      [9, '3', 'II. CÁ NHÂN', 'individual', 'Dương Văn Bách', 'thôn Khòn Khoang', 'loc-binh/xa-bang-khanh'],
      [11, '4', 'II. CÁ NHÂN', 'individual', 'Trương Văn Hòa', 'thôn Bản Chu', 'loc-binh/xa-nhu-khue'],
    ]);
    // Groups are kept as signed, so the decision is written with award lines (src/staff/import/decision-shape.ts).
    const written = decisionShapeSchema.parse(frontmatter(text));
    expect(written.award).toBeUndefined();
    expect(written.lines?.map((l) => [l.award, l.recipients.map((r) => `${r.stt} ${r.group} ${r.name}`)])).toEqual([
      ['giay-khen-chu-tich-ubnd-huyen', ['1 I. TẬP THỂ Trường Tiểu học xã Nam Quan', '2 I. TẬP THỂ Thôn Nà Vàng', '3 II. CÁ NHÂN Dương Văn Bách', '4 II. CÁ NHÂN Trương Văn Hòa']],
    ]);
    expect(plan.reported.map((r) => [r.ref.row, r.reason, r.params])).toEqual([
      [5, 'section', { value: 'I. TẬP THỂ' }],
      [8, 'section', { value: 'II. CÁ NHÂN' }],
      [10, 'blank', {}],
      [12, 'duplicate', { other: 9, name: 'Dương Văn Bách' }],
      [13, 'no-name', { value: 'Nông dân | thôn Nà Vàng' }],
    ]);
    expect(plan.rowsIn).toBe(9);
  });

  it('asks which sheet when two hold a list, and takes --sheet by name without tone marks', async () => {
    const file = join(tmp(), 'hai-trang.xlsx');
    await listWorkbook(file, true);
    expect(await errorOf(runImport(options(copyContent(), [file])))).toEqual({
      code: 'several-lists',
      message: `tệp "${file}" có nhiều trang chứa danh sách (Danh sách, Danh sách bổ sung): chọn một trang bằng --sheet "tên trang"`,
    });
    const { plan } = await runImport(options(copyContent(), [file], { sheet: 'danh sach bo sung' }));
    expect(plan.recipients.map((r) => r.recipient.name)).toEqual(['Lăng Văn Tính']);
    expect((await errorOf(runImport(options(copyContent(), [file], { sheet: 'Trang 9' })))).message).toBe(
      `tệp "${file}" không có trang "Trang 9"; các trang: Bìa, Danh sách, Danh sách bổ sung`,
    );
  });
});

describe('adding to an existing decision', () => {
  it('appends only new people, keeps the rest of the file byte for byte, and the result validates', async () => {
    const root = copyContent();
    const before = readFileSync(join(root, EXISTING), 'utf8');
    const file = join(tmp(), 'bo-sung.csv');
    // "Hoàng Văn Kháy" of thôn Nà Vàng is already listed: same person, written in capitals.
    writeFileSync(file, 'Họ và tên;Chức vụ;Địa chỉ\nHOÀNG VĂN KHÁY;Nông dân;thôn Nà Vàng, xã Như Khuê\nLăng Văn Tính;Nông dân;thôn Bản Chu, xã Như Khuê\n');
    const result = await runImport(options(root, [file], { decision: join(root, EXISTING), values: { occupation: 'farmer' }, write: true }));
    expect(result.plan.reported.map((r) => [r.ref.row, r.reason, r.params])).toEqual([[2, 'already-listed', { other: 4, name: 'Hoàng Văn Kháy' }]]);
    expect(result.written).toBe(true);
    const after = readFileSync(join(root, EXISTING), 'utf8');
    const cut = before.indexOf('\n---\n', 4) + 1;
    expect(after.slice(0, cut)).toBe(before.slice(0, cut));
    expect(after.slice(cut)).toBe(`  - kind: individual
    name: Lăng Văn Tính
    role: Nông dân
    unit: thôn Bản Chu
    place: loc-binh/xa-nhu-khue
    occupation: farmer
${before.slice(cut)}`);
    expect(validateFolder(root, TODAY).problems).toEqual([]);
  });

  it('takes the decision by id too, and refuses fields that belong to a new decision', async () => {
    const root = copyContent();
    const id = '2017/1820-qd-ubnd-bang-khen-nong-thon-moi';
    expect(await errorOf(runImport(options(root, [CSV], { decision: id })))).toMatchObject({ code: 'conflicting-options' });
    expect(await errorOf(runImport(options(root, [CSV], { decision: '2017/khong-co', values: {} })))).toMatchObject({ code: 'decision-not-found' });
    const { target } = await runImport(options(root, [CSV], { decision: id, values: {} }));
    expect(target.existing).toBe(15);
  });

  it('refuses a list written in one line rather than damaging it', () => {
    const text = '---\nnumber: "1/QĐ"\nrecipients: [{ kind: individual, name: A }]\n---\n';
    expect(() => appendRecipients('x.md', text, [{ kind: 'individual', name: 'B' }])).toThrow(CliError);
  });
});

describe('files that cannot be read give the documented errors', () => {
  const cases: [string, string | Buffer, string][] = [
    ['cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'unsupported-format'],
    ['hong.xlsx', 'Họ và tên\nA\n', 'not-xlsx'],
    ['windows-1258.csv', Buffer.from([0x48, 0xf4, 0x3b, 0x54, 0xea, 0x6e, 0x0a]), 'not-utf8'],
    ['trong.csv', '', 'empty-file'],
    ['ngoac.csv', 'Họ và tên;Chức vụ\n"Nguyễn Văn A;Giáo viên\n', 'csv-syntax'],
    ['khong-tieu-de.csv', 'Nguyễn Văn A;Giáo viên\nLê Thị B;Kế toán\n', 'no-header'],
    ['danh-sach.ods', 'x', 'unsupported-format'],
  ];
  for (const [name, content, code] of cases)
    it(`${name} → ${code}`, async () => {
      const file = join(tmp(), name);
      writeFileSync(file, content);
      expect((await errorOf(runImport(options(copyContent(), [file])))).code).toBe(code);
    });

  it('with messages that say what to do', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), Buffer.from([0x48, 0xf4, 0x0a]));
    expect((await errorOf(readSpreadsheet(join(dir, 'a.csv')))).message).toBe(
      `tệp "${join(dir, 'a.csv')}" không dùng bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi: trong Excel chọn Lưu thành › "CSV UTF-8 (Comma delimited)"`,
    );
    expect((await errorOf(readSpreadsheet(join(dir, 'khong-co.xlsx')))).message).toBe(`không tìm thấy tệp "${join(dir, 'khong-co.xlsx')}"`);
  });

  it('a workbook that would unpack to more than the limit is not unpacked', async () => {
    const file = join(tmp(), 'bom.xlsx');
    await writeExcelFile([['Họ và tên'], ['A']]).toFile(file);
    const zip = readFileSync(file);
    expect(declaredUnpackedSize(zip)).toBeGreaterThan(0);
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0xfffffff0, central + 24);
    writeFileSync(file, zip);
    expect((await errorOf(readSpreadsheet(file))).code).toBe('unpacked-too-large');
  });
});

describe('npm run import', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const decision = Object.entries(NEW_DECISION).flatMap(([k, v]) => [`--${k}`, v]);

  it('is a dry run by default, prints the balance, and exits 1 while rows need fixing', () => {
    const root = copyContent();
    const result = run(CSV, '--content', root, ...decision);
    expect(result.stdout).toContain('  dòng 10   không đọc được: thiếu họ tên (các ô khác: Giáo viên | Trường Mầm non xã Khuất Xá | Khuất Xá)\n');
    expect(result.stdout).toContain('Cân đối: 12 dòng đọc vào = 5 dòng ghi + 7 dòng báo cáo');
    expect(result.stdout).toContain('Chạy thử: chưa ghi gì.');
    expect(result.status).toBe(1);
    expect(validateFolder(root, TODAY).counts.decisions).toBe(validateFolder(SAMPLE_CONTENT, TODAY).counts.decisions);
  });

  it('writes with --write and checks the folder, in English with --lang en', () => {
    const root = copyContent();
    const result = run(CSV, '--content', root, ...decision, '--write', '--lang', 'en');
    expect(result.stdout).toContain('Wrote 5 recipients:');
    expect(result.stdout).toContain('Content check: no problems.');
    expect(validateFolder(root, TODAY).problems).toEqual([]);
  });

  it('names every missing flag when it cannot ask (no terminal)', () => {
    const result = run(CSV, '--content', copyContent(), '--number', '1/QĐ-UBND');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      '✗ thiếu thông tin: --date, --authority, --reason, --year, --signer, --signer-title. Thêm các tham số này (hoặc chạy trong cửa sổ dòng lệnh để được hỏi từng mục)',
    );
  });
});

describe('the staff guide', () => {
  it('explains every error code, of the content check and of the commands', () => {
    const guide = readFileSync(join(ROOT, 'docs/staff-guide.md'), 'utf8');
    const documented = new Set([...guide.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
    expect([...Object.keys(PROBLEM_MESSAGES), ...Object.keys(CLI_ERRORS)].filter((code) => !documented.has(code))).toEqual([]);
  });
});

describe('names typed in capitals', () => {
  it('are title-cased word by word for people and households, never for collectives', async () => {
    const { tidyName } = await import('../../src/staff/import/rows.ts');
    expect(tidyName('NGUYỄN Văn An', 'individual')).toBe('Nguyễn Văn An');
    expect(tidyName('hoàng văn kháy', 'individual')).toBe('Hoàng Văn Kháy');
    expect(tidyName('Hộ ông TRIỆU VĂN PHÚC', 'household')).toBe('Hộ ông Triệu Văn Phúc');
    expect(tidyName('HỘ BÀ CHU THỊ NGUYỆT', 'household')).toBe('Hộ bà Chu Thị Nguyệt');
    expect(tidyName('Trường THCS thị trấn Lộc Bình', 'collective')).toBe('Trường THCS thị trấn Lộc Bình');
  });
});
