import { describe, expect, it } from 'vitest';
import { cite, citationKey, escapeBibtex } from '../../src/lib/citation.ts';
import { buildPortal } from '../../src/lib/portal.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { SAMPLE_CONTENT } from '../helpers.ts';

const portal = buildPortal({ ...validateFolder(SAMPLE_CONTENT).content, stories: [] });
const decision = portal.decisionById.get('2017/1820-qd-ubnd-bang-khen-nong-thon-moi')!;
const URL = 'https://khenthuong.example.gov.vn/quyet-dinh/2017/1820-qd-ubnd-bang-khen-nong-thon-moi/';
const ACCESSED = '2026-11-25';

describe('citing a decision', () => {
  const citation = cite({ decision, url: URL, accessed: ACCESSED });

  it('writes the Vietnamese citation text', () => {
    expect(citation.text).toBe(
      `UBND tỉnh Lạng Sơn (2017), Quyết định số 1820/QĐ-UBND ngày 28 tháng 9 năm 2017 về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, ${URL}, truy cập ngày 25 tháng 11 năm 2026.`,
    );
  });

  it('gives CSL-JSON of type legislation', () => {
    expect(citation.csl).toEqual({
      id: 'qd-2017-1820-qd-ubnd-bang-khen-nong-thon-moi',
      type: 'legislation',
      title: 'Quyết định số 1820/QĐ-UBND ngày 28 tháng 9 năm 2017 về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      author: [{ literal: 'UBND tỉnh Lạng Sơn' }],
      authority: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      number: '1820/QĐ-UBND',
      issued: { 'date-parts': [[2017, 9, 28]] },
      URL,
      accessed: { 'date-parts': [[2026, 11, 25]] },
      language: 'vi',
    });
  });

  it('gives a BibTeX @misc entry', () => {
    expect(citation.bibtex).toBe(
      [
        '@misc{qd-2017-1820-qd-ubnd-bang-khen-nong-thon-moi,',
        '  author = {{UBND tỉnh Lạng Sơn}},',
        '  title = {{Quyết định số 1820/QĐ-UBND ngày 28 tháng 9 năm 2017 về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh}},',
        '  year = {2017},',
        '  date = {2017-09-28},',
        '  number = {1820/QĐ-UBND},',
        `  url = {${URL}},`,
        '  urldate = {2026-11-25},',
        '  note = {Truy cập ngày 25 tháng 11 năm 2026},',
        '  language = {vietnamese},',
        '}',
      ].join('\n'),
    );
  });
});

describe('citing one honoree', () => {
  const citation = cite({ decision, row: 4, url: `${URL}#r4`, accessed: ACCESSED });

  it('names the row and points at its anchor', () => {
    expect(citation.text).toContain('về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, STT 4: Hoàng Văn Kháy, ');
    expect(citation.text).toContain(`${URL}#r4, truy cập`);
    expect(citation.csl.section).toBe('STT 4');
    expect(citation.csl.URL).toBe(`${URL}#r4`);
    expect(citation.bibtex).toMatch(/^@misc\{qd-2017-1820-qd-ubnd-bang-khen-nong-thon-moi-r4,/);
  });

  it('refuses a row the decision does not have', () => {
    expect(() => cite({ decision, row: 99, url: URL, accessed: ACCESSED })).toThrow(/no row 99/);
  });
});

describe('a decision that is no longer in force', () => {
  it('says so in every form', () => {
    const citation = cite({ decision: { ...decision, status: 'revoked' }, url: URL, accessed: ACCESSED });
    expect(citation.text).toContain('Chủ tịch Ủy ban nhân dân tỉnh [Đã bị thu hồi], https://');
    expect(citation.csl.note).toBe('Đã bị thu hồi');
    expect(citation.bibtex).toContain('note = {Đã bị thu hồi. Truy cập');
  });
});

describe('BibTeX escaping', () => {
  it("escapes LaTeX's special characters and keeps Vietnamese letters", () => {
    expect(escapeBibtex('Đội 1 & 2: 50% {nhóm} #3 a_b ~ ^ \\')).toBe(
      'Đội 1 \\& 2: 50\\% \\{nhóm\\} \\#3 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
  it('makes keys of ASCII letters, digits and hyphens', () => {
    expect(citationKey('2017/86-qd-ubnd-x', 3)).toBe('qd-2017-86-qd-ubnd-x-r3');
  });
});
