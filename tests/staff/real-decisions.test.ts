/**
 * Three real published decisions (tests/fixtures/import/README.md), imported from sheets typed the way
 * offices type them: every recipient gets its award line, honorifics come off the names, nothing is
 * dropped, and the same collective under two lines is two awards.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/staff/cli-error.ts';
import { decisionShapeSchema, linesOf } from '../../src/staff/import/decision-shape.ts';
import { runImport } from '../../src/staff/import/run.ts';
import { draftDecision, renderEntry, writeDraft } from '../../src/staff/scaffold.ts';
import { readContent } from '../../src/validate/content-files.ts';
import { DA_NANG_2234 } from '../fixtures/import/da-nang-2234.ts';
import { ROOT } from '../helpers.ts';
import { frontmatter } from './decision-file.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/import');
const QUANG_BINH = join(FIXTURES, 'quang-binh-1632-qd-ubnd-2020.csv');
const TIEN_GIANG = join(FIXTURES, 'tien-giang-1766-qd-ttg.csv');
const TODAY = '2026-11-25';

function catalogue(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'portal-real-')), 'content');
  cpSync(join(FIXTURES, 'real-decisions'), root, { recursive: true });
  return root;
}

async function daNangSheet(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'portal-real-')), 'da-nang-2234.xlsx');
  await writeExcelFile([{ sheet: 'Danh sách', data: DA_NANG_2234 }]).toFile(file);
  return file;
}

const DA_NANG = {
  number: '2234',
  date: '9/9/2014',
  authority: 'QĐ-CTN',
  reason: 'Đã có thành tích xuất sắc trong công tác từ năm 2009 đến năm 2013, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc',
  year: '2013',
  signer: 'unknown',
  'source-kind': 'newspaper',
  'source-title': 'Báo Đà Nẵng',
  'source-url': 'https://baodanang.vn/channel/5399/201409/6-tap-the-3-ca-nhan-duoc-tang-thuong-huan-chuong-lao-dong-cac-hang-2360016',
  'source-date': '2014-09',
};
const QB = {
  number: '1632/QĐ-UBND',
  date: '22/5/2020',
  authority: 'UBND tỉnh Quảng Bình',
  reason: 'Đã có thành tích xuất sắc trong công tác năm 2019',
  year: '2019',
  signer: 'unknown',
};
const TG = {
  number: '1766/QĐ-TTg',
  date: '2016',
  authority: 'QĐ-TTg',
  reason: 'Đã có thành tích trong công tác từ năm 2011 đến năm 2015, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc',
  year: '2015',
  signer: 'unknown',
  'source-kind': 'newspaper',
  'source-title': 'Đài Phát thanh và Truyền hình Tiền Giang (thtg.vn), bản tin',
  'source-url': 'http://www.thtg.vn/videos/sac-mau-nghe-nhan/',
};

/** Each written recipient as "award | stt | group | honorific | name | roleAndUnit". */
function rows(text: string): string[] {
  const decision = decisionShapeSchema.parse(frontmatter(text));
  return linesOf(decision).flatMap((l) => l.recipients.map((r) => [l.award, r.stt, r.group, r.kind, r.honorific, r.name, r.roleAndUnit].map((v) => v ?? '').join(' | ')));
}

async function refusal(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('the import did not stop');
}

describe('Đà Nẵng 2234/2014: three classes of one order in one decision', () => {
  it('gives every row its class from the group rows, splits honorifics off, keeps the combined cell, drops no one', async () => {
    const result = await runImport({ files: [await daNangSheet()], root: catalogue(), values: DA_NANG, write: false, today: TODAY });
    expect(rows(result.text)).toEqual([
      'huan-chuong-lao-dong-hang-nhat | 1 |  | individual | Ông | Huỳnh Nghĩa | Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch HĐND, Trưởng đoàn Đại biểu Quốc hội thành phố Đà Nẵng',
      'huan-chuong-lao-dong-hang-nhi | 1 |  | collective |  | Liên hiệp các Tổ chức hữu nghị thành phố | ',
      'huan-chuong-lao-dong-hang-nhi | 2 |  | collective |  | Liên hiệp các Hội Khoa học và Kỹ thuật thành phố | ',
      'huan-chuong-lao-dong-hang-nhi | 3 |  | collective |  | Liên hiệp các Hội Văn học - Nghệ thuật thành phố | ',
      'huan-chuong-lao-dong-hang-nhi | 4 |  | collective |  | Hội Khuyến học thành phố | ',
      'huan-chuong-lao-dong-hang-ba | 1 | I. Tập thể | collective |  | Văn phòng Đoàn Đại biểu Quốc hội và HĐND thành phố | ',
      'huan-chuong-lao-dong-hang-ba | 2 | I. Tập thể | collective |  | Hội Nhà báo thành phố | ',
      'huan-chuong-lao-dong-hang-ba | 3 | II. Cá nhân | individual | Bà | Đỗ Thị Kim Lĩnh | Chủ tịch Hội Liên hiệp Phụ nữ thành phố',
      'huan-chuong-lao-dong-hang-ba | 4 | II. Cá nhân | individual | Ông | Phạm Hùng Chiến | Giám đốc Sở Y tế thành phố',
    ]);
    const decision = decisionShapeSchema.parse(frontmatter(result.text));
    expect(decision).toMatchObject({ number: '2234', date: '2014-09-09', authority: 'chu-tich-nuoc', signer: 'unknown' });
    expect(decision.source).toEqual({ kind: 'newspaper', title: 'Báo Đà Nẵng', url: DA_NANG['source-url'], date: '2014-09', checked: false });
    expect(decision.lines?.map((l) => l.heading)).toEqual([
      'A. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT (01 cá nhân)',
      'B. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ (04 tập thể)',
      'C. HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA',
    ]);
    expect(result.plan.reported.map((r) => r.reason)).toEqual(['section', 'section', 'section', 'section', 'section']);
    expect(result.plan.rowsIn).toBe(result.plan.recipients.length + result.plan.reported.length);
    expect(result.target.file).toBe('content/decisions/2014/2234-khen-thuong.md');
  });
});

describe('Quảng Bình 1632/QĐ-UBND/2020: a title and a Bằng khen in one decision', () => {
  it('the same collective under two award lines is two awards, not a duplicate', async () => {
    const result = await runImport({ files: [QUANG_BINH], root: catalogue(), values: QB, write: false, today: TODAY });
    const written = rows(result.text).map((r) => r.split(' | ').filter((_, i) => [0, 1, 5].includes(i)).join(' '));
    expect(written).toEqual([
      'tap-the-lao-dong-xuat-sac 1 Nhân dân và cán bộ xã Văn Hóa',
      'tap-the-lao-dong-xuat-sac 2 Nhân dân và cán bộ xã Châu Hóa',
      'tap-the-lao-dong-xuat-sac 3 Nhân dân và cán bộ xã Thuận Hóa',
      'tap-the-lao-dong-xuat-sac 4 Nhân dân và cán bộ thị trấn Quán Hàu',
      'tap-the-lao-dong-xuat-sac 5 Nhân dân và cán bộ xã Võ Ninh',
      'tap-the-lao-dong-xuat-sac 6 Nhân dân và cán bộ xã An Ninh',
      'tap-the-lao-dong-xuat-sac 7 Nhân dân và cán bộ xã Hải Ninh',
      'bang-khen-chu-tich-ubnd-tinh 1 Nhân dân và cán bộ xã Châu Hóa',
      'bang-khen-chu-tich-ubnd-tinh 2 Nhân dân và cán bộ xã Văn Hóa',
    ]);
    expect(result.plan.reported.map((r) => [r.ref.row, r.reason])).toEqual([
      [6, 'section'],
      [14, 'section'],
      [17, 'blank'],
      [18, 'total'],
    ]);
    expect(decisionShapeSchema.parse(frontmatter(result.text))).toMatchObject({ authority: 'ubnd-tinh-quang-binh', date: '2020-05-22', signer: 'unknown' });
  });

  it('a real duplicate, the same collective twice in one line, is reported with both rows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'portal-real-')), 'lap.csv');
    // Row 16, under the Bằng khen, typed again as the collective of row 15, in capitals and another tone placement.
    writeFileSync(file, readFileSync(QUANG_BINH, 'utf8').replace('2;Nhân dân và cán bộ xã Văn Hóa;', '2;NHÂN DÂN VÀ CÁN BỘ XÃ CHÂU HOÁ;'));
    const result = await runImport({ files: [file], root: catalogue(), values: QB, write: false, today: TODAY });
    expect(result.plan.reported.filter((r) => r.reason === 'duplicate').map((r) => [r.ref.row, r.params])).toEqual([[16, { other: 15, name: 'Nhân dân và cán bộ xã Châu Hóa' }]]);
    expect(result.plan.recipients).toHaveLength(8);
  });

  it('an award the catalogue lacks stops the import and names the rows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'portal-real-')), 'hang-tu.csv');
    writeFileSync(file, readFileSync(QUANG_BINH, 'utf8').replace('II. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (02 tập thể)', 'II. HUÂN CHƯƠNG LAO ĐỘNG HẠNG TƯ'));
    const error = await refusal(runImport({ files: [file], root: catalogue(), values: QB, write: false, today: TODAY }));
    expect(error.code).toBe('award-rows');
    expect(error.describe('vi').split('\n').slice(1)).toEqual([
      '  dòng 15: "II. HUÂN CHƯƠNG LAO ĐỘNG HẠNG TƯ" (ghi ở dòng 14) không có trong awards.yaml; gần nhất: huan-chuong-lao-dong-hang-nhat, huan-chuong-lao-dong-hang-nhi, huan-chuong-lao-dong-hang-ba',
      '  dòng 16: "II. HUÂN CHƯƠNG LAO ĐỘNG HẠNG TƯ" (ghi ở dòng 14) không có trong awards.yaml; gần nhất: huan-chuong-lao-dong-hang-nhat, huan-chuong-lao-dong-hang-nhi, huan-chuong-lao-dong-hang-ba',
    ]);
  });
});

describe('Tiền Giang 1766/QĐ-TTg: one award, date and signer not printed', () => {
  it('reads the award from a cell merged down the column and writes the single-award form', async () => {
    const result = await runImport({ files: [TIEN_GIANG], root: catalogue(), values: TG, write: false, today: TODAY });
    const decision = decisionShapeSchema.parse(frontmatter(result.text));
    expect(decision.award).toBe('bang-khen-thu-tuong');
    expect(decision.lines).toBeUndefined();
    expect(rows(result.text)).toEqual([
      'bang-khen-thu-tuong |  |  | individual | Bà | Nguyễn Thị Tho Đông | Phó GĐ Đài PT-TH tỉnh',
      'bang-khen-thu-tuong |  |  | individual | Ông | Nguyễn Văn Cường | Phó GĐ TT Xúc tiến Đầu tư - Thương mại - Du lịch tỉnh',
      'bang-khen-thu-tuong |  |  | individual | Ông | Đỗ Văn Phước | Phó GĐ Sở Công thương',
      'bang-khen-thu-tuong |  |  | individual | Ông | Nguyễn Hữu Đức | Phó Chánh VP UBND tỉnh',
      'bang-khen-thu-tuong |  |  | individual | Ông | Nguyễn Văn Nha | Phó Chủ tịch UBND huyện Cái Bè',
      'bang-khen-thu-tuong |  |  | individual | Ông | Nguyễn Văn Quốc | Phó Chủ tịch UBND TX. Gò Công',
    ]);
    // A year alone is quoted, so that YAML keeps it as the text of a date, not a number.
    expect(result.text).toContain('date: "2016"\n');
    expect(result.text).toContain('signer: unknown\n');
    expect(decision.authority).toBe('thu-tuong-chinh-phu');
  });

  it('a contradicting --award stops the import and names every row', async () => {
    const error = await refusal(runImport({ files: [TIEN_GIANG], root: catalogue(), values: { ...TG, award: 'Bằng khen của Chủ tịch UBND tỉnh' }, write: false, today: TODAY }));
    expect(error.code).toBe('award-rows');
    expect(error.describe('en').split('\n')).toEqual([
      'not imported: 6 rows have an award form that cannot be decided. Fix the sheet, or add the missing form with npm run new -- award, then import again:',
      ...[4, 5, 6, 7, 8, 9].map((row) => `  row ${row}: the sheet says "BK TTCP" (row 4, i.e. bang-khen-thu-tuong) but --award is bang-khen-chu-tich-ubnd-tinh; drop --award or fix the sheet`),
    ]);
  });
});

describe('a decision made by npm run new, then filled by the import', () => {
  const base = { ...DA_NANG, signer: 'Trương Tấn Sang', 'signer-title': 'Chủ tịch nước' };
  delete (base as Record<string, unknown>)['source-kind'];

  it('without recipients: the import writes its award lines', async () => {
    const root = catalogue();
    const draft = draftDecision(base, readContent(root).content);
    expect(draft.data.recipients).toEqual([]);
    writeDraft(root, draft, renderEntry(draft));
    const result = await runImport({ files: [await daNangSheet()], root, decision: join(root, draft.relPath), values: {}, write: false, today: TODAY });
    expect(rows(result.text)).toHaveLength(9);
    expect(result.text.startsWith(renderEntry(draft).split('recipients:')[0]!)).toBe(true);
    expect(decisionShapeSchema.parse(frontmatter(result.text)).signer).toEqual({ name: 'Trương Tấn Sang', title: 'Chủ tịch nước' });
  });

  it('with the one recipient it asked for: the sheet completes that person rather than listing them twice', async () => {
    const root = catalogue();
    const draft = draftDecision({ ...base, award: 'HCLĐ hạng Nhất', recipient: ['Huỳnh Nghĩa'] }, readContent(root).content);
    writeDraft(root, draft, renderEntry(draft));
    const result = await runImport({ files: [await daNangSheet()], root, decision: join(root, draft.relPath), values: {}, write: false, today: TODAY });
    expect(rows(result.text).filter((r) => r.includes('Huỳnh Nghĩa'))).toEqual([
      'huan-chuong-lao-dong-hang-nhat | 1 |  | individual | Ông | Huỳnh Nghĩa | Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch HĐND, Trưởng đoàn Đại biểu Quốc hội thành phố Đà Nẵng',
    ]);
    expect(rows(result.text)).toHaveLength(9);
    expect(result.plan.reported.filter((r) => r.reason === 'already-listed')).toEqual([]);
  });
});
