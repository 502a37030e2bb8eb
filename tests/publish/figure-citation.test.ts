import { describe, expect, it } from 'vitest';
import { ACCESSED, accessedFallback, accessedText, figureCitation } from '../../src/publish/figure-citation.ts';

const office = { name: 'Ủy ban nhân dân huyện X', portalName: 'Cổng thông tin thi đua – khen thưởng' };

describe('a citation of figures', () => {
  it('names the source, the figures, the address and their date, leaving the date of access to the reader', () => {
    const text = figureCitation({ office, title: 'Số lượt khen thưởng năm 2017', url: 'https://x.example/thong-ke/2017/', asOf: '2017-12-20', lang: 'vi' });
    expect(text).toBe(`Ủy ban nhân dân huyện X, “Số lượt khen thưởng năm 2017”, Cổng thông tin thi đua – khen thưởng, https://x.example/thong-ke/2017/, số liệu tính đến ngày 20 tháng 12 năm 2017, truy cập ${ACCESSED}.`);
    expect(text.replace(ACCESSED, accessedText('2026-12-03', 'vi'))).toContain('truy cập ngày 3 tháng 12 năm 2026.');
    expect(text.replace(ACCESSED, accessedFallback('vi'))).toContain('truy cập ngày … (điền ngày bạn xem trang).');
  });

  it('in English', () => {
    const text = figureCitation({ office, title: 'Awards 2017', url: 'https://x.example/en/thong-ke/2017/', asOf: '2017-12-20', lang: 'en' });
    expect(text.replace(ACCESSED, accessedText('2026-12-03', 'en'))).toMatch(/figures as of 20 December 2017, accessed 3 December 2026\.$/);
  });
});
