import { describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../src/staff/scaffold.ts';
import { matchCatalogue } from '../../src/staff/catalogue-match.ts';
import { readContent } from '../../src/validate/content-files.ts';
import { SAMPLE_CONTENT } from '../helpers.ts';

const content = readContent(SAMPLE_CONTENT).content;
const match = (collection: 'awards' | 'authorities' | 'places', text: string) => matchCatalogue(catalogueEntries(content, collection), text);

describe('catalogue entries from what offices type', () => {
  it('award group rows: numbering, counts, capitals, classes written three ways, abbreviations', () => {
    expect(match('awards', 'A. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT')).toEqual({ id: 'huan-chuong-lao-dong-hang-nhat' });
    expect(match('awards', 'Huân chương Lao động hạng 2')).toEqual({ id: 'huan-chuong-lao-dong-hang-nhi' });
    expect(match('awards', 'HCLĐ hạng III')).toEqual({ id: 'huan-chuong-lao-dong-hang-ba' });
    expect(match('awards', 'II. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (02 tập thể)')).toEqual({ id: 'bang-khen-chu-tich-ubnd-tinh' });
    expect(match('awards', 'Bằng khen của CT UBND tỉnh Quảng Bình')).toEqual({ id: 'bang-khen-chu-tich-ubnd-tinh' });
    expect(match('awards', 'Điều 2: Tặng Bằng khen của Thủ tướng Chính phủ')).toEqual({ id: 'bang-khen-thu-tuong' });
    expect(match('awards', 'BK TTCP')).toEqual({ id: 'bang-khen-thu-tuong' });
    expect(match('awards', 'Danh hieu tap the lao dong xuat sac')).toEqual({ id: 'tap-the-lao-dong-xuat-sac' });
  });

  it('authorities and places: QĐ-TTg, QĐ-CTN, TT., H.', () => {
    expect(match('authorities', 'QĐ-TTg')).toEqual({ id: 'thu-tuong-chinh-phu' });
    expect(match('authorities', 'QĐ-CTN')).toEqual({ id: 'chu-tich-nuoc' });
    expect(match('places', 'TT. Na Dương')).toEqual({ id: 'loc-binh/thi-tran-na-duong' });
    expect(match('places', 'H. Lộc Bình')).toEqual({ id: 'loc-binh' });
  });

  it('what names nothing gets the nearest entries, not a guess', () => {
    expect(match('awards', 'Huân chương Lao động hạng Tư')).toEqual({ suggestions: ['huan-chuong-lao-dong-hang-nhat', 'huan-chuong-lao-dong-hang-nhi', 'huan-chuong-lao-dong-hang-ba'] });
    expect(match('authorities', 'UBND tỉnh')).toEqual({ suggestions: ['ubnd-tinh-lang-son'] });
  });
});
