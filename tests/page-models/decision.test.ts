import { describe, expect, it } from 'vitest';
import { decisionPage } from '../../src/page-models/decision.ts';
import { foldedExtras } from '../../src/search/fold.ts';
import { FLAG, browse, en, portal, vi } from './sample.ts';

const URL = 'https://khenthuong.example.gov.vn/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/';
const page = decisionPage(portal, browse, FLAG, URL, vi);

describe('a decision page', () => {
  it('titles the tab shortly and the page as the decision heads itself', () => {
    expect(page.title).toBe('Quyết định 245/QĐ-TTg – Cờ thi đua của Chính phủ');
    expect(page.heading).toBe('Quyết định số 245/QĐ-TTg về việc tặng Cờ thi đua của Chính phủ');
  });

  it('describes the decision by its authority and reason', () => {
    expect(page.description).toBe(
      'Thủ tướng Chính phủ: Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu phong trào thi đua của tỉnh Lạng Sơn năm 2016',
    );
  });

  it('names the decision the same way in its schema.org description, at the page address', () => {
    expect(page.jsonLd).toMatchObject({ '@id': URL, name: page.heading, legislationIdentifier: '245/QĐ-TTg' });
  });

  it('says a sample decision is a sample', () => {
    expect(page.notice).toBe('Dữ liệu mẫu: số quyết định, người ký và tên người (trừ những người được báo chí nêu tên) là minh họa.');
    const real = portal.decisions.find((d) => !d.data.illustrative);
    if (real) expect(decisionPage(portal, browse, real.id, URL, vi).notice).toBeUndefined();
  });

  it('counts the recipients in the heading of their list', () => {
    expect(page.recipientsHeading).toBe('Danh sách được khen thưởng (1)');
  });

  it('gives the search index its facets and folded words', () => {
    expect(page.facets.filters.loai).toEqual(['quyet-dinh']);
    expect(page.facets.filters['hinh-thuc']).toEqual(['co-thi-dua-cua-chinh-phu']);
    const d = page.decision;
    expect(page.searchExtras).toBe(foldedExtras(d.data.number, d.awards[0]!.name, d.authority.name, d.data.reason, d.data.period.occasion));
  });

  it('relates the stories about the decision and about its honorees, each once', () => {
    expect(page.storiesHeading).toBe('Gương điển hình liên quan');
    expect(page.stories.map((s) => s.id)).toEqual(['ve-quyet-dinh', 'ca-hai', 've-xa-yen-khoai']);
  });

  it('refuses a decision that does not exist', () => {
    expect(() => decisionPage(portal, browse, '2017/khong-co', URL, vi)).toThrow('2017/khong-co');
  });
});

describe('a decision page’s notices, facts and recipients', () => {
  const corrected = decisionPage(portal, browse, '2017/36-qd-ubnd-lao-dong-tien-tien-2016', URL, vi);
  const correcting = decisionPage(portal, browse, '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', URL, vi);

  it('warns that a decision was corrected, saying which rows, linking the correcting one by its number', () => {
    expect(corrected.notices).toEqual([
      {
        text: 'Quyết định này đã được đính chính ở dòng 4 (các dòng khác giữ nguyên như đã ký) bởi',
        decisions: [{ name: '1735/QĐ-UBND', href: '/quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016/' }],
        warning: true,
      },
    ]);
  });

  it('prints the corrected row with its corrected name and the old one beside it, and no other row as corrected', () => {
    const rows = corrected.lines.flatMap((l) => l.groups.flatMap((g) => g.rows));
    const marked = rows.filter((r) => r.corrections.length);
    expect(marked.map((r) => [r.row, r.name, r.corrections])).toEqual([
      [
        4,
        'Nông Thiện Lan',
        [{ text: 'đã đính chính: họ tên trước ghi là “Nông Thiên Lan”, theo', decision: { name: 'Quyết định số 1735/QĐ-UBND', href: '/quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016/' } }],
      ],
    ]);
    const english = decisionPage(portal, browse, '2017/36-qd-ubnd-lao-dong-tien-tien-2016', URL, en);
    expect(english.notices[0]!.text).toBe('This decision was corrected in row 4 (the other rows stand as signed) by');
    const row4 = english.lines[0]!.groups.flatMap((g) => g.rows).find((r) => r.row === 4)!;
    expect(row4.corrections.map((c) => `${c.text} ${c.decision.name}`)).toEqual(['corrected: the name previously read “Nông Thiên Lan”, by Decision No. 1735/QĐ-UBND']);
  });

  it('says quietly what a correcting decision corrects, and nothing on a decision left alone', () => {
    expect(correcting.notices.map((n) => [n.text, n.warning])).toEqual([['Quyết định này đính chính', false]]);
    expect(page.notices).toEqual([]);
  });

  it('lists the facts in the order of the decision, the date with its ISO form', () => {
    expect(page.facts.map((f) => f.label)).toEqual(['Số', 'Ngày ký', 'Cơ quan ban hành', 'Người ký', 'Hình thức', 'Thành tích', 'Năm thành tích', 'Phong trào', 'Dịp']);
    expect(page.facts[1]).toEqual({ label: 'Ngày ký', value: 'ngày 20 tháng 2 năm 2017', datetime: '2017-02-20' });
    expect(page.facts[3]!.value).toBe('KT. Thủ tướng – Phó Thủ tướng Trương Hòa Bình (minh họa)');
  });

  it('shows the one award line with its form, the recipients under their kinds, each row with its STT and its honoree’s page', () => {
    expect(page.lines).toEqual([
      {
        heading: 'Cờ thi đua của Chính phủ (1)',
        award: { name: 'Cờ thi đua của Chính phủ', href: '/hinh-thuc/co-thi-dua-cua-chinh-phu/' },
        reason: undefined,
        forWhat: {
          decision: 'Theo Quyết định số 245/QĐ-TTg ngày 20 tháng 2 năm 2017 về việc tặng Cờ thi đua của Chính phủ',
          award: 'Hình thức: Cờ thi đua của Chính phủ',
          reason: 'Thành tích: Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu phong trào thi đua của tỉnh Lạng Sơn năm 2016',
        },
        groups: [
          {
            caption: 'tập thể (1)',
            rows: [
              {
                row: 1,
                stt: '1',
                honorific: '',
                name: 'Tập thể nhân dân và cán bộ xã Yên Khoái',
                honoree: { href: '/nguoi-duoc-khen/nhan-dan-va-can-bo-xa-yen-khoai/', id: expect.stringContaining('nhan-dan-va-can-bo-xa-yen-khoai') },
                folded: foldedExtras('Tập thể nhân dân và cán bộ xã Yên Khoái', 'xã Yên Khoái, huyện Lộc Bình'),
                role: '',
                unit: 'xã Yên Khoái, huyện Lộc Bình',
                roleAndUnit: '',
                place: 'xã Yên Khoái',
                achievement: '',
                corrections: [],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('keeps every row of a long decision once, in the order it was signed', () => {
    const long = portal.decisions.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    const rows = decisionPage(portal, browse, long.id, URL, vi).lines.flatMap((l) => l.groups.flatMap((g) => g.rows.map((r) => r.row)));
    expect(rows).toEqual(long.rows.map((_, i) => i + 1));
  });
});
