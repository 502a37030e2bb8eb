import { describe, expect, it } from 'vitest';
import { splitHonorific } from '../../src/text/honorifics.ts';

describe('honorifics come off the name', () => {
  it('forms of address, ranks, degrees and titles, in any case, several in a row', () => {
    expect(splitHonorific('Ông Huỳnh Nghĩa')).toEqual({ honorific: 'Ông', name: 'Huỳnh Nghĩa' });
    expect(splitHonorific('bà Đỗ Thị Kim Lĩnh')).toEqual({ honorific: 'Bà', name: 'Đỗ Thị Kim Lĩnh' });
    expect(splitHonorific('Đại tá, PGS.TS Nguyễn Văn An')).toEqual({ honorific: 'Đại tá, PGS.TS', name: 'Nguyễn Văn An' });
    expect(splitHonorific('Thiếu tướng Trần Văn Cường')).toEqual({ honorific: 'Thiếu tướng', name: 'Trần Văn Cường' });
    expect(splitHonorific('NSƯT Lan Hương')).toEqual({ honorific: 'NSƯT', name: 'Lan Hương' });
    expect(splitHonorific('Đ/c Hoàng Văn Kháy')).toEqual({ honorific: 'Đ/c', name: 'Hoàng Văn Kháy' });
  });

  it('never takes a family name for a title, nor leaves a one-word name', () => {
    expect(splitHonorific('Cù Thị Hậu')).toEqual({ name: 'Cù Thị Hậu' });
    expect(splitHonorific('Tôn Nữ Thị Ninh')).toEqual({ name: 'Tôn Nữ Thị Ninh' });
    expect(splitHonorific('Ông Ba')).toEqual({ name: 'Ông Ba' });
  });
});
