import { describe, expect, it } from 'vitest';
import { citeBox } from '../../src/page-models/cite.ts';
import { FLAG, portal, vi } from './sample.ts';

const SITE = 'https://khenthuong.example.gov.vn';
const decision = portal.decisionById.get(FLAG)!;

describe('the citation box', () => {
  it('cites a decision at its full address, in four forms', () => {
    const box = citeBox({ decision }, SITE, '2026-12-03', vi);
    expect(box.summary).toBe('Trích dẫn');
    expect(box.fields.map((f) => [f.label, f.rows, f.lang])).toEqual([
      ['Trích dẫn (văn bản)', 3, 'vi'],
      ['Trích dẫn bằng tiếng Anh', 3, 'en'],
      ['CSL-JSON (Zotero, Mendeley)', 8, undefined],
      ['BibTeX', 8, undefined],
    ]);
    expect(box.fields[0]!.value).toContain(`Quyết định số 245/QĐ-TTg ngày 20 tháng 2 năm 2017 về việc tặng Cờ thi đua của Chính phủ, ${SITE}/quyet-dinh/${FLAG}/, truy cập ngày 3 tháng 12 năm 2026.`);
    expect(JSON.parse(box.fields[2]!.value)).toMatchObject({ type: 'legislation', URL: `${SITE}/quyet-dinh/${FLAG}/` });
  });

  it('cites one row at its anchor', () => {
    const box = citeBox({ decision, row: 1 }, SITE, '2026-12-03', vi);
    expect(box.fields[0]!.value).toContain(`STT 1: Tập thể nhân dân và cán bộ xã Yên Khoái, ${SITE}/quyet-dinh/${FLAG}/#r1,`);
  });

  it('cites a story as a web page of the portal', () => {
    const box = citeBox({ story: { id: 'xa-yen-khoai', data: { title: 'Xã Yên Khoái', date: '2019-04-22' } } }, SITE, '2026-12-03', vi);
    expect(box.fields[0]!.value).toBe(
      `Hội đồng Thi đua – Khen thưởng huyện Lộc Bình (2019), Xã Yên Khoái, Cổng thông tin thi đua – khen thưởng, ${SITE}/guong-dien-hinh/xa-yen-khoai/, truy cập ngày 3 tháng 12 năm 2026.`,
    );
  });
});
