import { describe, expect, it } from 'vitest';
import { changeList } from '../../src/model/changes.ts';
import { changeItems } from '../../src/page-models/changes.ts';
import { en, portal, vi } from './sample.ts';
import { portalWithoutRows } from '../model/unnamed-correction.ts';

const FIX = '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016';
const ORIGINAL = '2017/36-qd-ubnd-lao-dong-tien-tien-2016';
const items = changeItems(changeList(portal), portal, vi);

describe('the list of changes', () => {
  it('links the correcting decision by its number', () => {
    const item = items.find((i) => i.byId === FIX)!;
    expect(item.kind).toBe('correction');
    expect(item.label).toBe('Đính chính');
    expect(item.by).toMatchObject({ href: `/quyet-dinh/${FIX}/`, name: 'Quyết định số 1735/QĐ-UBND' });
    expect(item.verb).toBe('Quyết định này đính chính');
  });

  it('names each changed decision with its date and subject, and the notice its page now carries', () => {
    const target = items.find((i) => i.byId === FIX)!.targets[0]!;
    expect(target.href).toBe(`/quyet-dinh/${ORIGINAL}/`);
    expect(target.name).toBe('Quyết định số 36/QĐ-UBND');
    expect(target.rest).toMatch(/^ngày \d+ tháng \d+ năm 2017 về việc công nhận danh hiệu Lao động tiên tiến$/);
    expect(target.banner).toBe('«Quyết định này đã được đính chính ở dòng 4 (các dòng khác giữ nguyên như đã ký) bởi 1735/QĐ-UBND.»');
  });

  it('names each corrected row: its number, its name, the field and the old and new values, linked to the row', () => {
    const target = items.find((i) => i.byId === FIX)!.targets[0]!;
    expect(target.rows).toEqual([{ row: 4, href: `/quyet-dinh/${ORIGINAL}/#r4`, name: 'Nông Thiện Lan', field: 'họ tên', from: 'Nông Thiên Lan', to: 'Nông Thiện Lan' }]);
    const english = changeItems(changeList(portal), portal, en).find((i) => i.byId === FIX)!;
    expect(english.by.authority).toBe("People's Committee of Lộc Bình District");
    expect(english.targets[0]!.rows).toEqual([{ row: 4, href: `/en/quyet-dinh/${ORIGINAL}/#r4`, name: 'Nông Thiện Lan', field: 'name', from: 'Nông Thiên Lan', to: 'Nông Thiện Lan' }]);
  });

  it('names no row, and says only "corrected", for a correction that lists none', () => {
    const without = portalWithoutRows();
    const target = changeItems(changeList(without), without, vi).find((i) => i.byId === FIX)!.targets[0]!;
    expect(target.rows).toEqual([]);
    expect(target.banner).toBe('«Quyết định này đã được đính chính bởi 1735/QĐ-UBND.»');
  });
});
