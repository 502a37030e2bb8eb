import { describe, expect, it } from 'vitest';
import { awardsIndex, movementsIndex, placesIndex, yearsIndex } from '../../src/page-models/indexes.ts';
import { browse, en, portal, vi } from './sample.ts';
import { plain } from '../../src/page-models/figures.ts';
import { countsAsAwards } from '../../src/model/counting.ts';

describe('the award forms page', () => {
  const rows = awardsIndex(portal, browse, vi);

  it('lists every award form, in order of precedence', () => {
    const awards = [...portal.awards.values()].sort((a, b) => a.precedence - b.precedence);
    expect(rows.map((r) => r.name)).toEqual(awards.map((a) => a.name));
  });

  it('links only the forms that were given, with their count of decisions', () => {
    const given = rows.find((r) => r.name === 'Cờ thi đua của Chính phủ')!;
    expect(given).toMatchObject({ href: '/hinh-thuc/co-thi-dua-cua-chinh-phu/', decisions: '1' });
    const never = rows.find((r) => r.decisions === '0')!;
    expect(never.href).toBeUndefined();
  });

  it('names levels and kinds in the page’s language', () => {
    const flag = (lang: typeof vi) => awardsIndex(portal, browse, lang).find((r) => r.href === '/hinh-thuc/co-thi-dua-cua-chinh-phu/')!;
    expect(flag(vi).kinds).toBe('tập thể');
    expect(flag(en).kinds).toBe('collective');
  });
});

describe('the places page', () => {
  const roots = placesIndex(portal, browse, vi);

  it('nests communes under districts under provinces, each level in alphabetical order', () => {
    const names = roots.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    const district = roots.flatMap((r) => r.groups).find((g) => g.href === '/dia-phuong/loc-binh/')!;
    expect(district.places.map((p) => p.href)).toContain('/dia-phuong/loc-binh/xa-yen-khoai/');
  });

  it('counts each commune’s recipients', () => {
    const place = roots.flatMap((r) => r.groups).flatMap((g) => g.places).find((p) => p.href === '/dia-phuong/loc-binh/xa-yen-khoai/')!;
    expect(place.rows).toBe(vi.formatNumber(browse.byPlace.get('loc-binh/xa-yen-khoai')!.length));
    expect(place.mark).toEqual({ 'data-figure': 'rows', 'data-where': 'place=loc-binh%2Fxa-yen-khoai' });
  });

  it('counts by the rule: a commune with a row restated by a correction counts it once', () => {
    const place = roots.flatMap((r) => r.groups).flatMap((g) => g.places).find((p) => p.href === '/dia-phuong/loc-binh/xa-loi-bac/')!;
    const all = browse.byPlace.get('loc-binh/xa-loi-bac')!;
    const counted = all.filter((r) => countsAsAwards(r.decision));
    expect(counted.length).toBeLessThan(all.length);
    expect(place.rows).toBe(vi.formatNumber(counted.length));
  });
});

describe('the years page', () => {
  it('lists years newest first, each with its recipients and decisions', () => {
    const years = yearsIndex(browse, vi);
    expect(years.map((y) => y.name)).toEqual(browse.years.map(String));
    const decisions = browse.byYear.get(2017)!;
    const counting = decisions.filter(countsAsAwards);
    const rows = counting.reduce((n, d) => n + d.rows.length, 0);
    expect(counting.length).toBeLessThan(decisions.length);
    expect(years[0]).toMatchObject({ name: '2017', href: '/nam/2017/' });
    expect(plain(years[0]!.figures)).toBe(`${vi.formatNumber(rows)} lượt khen thưởng trong ${counting.length} quyết định`);
    expect(years[0]!.figures.filter((s) => s.figure).map((s) => s.figure)).toEqual([
      { 'data-figure': 'rows', 'data-where': 'year=2017' },
      { 'data-figure': 'decisions', 'data-where': 'year=2017' },
    ]);
  });
});

describe('the movements page', () => {
  it('lists movements alphabetically, each with its count of decisions and summary', () => {
    const movements = movementsIndex(portal, browse, vi);
    expect(movements).toHaveLength(portal.movements.size);
    const culture = movements.find((m) => m.href === '/phong-trao/doi-song-van-hoa/')!;
    expect(plain(culture.decisions)).toBe(`${browse.byMovement.get('doi-song-van-hoa')!.length} quyết định`);
    expect(culture.summary).toBe(portal.movements.get('doi-song-van-hoa')!.data.summary);
  });

  it('uses English titles on the English page when there are any', () => {
    const english = movementsIndex(portal, browse, en);
    for (const m of english) {
      const movement = portal.movements.get(m.href.split('/')[2]!)!;
      expect(m.name).toBe(movement.data.titleEn ?? movement.data.title);
    }
  });
});
