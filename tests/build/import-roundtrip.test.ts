import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/staff/import/run.ts';
import { ROOT, buildSite, copyContent, readPage } from '../helpers.ts';

/** Spreadsheets staff receive, imported with --write, then the whole site built from the result. */
describe('an imported spreadsheet, through the build', () => {
  it('puts every imported honoree on the decision page and in the open-data export', async () => {
    const content = copyContent();
    const xlsx = join(mkdtempSync(join(tmpdir(), 'portal-xlsx-')), 'ho-gia-dinh.xlsx');
    await writeExcelFile([
      ['DANH SÁCH HỘ GIA ĐÌNH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Ho va ten chu ho', 'Địa chỉ'],
      [1, 'Hộ ông TRIỆU VĂN PHÚC', 'thôn Bản Chắt, xã Tú Mịch'],
      [2, 'Hộ bà Chu Thị Nguyệt'.normalize('NFD'), 'thôn Nà Pàn, xã Ái Quốc'],
    ]).toFile(xlsx);
    const common = { root: content, write: true, today: '2026-11-25' };
    const teachers = await runImport({
      ...common,
      files: [join(ROOT, 'tests/fixtures/import/giao-vien-2016-2017.csv')],
      values: {
        number: '1410/QĐ-UBND', date: '10/8/2017', authority: 'UBND huyện Lộc Bình', award: 'Lao động tiên tiến',
        reason: 'Đã hoàn thành tốt nhiệm vụ năm học 2016–2017', year: '2016', signer: 'Hoàng Văn Minh',
        'signer-title': 'KT. Chủ tịch – Phó Chủ tịch', occupation: 'teacher',
      },
    });
    const households = await runImport({
      ...common,
      files: [xlsx],
      values: {
        number: '1411/QĐ-UBND', date: '12/8/2017', authority: 'UBND huyện Lộc Bình', award: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
        reason: 'Đã có thành tích trong phong trào xây dựng nông thôn mới', year: '2017', signer: 'Hoàng Văn Minh',
        'signer-title': 'KT. Chủ tịch – Phó Chủ tịch', kind: 'household',
      },
    });
    expect(teachers.written && households.written).toBe(true);

    const site = join(content, '..', `${basename(content)}-site`);
    const build = buildSite(content, site);
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/Đã đọc 18 quyết định, 710 lượt khen thưởng/);

    const csv = readFileSync(join(site, 'data/khen-thuong.csv'), 'utf8');
    const imported = [
      { id: teachers.target.file, names: ['Nông Thị Hạnh', 'Lương Văn Tuấn', 'Hoàng Thị Lan', 'Vi Thị Mai', 'Lý Văn Sáng'] },
      { id: households.target.file, names: ['Hộ ông Triệu Văn Phúc', 'Hộ bà Chu Thị Nguyệt'] },
    ];
    for (const { id, names } of imported) {
      const decisionId = id.replace(/^.*decisions\//, '').replace(/\.md$/, '');
      expect(existsSync(join(site, 'quyet-dinh', decisionId, 'index.html')), decisionId).toBe(true);
      const html = readPage(site, `quyet-dinh/${decisionId}/`);
      for (const name of names) {
        expect(html, name).toContain(name);
        expect(csv, name).toContain(name);
      }
    }
  });
});
