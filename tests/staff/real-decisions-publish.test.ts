/**
 * The chain from a sheet to the published page: each real decision's sheet (tests/fixtures/import),
 * imported into the province's content folder that the second-office build publishes
 * (tests/fixtures/second-office, whose build test checks pages, CSV and search), passes the portal's
 * own validator there and gives the same award lines, in the same order, with the same people as the
 * decision file that build publishes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { linesOf, decisionShapeSchema } from '../../src/staff/import/decision-shape.ts';
import { runImport } from '../../src/staff/import/run.ts';
import { DA_NANG_2234 } from '../fixtures/import/da-nang-2234.ts';
import { ROOT } from '../helpers.ts';
import { frontmatter } from './decision-file.ts';

const OFFICE = join(ROOT, 'tests/fixtures/second-office');
const SHEETS = join(ROOT, 'tests/fixtures/import');

/** Each row as "award | kind | honorific | name", in the decision's order. */
function rowsOf(text: string): string[] {
  return linesOf(decisionShapeSchema.parse(frontmatter(text))).flatMap((l) =>
    l.recipients.map((r) => [l.award, r.kind, r.honorific ?? '', r.name].join(' | ')),
  );
}

/** The office's content folder without the decision the sheet will bring back. */
function officeWithout(published: string): string {
  const root = join(mkdtempSync(join(tmpdir(), 'portal-office-')), 'content');
  cpSync(OFFICE, root, { recursive: true });
  rmSync(join(root, 'decisions', published));
  return root;
}

async function daNangSheet(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'portal-sheet-')), 'da-nang-2234.xlsx');
  await writeExcelFile([{ sheet: 'Danh sách', data: DA_NANG_2234 }]).toFile(file);
  return file;
}

const CASES = [
  {
    name: 'Đà Nẵng 2234 (three classes of the Labour Order)',
    published: '2014/2234-huan-chuong-lao-dong-da-nang.md',
    sheet: daNangSheet,
    values: { number: '2234', date: '9/9/2014', authority: 'QĐ-CTN', year: '2013', signer: 'unknown', reason: 'Đã có thành tích xuất sắc trong công tác từ năm 2009 đến năm 2013, góp phần vào sự nghiệp xây dựng Chủ nghĩa xã hội và bảo vệ Tổ quốc' },
  },
  {
    name: 'Quảng Bình 1632/QĐ-UBND (a title and a Bằng khen for two of the same collectives)',
    published: '2020/1632-qd-ubnd-tap-the-lao-dong-xuat-sac-quang-binh.md',
    sheet: async () => join(SHEETS, 'quang-binh-1632-qd-ubnd-2020.csv'),
    values: { number: '1632/QĐ-UBND', date: '22/5/2020', authority: 'UBND tỉnh Quảng Bình', year: '2019', signer: 'unknown', reason: 'Đã có thành tích xuất sắc trong công tác năm 2019' },
  },
  {
    name: 'Tiền Giang 1766/QĐ-TTg (date and signer not printed)',
    published: '2016/1766-qd-ttg-bang-khen-tien-giang.md',
    sheet: async () => join(SHEETS, 'tien-giang-1766-qd-ttg.csv'),
    values: { number: '1766/QĐ-TTg', date: '2016', authority: 'QĐ-TTg', year: '2015', signer: 'unknown', reason: 'Đã có thành tích trong công tác từ năm 2011 đến năm 2015, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc' },
  },
];

describe('a real decision imported from its sheet is the decision the province publishes', () => {
  for (const c of CASES)
    it(c.name, async () => {
      const root = officeWithout(c.published);
      const result = await runImport({ files: [await c.sheet()], root, values: c.values, write: false, today: '2026-12-03' });
      expect(result.problems, JSON.stringify(result.problems, null, 1)).toEqual([]);
      expect(result.refusal).toBeUndefined();
      expect(rowsOf(result.text)).toEqual(rowsOf(readFileSync(join(OFFICE, 'decisions', c.published), 'utf8')));
      expect(decisionShapeSchema.parse(frontmatter(result.text)).number).toBe(c.values.number);
    });
});
