import { describe, expect, it } from 'vitest';
import { honoreePage } from '../../src/page-models/honoree.ts';
import { FLAG, FLAG_HONOREE, browse, portal, vi } from './sample.ts';

const URL = `https://khenthuong.example.gov.vn/nguoi-duoc-khen/${FLAG_HONOREE}/`;
const page = honoreePage(portal, browse, FLAG_HONOREE, URL, vi);

describe('an honoree page', () => {
  it('is titled with the name, and described with the awards', () => {
    expect(page.title).toBe('Tập thể nhân dân và cán bộ xã Yên Khoái');
    expect(page.heading).toBe(page.title);
    expect(page.description).toBe('Tập thể nhân dân và cán bộ xã Yên Khoái: Cờ thi đua của Chính phủ');
  });

  it('says what kind of recipient it is and where, each place linked', () => {
    expect(page.kind).toBe('tập thể');
    expect(page.places).toEqual([{ name: 'xã Yên Khoái', href: '/dia-phuong/loc-binh/xa-yen-khoai/' }]);
  });

  it('lists each award with its row in the decision and the decision in words', () => {
    expect(page.awardsHeading).toBe('Các lần được khen thưởng (1)');
    expect(page.awards).toEqual([
      {
        award: 'Cờ thi đua của Chính phủ',
        href: `/quyet-dinh/${FLAG}/#r1`,
        decision: 'quyết định số 245/QĐ-TTg của Thủ tướng Chính phủ, ngày 20 tháng 2 năm 2017',
        role: '',
        reason: { label: 'Thành tích', text: 'Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu phong trào thi đua của tỉnh Lạng Sơn năm 2016' },
        achievement: undefined,
        cite: { decision: portal.decisionById.get(FLAG), row: 1 },
      },
    ]);
  });

  it('cites each award at its own row, not only the latest', () => {
    const twice = portal.honorees.find((h) => h.awards.length > 1)!;
    const cites = honoreePage(portal, browse, twice.slug, URL, vi).awards.map((a) => `${a.cite.decision.id}#${a.cite.row}`);
    expect(cites).toEqual(twice.awards.map((a) => `${a.decision.id}#${a.row}`));
    expect(new Set(cites).size).toBe(twice.awards.length);
  });

  it('links to its English counterpart', () => {
    expect(page.alternate).toBe(`/en/nguoi-duoc-khen/${FLAG_HONOREE}/`);
  });

  it('describes the honoree for schema.org, with the last place', () => {
    expect(page.jsonLd).toMatchObject({ '@type': 'Organization', '@id': URL, address: { addressLocality: 'xã Yên Khoái' } });
  });

  it('relates the stories about the honoree', () => {
    expect(page.storiesHeading).toBe('Gương điển hình');
    expect(page.stories.map((s) => s.id)).toEqual(['ve-xa-yen-khoai', 'ca-hai']);
  });

  it('gives a role and unit in brackets, as the decision printed them', () => {
    const withRole = portal.honorees.find((h) => h.awards.some((a) => a.recipient.role && a.recipient.unit))!;
    const award = withRole.awards.findIndex((a) => a.recipient.role && a.recipient.unit);
    const { role, unit } = withRole.awards[award]!.recipient;
    expect(honoreePage(portal, browse, withRole.slug, URL, vi).awards[award]!.role).toBe(` (${role}, ${unit})`);
  });
});
