import { describe, expect, it } from 'vitest';
import { changeList } from '../../src/model/changes.ts';
import { changeItems } from '../../src/page-models/changes.ts';
import { portal, vi } from './sample.ts';

const items = changeItems(changeList(portal), vi);

describe('the list of changes', () => {
  it('links the correcting decision by its number', () => {
    const item = items.find((i) => i.byId === '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016')!;
    expect(item.kind).toBe('correction');
    expect(item.label).toBe('Đính chính');
    expect(item.by).toMatchObject({ href: '/quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016/', name: 'Quyết định số 1735/QĐ-UBND' });
    expect(item.verb).toBe('Quyết định này đính chính');
  });

  it('names each changed decision with its date and subject, and the notice its page now carries', () => {
    const target = items.find((i) => i.byId === '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016')!.targets[0]!;
    expect(target.href).toBe('/quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/');
    expect(target.name).toBe('Quyết định số 36/QĐ-UBND');
    expect(target.rest).toMatch(/^ngày \d+ tháng \d+ năm 2017 về việc công nhận danh hiệu Lao động tiên tiến$/);
    expect(target.banner).toBe('«Quyết định này đã được đính chính bởi 1735/QĐ-UBND.»');
  });
});
