import { describe, expect, it } from 'vitest';
import { placePage } from '../../src/page-models/place.ts';
import { ROW_PAGE_SIZE } from '../../src/routes/paging.ts';
import { browse, portal, vi } from './sample.ts';

describe('a place page', () => {
  it('tells a merged commune’s history: its code, its district, when it ended and what it joined', () => {
    const { history } = placePage(portal, browse, 'loc-binh/xa-ai-quoc', 1, vi);
    expect(history).toEqual({
      kind: 'xã (06610)',
      parent: { name: portal.places.get('loc-binh')!.name, href: '/dia-phuong/loc-binh/' },
      lines: [
        { text: 'Tồn tại đến ngày 30 tháng 6 năm 2025', places: [] },
        { text: 'Sáp nhập vào xã Xuân Dương từ ngày 1 tháng 7 năm 2025', places: [{ name: 'xã Xuân Dương', href: '/dia-phuong/lang-son/xa-xuan-duong/' }] },
      ],
      note: undefined,
      children: [],
    });
  });

  it('tells a new commune what it was formed from', () => {
    const { history } = placePage(portal, browse, 'lang-son/xa-xuan-duong', 1, vi);
    expect(history!.lines[0]).toEqual({ text: 'Thành lập từ ngày 1 tháng 7 năm 2025', places: [] });
    const formedFrom = history!.lines.find((l) => l.text === 'Hình thành từ')!;
    expect(formedFrom.places).toContainEqual({ name: 'xã Ái Quốc', href: '/dia-phuong/loc-binh/xa-ai-quoc/' });
  });

  it('lists the units within a province', () => {
    const { history } = placePage(portal, browse, 'lang-son', 1, vi);
    expect(history!.lines).toEqual([]);
    expect(history!.children.map((c) => c.href)).toContain('/dia-phuong/lang-son/xa-xuan-duong/');
  });

  it('lists a page of the place’s recipients, linked to their honoree page or their row', () => {
    const id = [...browse.byPlace.keys()].find((p) => browse.byPlace.get(p)!.length > 1)!;
    const page = placePage(portal, browse, id, 1, vi);
    const all = browse.byPlace.get(id)!;
    expect(page.rows).toHaveLength(Math.min(all.length, ROW_PAGE_SIZE));
    expect(page.rowsHeading).toBe(`Những người, tập thể, hộ gia đình được khen thưởng (${all.length})`);
    expect(page.feed.href).toBe(`/feeds/dia-phuong/${id}.xml`);
    const first = all[0]!;
    const honoree = portal.honoreeOf(first.decision.id, first.row);
    expect(page.rows[0]).toMatchObject({
      name: first.recipient.name,
      href: honoree ? `/nguoi-duoc-khen/${honoree.slug}/` : `/quyet-dinh/${first.decision.id}/#r${first.row}`,
      decision: { number: first.decision.data.number, href: `/quyet-dinh/${first.decision.id}/#r${first.row}` },
    });
    expect(page.rows[0]!.decision.date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it('tells the history on the first page only, and pages by the place’s own address', () => {
    const id = 'loc-binh/xa-ai-quoc';
    expect(placePage(portal, browse, id, 2, vi).history).toBeUndefined();
    expect(placePage(portal, browse, id, 1, vi).pager.href(3)).toBe('/dia-phuong/loc-binh/xa-ai-quoc/trang/3/');
  });
});
