import { describe, expect, it } from 'vitest';
import { changeList } from '../../src/model/changes.ts';
import { buildPortal } from '../../src/model/portal.ts';
import { yearSpan } from '../../src/model/periods.ts';
import { pressSummary } from '../../src/publish/press-summary.ts';
import { makeUrls } from '../../src/routes/urls.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { SAMPLE_CONTENT, sampleWithRevocation } from '../helpers.ts';

const TODAY = '2026-11-25';
const urls = makeUrls('/');
const portal = buildPortal({ ...validateFolder(SAMPLE_CONTENT, TODAY).content, stories: [] });

describe('the press summary of the sample for 2017', () => {
  const summary = pressSummary(portal, urls, yearSpan(2017));

  it('reads like the provincial report', () => {
    expect(summary.text).toBe(
      'Trong năm 2017, toàn huyện có 1 tập thể được tặng Cờ thi đua của Chính phủ; 9 tập thể lao động xuất sắc; 3 đơn vị quyết thắng; ' +
        '6 tập thể và 24 cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh; 39 chiến sĩ thi đua cơ sở; 47 tập thể lao động tiên tiến; ' +
        '310 lao động tiên tiến; 48 tập thể, 185 cá nhân và 30 hộ gia đình được tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện.',
    );
  });

  it('links every figure: to its decision, or to the note listing its decisions', () => {
    const figures = summary.segments.filter((s) => /^\d+$/.test(s.text));
    expect(figures).toHaveLength(11);
    for (const s of figures) expect(s.href, s.text).toMatch(/^(\/quyet-dinh\/2017\/[^/]+\/|#nguon-[a-z0-9-]+)$/);
    expect(figures[0]).toEqual({
      text: '1',
      href: '/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/',
      title: 'Quyết định số 245/QĐ-TTg',
      figure: { value: 1, measure: 'rows', filter: { from: 2017, to: 2017, award: 'co-thi-dua-cua-chinh-phu', kind: 'collective' } },
    });
    // An emulation title named by its holders is counted whatever their kind.
    expect(figures[1]).toEqual({
      text: '9',
      href: '#nguon-tap-the-lao-dong-xuat-sac',
      title: 'Quyết định số 1502/QĐ-UBND, 86/QĐ-UBND',
      figure: { value: 9, measure: 'rows', filter: { from: 2017, to: 2017, award: 'tap-the-lao-dong-xuat-sac' } },
    });
    const anchors = new Set(summary.sources.map((s) => `#${s.anchor}`));
    for (const s of figures) if (s.href!.startsWith('#')) expect(anchors.has(s.href!)).toBe(true);
  });

  it('leaves out the correction, which awards nothing', () => {
    const sources = summary.sources.flatMap((s) => s.decisions.map((d) => d.id));
    expect(sources).not.toContain('2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016');
    expect(sources).toContain('2017/36-qd-ubnd-lao-dong-tien-tien-2016');
  });

  it('has one plain text, the segments joined', () => {
    expect(summary.segments.map((s) => s.text).join('')).toBe(summary.text);
  });
});

describe('press summaries of other periods', () => {
  it('a date range says so', () => {
    expect(pressSummary(portal, urls, { from: '2017-02-01', to: '2017-02-28' }).text).toBe(
      'Từ ngày 01/02/2017 đến ngày 28/02/2017, toàn huyện có 1 tập thể được tặng Cờ thi đua của Chính phủ; 3 đơn vị quyết thắng.',
    );
  });

  it('a year without decisions says so, with no figures', () => {
    const summary = pressSummary(portal, urls, yearSpan(2018));
    expect(summary.text).toBe('Trong năm 2018, toàn huyện chưa có quyết định khen thưởng nào được đăng trên cổng.');
    expect(summary.sources).toEqual([]);
  });

  it('revoked awards are not counted, and the paragraph says how many were left out', () => {
    const text = pressSummary(sampleWithRevocation(), urls, yearSpan(2017)).text;
    expect(text).toContain('; 33 tập thể, 125 cá nhân và 10 hộ gia đình được tặng Giấy khen');
    expect(text).toMatch(/\. Không tính 95 lượt thuộc quyết định đã bị thu hồi\.$/);
  });
});

describe('the list of changes', () => {
  it('has the sample correction, linking both decisions', () => {
    expect(changeList(portal).map((c) => [c.kind, c.by.id, c.by.data.date, c.targets.map((t) => [t.decision.id, t.status])])).toEqual([
      ['correction', '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', '2017-11-20', [['2017/36-qd-ubnd-lao-dong-tien-tien-2016', 'corrected']]],
    ]);
  });

  it('lists revocations too, newest first, and the revoked decision keeps its record', () => {
    const changed = sampleWithRevocation();
    expect(changeList(changed).map((c) => [c.kind, c.by.id, c.targets.map((t) => [t.decision.id, t.status])])).toEqual([
      ['revocation', '2018/55-qd-ubnd-thu-hoi-giay-khen', [['2017/612-qd-ubnd-giay-khen-nong-thon-moi', 'revoked']]],
      ['correction', '2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016', [['2017/36-qd-ubnd-lao-dong-tien-tien-2016', 'corrected']]],
    ]);
    expect(changed.decisionById.get('2017/612-qd-ubnd-giay-khen-nong-thon-moi')?.data.recipients).toHaveLength(95);
  });
});

describe('the press summary in English, for the English statistics pages', () => {
  const summary = pressSummary(portal, urls, yearSpan(2017), undefined, 'en');

  it('names each award form by its official English name, with its counts in English', () => {
    expect(summary.text).toMatch(/^In 2017, the district received: Government Emulation Flag – 1 collective; /);
    expect(summary.text).toContain("Certificate of Merit of the Chairman of the Provincial People's Committee – 6 collectives and 24 individuals;");
    expect(summary.text).toMatch(/48 collectives, 185 individuals and 30 households\.$/);
    expect(summary.text).not.toMatch(/được|tập thể|Bằng khen/);
  });

  it('links the same figures to the same decisions as the Vietnamese one', () => {
    const vi = pressSummary(portal, urls, yearSpan(2017));
    const links = (s: typeof summary) => s.segments.filter((x) => x.href).map((x) => [x.text, x.href]);
    expect(links(summary)).toEqual(links(vi));
    expect(summary.segments.find((x) => x.href)?.title).toBe('Decision 245/QĐ-TTg');
  });
});
