import { describe, expect, it } from 'vitest';
import { authorityShortName, catalogueName } from '../../src/i18n/catalogue.ts';
import { portal } from '../page-models/sample.ts';

describe('catalogue names in the interface language', () => {
  const award = portal.awards.get('bang-khen-chu-tich-ubnd-tinh')!;
  const district = portal.authorities.get('ubnd-huyen-loc-binh')!;

  it('gives the official English name of an award form and of an authority', () => {
    expect(catalogueName(award, 'vi')).toBe(award.name);
    expect(catalogueName(award, 'en')).toBe(award.nameEn);
    expect(authorityShortName(district, 'vi')).toBe('UBND huyện Lộc Bình');
    expect(authorityShortName(district, 'en')).toBe("People's Committee of Lộc Bình District");
  });

  it('has an English name for every award form and authority, none of them Vietnamese words', () => {
    for (const entry of [...portal.awards.values(), ...portal.authorities.values()]) expect(entry.nameEn).not.toMatch(/\b(UBND|Bằng khen|Giấy khen|Huân chương|Ủy ban)\b/);
  });
});
