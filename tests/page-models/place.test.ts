import { describe, expect, it } from 'vitest';
import { plain } from '../../src/page-models/figures.ts';
import { countsAsAwards } from '../../src/model/counting.ts';
import { absorbedPlaces, placeAwardRows } from '../../src/page-models/place-merges.ts';
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
    const all = browse.byPlace.get(id)!.filter((r) => countsAsAwards(r.decision));
    expect(page.rows).toHaveLength(Math.min(all.length, ROW_PAGE_SIZE));
    expect(plain(page.rowsHeading)).toBe(`Những người, tập thể, hộ gia đình được khen thưởng (${all.length})`);
    expect(page.merged).toBeUndefined();
    expect(page.downloads.map((d) => d.href)).toEqual(['csv', 'json', 'xlsx'].map((f) => `/data/dia-phuong/${id}.${f}`));
    expect(page.feed.href).toBe(`/feeds/dia-phuong/${id}.xml`);
    const first = all[0]!;
    const honoree = portal.honoreeOf(first.decision.id, first.row);
    expect(page.rows[0]).toMatchObject({
      name: first.recipient.name,
      href: honoree ? `/nguoi-duoc-khen/${honoree.slug}/` : `/quyet-dinh/${first.decision.id}/#r${first.row}`,
      decision: { number: first.decision.data.number, href: `/quyet-dinh/${first.decision.id}/#r${first.row}` },
      unit: first.recipient.unit ?? '',
    });
    expect(page.rows[0]!.decision.date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it('tells the history on the first page only, and pages by the place’s own address', () => {
    const id = 'loc-binh/xa-ai-quoc';
    expect(placePage(portal, browse, id, 2, vi).history).toBeUndefined();
    expect(placePage(portal, browse, id, 1, vi).pager.href(3)).toBe('/dia-phuong/loc-binh/xa-ai-quoc/trang/3/');
  });

  it('shows a commune formed in 2025 with the awards of the communes it absorbed, and says so', () => {
    const id = 'lang-son/xa-loc-binh';
    const absorbed = absorbedPlaces(browse, id);
    expect(absorbed).toEqual(expect.arrayContaining(['loc-binh/thi-tran-loc-binh', 'loc-binh/xa-dong-buc', 'loc-binh/xa-huu-khanh']));
    expect(browse.byPlace.get(id)).toBeUndefined();
    const expected = absorbed.flatMap((p) => browse.byPlace.get(p) ?? []).filter((r) => countsAsAwards(r.decision));
    expect(expected.length).toBeGreaterThan(0);
    const page = placePage(portal, browse, id, 1, vi);
    expect(plain(page.rowsHeading)).toBe(`Những người, tập thể, hộ gia đình được khen thưởng (${expected.length})`);
    expect(page.rowsHeading[1]!.figure!['data-where']).toBe(`place=${encodeURIComponent([id, ...absorbed].join(','))}`);
    expect(page.merged!.text).toMatch(/^Đơn vị này được hình thành do sáp nhập/);
    expect(page.merged!.places.map((p) => p.href)).toEqual(absorbed.map((p) => `/dia-phuong/${p}/`));
    // Each row keeps the name of its day.
    expect(new Set(page.rows.map((r) => r.place))).not.toContain('xã Lộc Bình');
    expect(placeAwardRows(portal, browse, id)).toHaveLength(expected.length);
  });

  it('follows no guess: a commune whose successor is not known is in no new commune\'s list', () => {
    const defunct = [...portal.places].filter(([, p]) => p.defunct).map(([id]) => id);
    expect(defunct.length).toBeGreaterThan(0);
    for (const [id] of portal.places) for (const d of defunct) expect(absorbedPlaces(browse, id)).not.toContain(d);
    const page = placePage(portal, browse, defunct[0]!, 1, vi);
    expect(page.history!.lines.map((l) => l.text)).toContain('Không còn tồn tại; chưa xác định được đơn vị kế thừa.');
  });
});
