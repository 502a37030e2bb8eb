import { describe, expect, it } from 'vitest';
import { cite, citationKey, citeStory, escapeBibtex } from '../../src/publish/citation.ts';
import { buildPortal } from '../../src/model/portal.ts';
import { validateFolder } from '../../src/validate/validate.ts';
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

  it('writes the English citation text: the frame and the dates in English, the record as published', () => {
    expect(citation.textEn).toBe(
      `People's Committee of Lạng Sơn Province (2017). Decision 1820/QĐ-UBND of 28 September 2017 awarding Certificate of Merit of the Chairman of the Provincial People's Committee. Retrieved 25 November 2026, from ${URL}`,
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
    expect(citation.textEn).toContain("awarding Certificate of Merit of the Chairman of the Provincial People's Committee, row (STT) 4: Hoàng Văn Kháy. Retrieved 25 November 2026, from ");
    expect(citation.textEn.endsWith(`${URL}#r4`)).toBe(true);
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
    expect(citation.textEn).toContain("Chairman of the Provincial People's Committee [Revoked]. Retrieved");
    expect(citation.bibtex).toContain('note = {Đã bị thu hồi. Truy cập');
  });
});

describe('citing a story', () => {
  const site = { name: 'Cổng thông tin thi đua – khen thưởng', nameEn: 'Emulation and Commendation Portal', publisher: 'Hội đồng TĐKT huyện', publisherEn: 'District Council' };
  const story = { id: 'xa-yen-khoai', data: { title: 'Xã Yên Khoái – điểm sáng', date: '2019-04-22', author: 'Ban biên tập' } };
  const url = 'https://khenthuong.example.gov.vn/guong-dien-hinh/xa-yen-khoai/';
  const citation = citeStory({ story, url, accessed: ACCESSED, site });

  it('cites it as a web page of the portal, in Vietnamese and in English', () => {
    expect(citation.text).toBe(`Ban biên tập (2019), Xã Yên Khoái – điểm sáng, Cổng thông tin thi đua – khen thưởng, ${url}, truy cập ngày 25 tháng 11 năm 2026.`);
    expect(citation.textEn).toBe(`Ban biên tập (2019). Xã Yên Khoái – điểm sáng. Emulation and Commendation Portal. Retrieved 25 November 2026, from ${url}`);
    expect(citation.csl).toMatchObject({ id: 'gdh-xa-yen-khoai', type: 'webpage', 'container-title': site.name, issued: { 'date-parts': [[2019, 4, 22]] }, URL: url });
    expect(citation.bibtex).toMatch(/^@misc\{gdh-xa-yen-khoai,\n {2}author = \{\{Ban biên tập\}\},/);
  });

  it('names the publisher when the story has no author', () => {
    const anonymous = citeStory({ story: { ...story, data: { title: story.data.title, date: story.data.date } }, url, accessed: ACCESSED, site });
    expect(anonymous.text.startsWith('Hội đồng TĐKT huyện (2019), ')).toBe(true);
    expect(anonymous.textEn.startsWith('District Council (2019). ')).toBe(true);
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
