/** Vietnamese typed in a legacy font and saved as Unicode is found; Vietnamese in Unicode, and its usual signs, are not. */
import { describe, expect, it } from 'vitest';
import { findLegacyEncoding } from '../../src/text/legacy-encoding.ts';

describe('findLegacyEncoding', () => {
  it('finds TCVN3 (.VnTime) text, naming the word that gave it away', () => {
    expect(findLegacyEncoding('N«ng V¨n Mét')).toEqual({ encoding: 'TCVN3', word: 'N«ng' });
    expect(findLegacyEncoding('§µo ThÞ H»ng')).toEqual({ encoding: 'TCVN3', word: '§µo' });
    expect(findLegacyEncoding('Hå ChÝ Minh')).toEqual({ encoding: 'TCVN3', word: 'Hå' });
  });

  it('finds VNI text', () => {
    expect(findLegacyEncoding('Nguyeãn Vaên Tuaán')).toEqual({ encoding: 'VNI', word: 'Vaên' });
  });

  it('passes Vietnamese in Unicode and the signs offices write', () => {
    for (const text of ['Nông Văn Một', 'Hoàng Văn Tuấn', 'Thuế, khoẻ, xoè, Huế, yên, ngõ, dù, Thuỷ, hoà, muốn, uống', 'xây 200 m² nhà văn hoá', 'sốt 39°C', '«Chiến sĩ thi đua»', 'Coca-Cola®', 'Bản quyền©', 'ĐINH THỊ THU HƯƠNG'])
      expect(findLegacyEncoding(text), text).toBeUndefined();
  });
});
