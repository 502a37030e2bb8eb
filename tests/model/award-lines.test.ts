/**
 * Decisions of several award lines, an unknown signer and partial dates, through the model and what is
 * computed from it: the second office's real decisions (tests/fixtures/second-office/README.md).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildBrowseIndex } from '../../src/model/browse.ts';
import { decisionTitle } from '../../src/model/decision-title.ts';
import { buildPortal } from '../../src/model/portal.ts';
import { yearFigures } from '../../src/model/stats.ts';
import { cite } from '../../src/publish/citation.ts';
import { exportContext, exportRows } from '../../src/publish/exports.ts';
import { decisionJsonLd } from '../../src/publish/jsonld.ts';
import { decisionEntries } from '../../src/publish/feeds.ts';
import { decisionSchema, decisionLines } from '../../src/schemas/decision.ts';
import { decisionPage } from '../../src/page-models/decision.ts';
import { pageContext } from '../../src/site/page-context.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { ROOT } from '../helpers.ts';

const { content, problems } = validateFolder(join(ROOT, 'tests/fixtures/second-office'), '2026-01-01');
const portal = buildPortal({ ...content, stories: [] });
const browse = buildBrowseIndex(portal);
const vi = pageContext('vi', '/', content.site);
const DA_NANG = '2014/2234-huan-chuong-lao-dong-da-nang';
const QUANG_BINH = '2020/1632-qd-ubnd-tap-the-lao-dong-xuat-sac-quang-binh';
const TIEN_GIANG = '2016/1766-qd-ttg-bang-khen-tien-giang';
const decision = (id: string) => portal.decisionById.get(id)!;

describe('a decision of several award lines', () => {
  it('is valid, the same collective under two lines included', () => {
    expect(problems).toEqual([]);
  });

  it('resolves each line’s award and numbers rows on across lines', () => {
    const d = decision(DA_NANG);
    expect(d.lines.map((l) => [l.award.id, l.rows.map((r) => r.row)])).toEqual([
      ['huan-chuong-lao-dong-hang-nhat', [1]],
      ['huan-chuong-lao-dong-hang-nhi', [2, 3, 4, 5]],
      ['huan-chuong-lao-dong-hang-ba', [6, 7, 8, 9]],
    ]);
    expect(d.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(d.rows.every((r) => r.award === r.line.award)).toBe(true);
  });

  it('reads a single-award file as one line, its rows numbered as before', () => {
    const single = decision('2014/1436-qd-ubnd-bang-khen-chi-thi-03');
    expect(single.lines).toHaveLength(1);
    expect(single.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(decisionLines(single.data)[0]!.field).toBe('');
  });

  it('counts each line’s recipients under its own form', () => {
    const figures = yearFigures(portal.decisions, 2014);
    const byAward = Object.fromEntries(figures.byAward.map((f) => [f.award, [f.byKind.individual, f.byKind.collective, f.decisions]]));
    expect(byAward['huan-chuong-lao-dong-hang-nhat']).toEqual([1, 0, [DA_NANG]]);
    expect(byAward['huan-chuong-lao-dong-hang-nhi']).toEqual([0, 4, [DA_NANG]]);
    expect(byAward['huan-chuong-lao-dong-hang-ba']).toEqual([2, 2, [DA_NANG]]);
    const qb = Object.fromEntries(yearFigures(portal.decisions, 2020).byAward.map((f) => [f.award, f.total]));
    expect(qb).toEqual({ 'tap-the-lao-dong-xuat-sac': 7, 'bang-khen-chu-tich-ubnd-tinh': 2 });
  });

  it('is found under every form it confers', () => {
    for (const award of ['tap-the-lao-dong-xuat-sac', 'bang-khen-chu-tich-ubnd-tinh']) expect(browse.byAward.get(award)).toContain(decision(QUANG_BINH));
  });

  it('is titled by all its forms, once each, verbs shared', () => {
    expect(decisionTitle(decision(QUANG_BINH))).toBe(
      'Quyết định số 1632/QĐ-UBND về việc công nhận danh hiệu Tập thể lao động xuất sắc và tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    );
    expect(decisionTitle(decision(DA_NANG), 'en', { dated: true })).toBe(
      'Decision 2234 of 9 September 2014 awarding Labour Order, First Class, Labour Order, Second Class and Labour Order, Third Class',
    );
  });

  it('exports each row with its line’s award and reason, and the place’s levels', () => {
    const rows = exportRows(exportContext(portal, 'https://example.gov.vn', '/'), [decision(QUANG_BINH)]);
    expect(rows.map((r) => [r.row, r.line, r.awardId, r.reason.slice(0, 12)]).slice(6)).toEqual([
      [7, 1, 'tap-the-lao-dong-xuat-sac', 'Đạt danh hiệ'],
      [8, 2, 'bang-khen-chu-tich-ubnd-tinh', 'Đã có thành '],
      [9, 2, 'bang-khen-chu-tich-ubnd-tinh', 'Đã có thành '],
    ]);
    expect([rows[0]!.communeName, rows[0]!.districtName, rows[0]!.provinceName, rows[0]!.achievementYear]).toEqual(['xã Văn Hóa', 'huyện Tuyên Hóa', 'tỉnh Quảng Bình', 2019]);
    expect([rows[0]!.sourceKind, rows[0]!.sourceChecked, rows[0]!.signer]).toEqual(['portal', false, null]);
  });

  it('shows the lines as signed, each with its own reason, and the source', () => {
    const page = decisionPage(portal, browse, QUANG_BINH, 'https://example.gov.vn/x/', vi);
    expect(page.lines.map((l) => [l.heading, l.reason])).toEqual([
      ['Tập thể lao động xuất sắc (7)', 'Đạt danh hiệu Tập thể Lao động xuất sắc trong công tác năm 2019'],
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (2)', 'Đã có thành tích xuất sắc trong công tác năm 2019'],
    ]);
    expect(page.lines[1]!.groups[0]!.rows.map((r) => [r.row, r.stt, r.name])).toEqual([
      [8, '8', 'Nhân dân và cán bộ xã Châu Hóa'],
      [9, '9', 'Nhân dân và cán bộ xã Văn Hóa'],
    ]);
    expect(page.facts.map((f) => f.label)).not.toContain('Thành tích');
    expect(page.facts.find((f) => f.label === 'Người ký')!.value).toBe('chưa rõ (nguồn không ghi)');
    expect(page.facts.find((f) => f.label === 'Nguồn văn bản')!.href).toContain('quangbinh.gov.vn');
    expect(page.facts.find((f) => f.label === 'Đối chiếu bản gốc')!.value).toBe('chưa đối chiếu với bản gốc có chữ ký');
  });

  it('shows the honorific apart from the name, and the combined role cell as typed', () => {
    const row = decisionPage(portal, browse, DA_NANG, 'https://example.gov.vn/x/', vi).lines[0]!.groups[0]!.rows[0]!;
    expect([row.honorific, row.name, row.roleAndUnit, row.role, row.unit]).toEqual([
      'Ông',
      'Huỳnh Nghĩa',
      'Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch HĐND, Trưởng đoàn Đại biểu Quốc hội thành phố Đà Nẵng',
      '',
      '',
    ]);
  });
});

describe('a date known only to the year', () => {
  const d = decision(TIEN_GIANG);
  it('sorts as the last day of its year, and counts in that year', () => {
    expect(d.sortDate).toBe('2016-12-31');
    expect(yearFigures(portal.decisions, 2016).total).toBe(6);
    expect(browse.byYear.get(2016)).toEqual([d]);
  });
  it('is cited with the year only and left out of schema.org and Atom’s published date', () => {
    const citation = cite({ decision: d, url: 'https://example.gov.vn/x/', accessed: '2026-01-02' });
    expect(citation.csl.issued).toEqual({ 'date-parts': [[2016]] });
    expect(citation.text).toContain('Quyết định số 1766/QĐ-TTg năm 2016 về việc tặng Bằng khen của Thủ tướng Chính phủ');
    expect(citation.bibtex).toContain('date = {2016},');
    expect(decisionJsonLd(d, 'https://example.gov.vn/x/', 'x')).not.toHaveProperty('legislationDate');
    const [entry] = decisionEntries(exportContext(portal, 'https://example.gov.vn', '/'), [d]);
    expect([entry!.published, entry!.updated]).toEqual([undefined, '2016-12-31']);
  });
});

describe('the decision schema', () => {
  const base = { number: '1/QĐ-UBND', date: '2014-09', authority: 'a', signer: 'unknown', period: { year: 2014 } };
  const line = { award: 'x', recipients: [{ kind: 'collective', name: 'A' }] };
  const issues = (data: object) => {
    const result = decisionSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };
  it('takes one award or lines, never both, and a reason for the decision or for every line', () => {
    expect(issues({ ...base, reason: 'r', lines: [line] })).toEqual([]);
    expect(issues({ ...base, lines: [{ ...line, reason: 'r' }] })).toEqual([]);
    expect(issues({ ...base, lines: [line, { ...line, reason: 'r' }] })).toEqual(['lines.0.reason:reason-missing']);
    expect(issues({ ...base, reason: 'r', award: 'x', recipients: line.recipients, lines: [line] })).toEqual(['award:lines-and-single', 'recipients:lines-and-single']);
    expect(issues({ ...base, reason: 'r' })).toEqual(['award:award-or-lines', 'recipients:award-or-lines']);
  });
  it('takes a year written as a number, and refuses a month that does not exist', () => {
    expect(decisionSchema.parse({ ...base, date: 2016, reason: 'r', lines: [line] }).date).toBe('2016');
    expect(issues({ ...base, date: '2014-13', reason: 'r', lines: [line] })).toEqual(['date:not-a-partial-date']);
  });
});

describe('a decision whose lines share its reason', () => {
  it('says the reason once, among the facts, not again under each line', () => {
    const page = decisionPage(portal, browse, DA_NANG, 'https://example.gov.vn/x/', vi);
    expect(page.lines.map((l) => l.reason)).toEqual([undefined, undefined, undefined]);
    expect(page.facts.find((f) => f.label === 'Thành tích')!.value).toMatch(/^Đã có thành tích xuất sắc trong công tác từ năm 2009/);
  });
});
