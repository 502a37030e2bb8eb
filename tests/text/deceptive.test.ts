import { describe, expect, it } from 'vitest';
import { findDeceptive, repairDeceptive } from '../../src/text/deceptive.ts';
import { findAllPersonalData } from '../../src/validate/personal-data.ts';

describe('findDeceptive', () => {
  it('finds bidi controls, zero-width characters, soft hyphens and a BOM inside text', () => {
    expect(findDeceptive('Hoàng\u202E Văn\u200B Tu\u00ADấn\uFEFF').map((h) => h.code)).toEqual(['U+202E', 'U+200B', 'U+00AD', 'U+FEFF']);
  });

  it('finds Cyrillic and Greek look-alikes inside a Vietnamese word, and Ð anywhere, but leaves Russian and Greek words alone', () => {
    expect(findDeceptive('H\u043Eàng V\u0103n \u0422uấn').map((h) => [h.char, h.replacement, h.word])).toEqual([
      ['\u043E', 'o', 'H\u043Eàng'],
      ['\u0422', 'T', '\u0422uấn'],
    ]);
    expect(findDeceptive('Москва Αθήνα')).toEqual([]);
    expect(findDeceptive('Ðinh').map((h) => [h.replacement, h.notice])).toEqual([['Đ', true]]);
    expect(findDeceptive('Hoàng Văn Tuấn, Đinh Thị Hòa')).toEqual([]);
  });
});

describe('repairDeceptive', () => {
  it('gives the text the hidden characters and look-alikes imitated', () => {
    expect(repairDeceptive('H\u043Eàng\u200B V\u0103n \u202ETu\u00ADấn, Ðinh')).toBe('Hoàng Văn Tuấn, Đinh');
  });
});

describe('findAllPersonalData', () => {
  it('recognises the forms people type, each hit once, and leaves sums of money and decision numbers alone', () => {
    const text = 'SN 12/03/1980; NS: 12/3/1980; CCCD 0010 9500 1234; 001.095.001.234; (+84) 912-345-678; thưởng 100.000.000 đồng; số 1820/QĐ-UBND';
    expect(findAllPersonalData(text).map((h) => [h.match, h.kind.en])).toEqual([
      ['SN 12/03/1980', 'a date of birth'],
      ['NS: 12/3/1980', 'a date of birth'],
      ['CCCD 0010 9500 1234', 'an identity card number'],
      ['001.095.001.234', 'an identity card number'],
      ['(+84) 912-345-678', 'a phone number'],
    ]);
  });
});
