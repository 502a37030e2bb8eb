import { describe, expect, it } from 'vitest';
import { comparePersonNames, foldVietnamese, slugify, splitName, titleCaseName } from '../../src/text/vietnamese.ts';

describe('foldVietnamese', () => {
  it('ignores tone marks, vowel marks and case', () => {
    expect(foldVietnamese('Hoàng Văn Kháy')).toBe(foldVietnamese('hoang van khay'));
    expect(foldVietnamese('DƯƠNG VĂN BÁCH')).toBe('duong van bach');
  });
  it('folds đ, which Unicode does not decompose, and its look-alikes', () => {
    expect(foldVietnamese('Đặng Thị Đào')).toBe('dang thi dao');
    expect(foldVietnamese('Ðặng')).toBe('dang'); // U+00D0, typed on some keyboards for Đ
  });
  it('treats composed and decomposed input alike', () => {
    expect(foldVietnamese('Nguyễn'.normalize('NFD'))).toBe(foldVietnamese('Nguyễn'.normalize('NFC')));
  });
  it('evens out tone placement and final y/i spelling variants', () => {
    expect(foldVietnamese('Thúy')).toBe(foldVietnamese('Thuý'));
    expect(foldVietnamese('Hòa')).toBe(foldVietnamese('Hoà'));
    expect(foldVietnamese('Lý Thị Mỹ')).toBe(foldVietnamese('Lí Thị Mĩ'));
    expect(foldVietnamese('Quý')).toBe(foldVietnamese('Quí'));
    expect(foldVietnamese('Kỳ')).toBe(foldVietnamese('Kì'));
  });
  it('keeps distinct names distinct', () => {
    expect(foldVietnamese('Huy')).not.toBe(foldVietnamese('Hui'));
    expect(foldVietnamese('Thủy')).not.toBe(foldVietnamese('Thi'));
  });
});

describe('names', () => {
  it('splits family, middle and given names', () => {
    expect(splitName(' Hoàng  Văn Kháy ')).toEqual({ family: 'Hoàng', middle: 'Văn', given: 'Kháy' });
  });
  it('title-cases names typed in capitals', () => {
    expect(titleCaseName('HOÀNG VĂN KHÁY')).toBe('Hoàng Văn Kháy');
    expect(titleCaseName('  đặng   thị ĐÀO')).toBe('Đặng Thị Đào');
  });
  it('sorts by given name, then middle, then family name, in Vietnamese alphabet order', () => {
    const names = ['Dương Văn Bách', 'Hoàng Văn Kháy', 'Nông Thị Ánh', 'Lương Văn An', 'Vi Đức Dũng', 'Hà Thị Đào', 'Lộc Văn Ân', 'Chu Thị Ân'];
    expect([...names].sort(comparePersonNames)).toEqual([
      'Lương Văn An',
      'Nông Thị Ánh',
      'Chu Thị Ân',
      'Lộc Văn Ân',
      'Dương Văn Bách',
      'Vi Đức Dũng',
      'Hà Thị Đào',
      'Hoàng Văn Kháy',
    ]);
  });
  it('makes ASCII slugs', () => {
    expect(slugify('Xã Yên Khoái')).toBe('xa-yen-khoai');
    expect(slugify('1234/QĐ-UBND')).toBe('1234-qd-ubnd');
  });
});
