import { describe, expect, it } from 'vitest';
import { storyPage } from '../../src/page-models/story.ts';
import { foldedExtras } from '../../src/search/fold.ts';
import { FLAG, FLAG_HONOREE, portal, vi } from './sample.ts';

const story = {
  title: 'Xã Yên Khoái',
  summary: 'Điểm sáng phong trào thi đua',
  date: '2019-04-22',
  author: 'Báo Lạng Sơn',
  illustrative: true,
  honorees: [FLAG_HONOREE, 'khong-co-trang'],
  decisions: [FLAG],
};
const page = storyPage(portal, story, vi);

describe('a story page', () => {
  it('dates the story and names its author', () => {
    expect(page.dateText).toBe('ngày 22 tháng 4 năm 2019');
    expect(page.byline).toBe(' · Báo Lạng Sơn');
    expect(storyPage(portal, { ...story, author: undefined }, vi).byline).toBe('');
  });

  it('says a sample story is a sample', () => {
    expect(page.notice).toBe('Bài viết mẫu.');
    expect(storyPage(portal, { ...story, illustrative: false }, vi).notice).toBeUndefined();
  });

  it('links the honorees that have a page, and leaves out those that do not', () => {
    expect(page.honorees).toEqual([{ name: 'Tập thể nhân dân và cán bộ xã Yên Khoái', href: `/nguoi-duoc-khen/${FLAG_HONOREE}/` }]);
  });

  it('links each decision by its number, then its award and date', () => {
    expect(page.decisions).toEqual([{ href: `/quyet-dinh/${FLAG}/`, number: '245/QĐ-TTg', rest: ' – Cờ thi đua của Chính phủ, ngày 20 tháng 2 năm 2017' }]);
  });

  it('is found by year and by the folded names of those it is about', () => {
    expect(page.facets.filters).toEqual({ loai: ['guong-dien-hinh'], nam: ['2019'] });
    expect(page.searchExtras).toBe(foldedExtras(story.title, story.summary, 'Tập thể nhân dân và cán bộ xã Yên Khoái'));
  });
});
