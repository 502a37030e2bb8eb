import { describe, expect, it } from 'vitest';
import { plain } from '../../src/page-models/figures.ts';
import { breadcrumbJsonLd, placeTrail } from '../../src/page-models/breadcrumbs.ts';
import { decisionPage } from '../../src/page-models/decision.ts';
import { honoreePage } from '../../src/page-models/honoree.ts';
import { awardPage, kindPage, movementPage, yearPage } from '../../src/page-models/lists.ts';
import { storyPage } from '../../src/page-models/story.ts';
import { FLAG, FLAG_HONOREE, browse, portal, vi } from './sample.ts';

const names = (crumbs: { name: string }[]) => crumbs.map((c) => c.name);

describe('breadcrumbs on deep pages', () => {
  it('lead from home through the section to the page, which is named last without a link', () => {
    const crumbs = decisionPage(portal, browse, FLAG, 'https://x/', vi).breadcrumbs;
    expect(crumbs).toEqual([{ name: 'Trang chủ', href: '/' }, { name: 'Quyết định', href: '/quyet-dinh/' }, { name: 'Quyết định số 245/QĐ-TTg' }]);
  });

  it('give every deep page its section', () => {
    expect(names(honoreePage(portal, browse, FLAG_HONOREE, 'https://x/', vi).breadcrumbs)).toEqual(['Trang chủ', 'Tìm kiếm', 'Tập thể nhân dân và cán bộ xã Yên Khoái']);
    expect(names(awardPage(portal, browse, 'lao-dong-tien-tien', 1, vi).breadcrumbs)).toEqual(['Trang chủ', 'Hình thức', 'Lao động tiên tiến']);
    expect(names(yearPage(browse, 2017, 1, vi).breadcrumbs)).toEqual(['Trang chủ', 'Năm', '2017']);
    expect(names(kindPage(browse, 'household', 1, vi).breadcrumbs)).toEqual(['Trang chủ', 'Thống kê', 'hộ gia đình']);
    expect(names(movementPage(portal, browse, 'nong-thon-moi', 1, vi).breadcrumbs).slice(0, 2)).toEqual(['Trang chủ', 'Phong trào']);
    const story = storyPage(portal, { title: 'Xã Yên Khoái', summary: '', date: '2017-05-01', honorees: [], decisions: [] }, vi);
    expect(names(story.breadcrumbs)).toEqual(['Trang chủ', 'Gương điển hình', 'Xã Yên Khoái']);
  });

  it('put a place within the places that contain it, outermost first', () => {
    const crumbs = placeTrail(portal, 'loc-binh/xa-yen-khoai', vi);
    expect(crumbs[0]).toEqual({ name: 'Trang chủ', href: '/' });
    expect(crumbs[1]).toEqual({ name: 'Địa phương', href: '/dia-phuong/' });
    expect(crumbs.at(-2)).toEqual({ name: portal.places.get('loc-binh')!.name, href: '/dia-phuong/loc-binh/' });
    expect(crumbs.at(-1)).toEqual({ name: portal.places.get('loc-binh/xa-yen-khoai')!.name });
  });

  it('describe the trail to search engines as a BreadcrumbList on the public origin', () => {
    const jsonLd = breadcrumbJsonLd([{ name: 'Trang chủ', href: '/' }, { name: 'Quyết định số 245/QĐ-TTg' }], 'https://khenthuong.example.gov.vn');
    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://khenthuong.example.gov.vn/' },
        { '@type': 'ListItem', position: 2, name: 'Quyết định số 245/QĐ-TTg' },
      ],
    });
  });
});

describe('record pages in one English sentence', () => {
  it('sums up a decision with its English award and authority names', () => {
    expect(plain(decisionPage(portal, browse, FLAG, 'https://x/', vi).summaryEn)).toBe('Decision 245/QĐ-TTg of 20 February 2017 awarding Government Emulation Flag, issued by the Prime Minister, to 1 recipient.');
  });
});
