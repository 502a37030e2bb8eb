import { describe, expect, it } from 'vitest';
import { consultationFacts, consultationsPage } from '../../src/page-models/consultations.ts';
import { FLAG, consultations, portal, vi } from './sample.ts';

const proposal = consultations[0]!;

describe('the list of consultations', () => {
  it('puts a proposal under "open" while comments are accepted, with its closing date', () => {
    const page = consultationsPage(consultations, portal, '2017-09-10', vi);
    // The date says "ngày" itself: the sentence once read "tính đến ngày ngày 10…".
    expect(page.asOf).toBe('Tình trạng tính đến ngày 10 tháng 9 năm 2017.');
    expect(page.none).toBeUndefined();
    expect(page.groups.map((g) => g.id)).toEqual(['dang-lay-y-kien']);
    expect(page.groups[0]!.heading).toBe('Đang lấy ý kiến (1)');
    expect(page.groups[0]!.items).toEqual([
      { name: proposal.data.title, href: `/lay-y-kien/${proposal.id}/`, meta: 'UBND huyện Lộc Bình · Hạn góp ý: ngày 18 tháng 9 năm 2017' },
    ]);
  });

  it('moves it under "closed" once the period is over', () => {
    const page = consultationsPage(consultations, portal, '2026-12-03', vi);
    expect(page.groups.map((g) => [g.id, g.heading])).toEqual([['da-het-han', 'Đã hết hạn góp ý (1)']]);
  });

  it('says so when nothing was published for comment', () => {
    const page = consultationsPage([], portal, '2026-12-03', vi);
    expect(page.none).toBe('Hiện chưa có đề nghị nào được đăng lấy ý kiến.');
    expect(page.groups).toEqual([]);
  });
});

describe('a consultation’s facts', () => {
  const facts = consultationFacts(proposal.data, portal, vi);

  it('names the nominee with its kind and place, and the award proposed', () => {
    expect(facts.nominee).toBe('Tập thể nhân dân và cán bộ xã Yên Khoái (tập thể), xã Yên Khoái');
    // Never given in the sample, so it has no page to link to.
    expect(facts.award).toEqual({ name: 'Huân chương Lao động hạng Ba', href: undefined });
  });

  it('gives the comment period with its working days', () => {
    expect(facts.period).toBe('từ ngày 4 tháng 9 năm 2017 đến hết ngày 18 tháng 9 năm 2017 (10 ngày làm việc)');
  });

  it('says no decision followed yet, or links the one that did', () => {
    expect(facts.decision).toBeUndefined();
    expect(facts.pending).toBe('Chưa có quyết định khen thưởng.');
    const decided = consultationFacts({ ...proposal.data, decision: FLAG }, portal, vi);
    expect(decided.decision).toEqual({
      label: 'Kết quả: đã có quyết định khen thưởng',
      name: 'Quyết định số 245/QĐ-TTg',
      href: `/quyet-dinh/${FLAG}/`,
      date: 'ngày 20 tháng 2 năm 2017',
    });
  });
});
