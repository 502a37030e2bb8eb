import { describe, expect, it } from 'vitest';
import { plain } from '../../src/page-models/figures.ts';
import { decisionListItems } from '../../src/page-models/decision-list.ts';
import { FLAG, en, portal, vi } from './sample.ts';

describe('a list of decisions', () => {
  it('gives each decision its number, award, and authority, date and count of recipients', () => {
    const [item] = decisionListItems([portal.decisionById.get(FLAG)!], vi);
    expect(item).toEqual({
      href: `/quyet-dinh/${FLAG}/`,
      number: '245/QĐ-TTg',
      award: 'Cờ thi đua của Chính phủ',
      status: undefined,
      meta: [
        { text: 'Thủ tướng Chính phủ, ngày 20 tháng 2 năm 2017 · ' },
        { text: '1', figure: { 'data-figure': 'entries', 'data-where': 'decision=2017%2F245-qd-ttg-co-thi-dua-chinh-phu' } },
        { text: ' lượt' },
      ],
    });
  });

  it('marks a corrected decision', () => {
    const [item] = decisionListItems([portal.decisionById.get('2017/36-qd-ubnd-lao-dong-tien-tien-2016')!], vi);
    expect(item!.status).toBe('Đã được đính chính');
  });

  it('speaks English on English pages, and links the English decision page', () => {
    const [item] = decisionListItems([portal.decisionById.get(FLAG)!], en);
    expect(item).toMatchObject({ href: `/en/quyet-dinh/${FLAG}/`, award: 'Government Emulation Flag' });
    expect(plain(item!.meta)).toBe('Prime Minister, 20 February 2017 · 1 recipient');
  });

  it('keeps the order it is given', () => {
    expect(decisionListItems(portal.decisions, vi).map((i) => i.number)).toEqual(portal.decisions.map((d) => d.data.number));
  });
});
