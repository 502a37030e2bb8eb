import { describe, expect, it } from 'vitest';
import { initialLinks, initialPage } from '../../src/page-models/initials.ts';
import { INITIALS_PAGE_SIZE, namesByInitial } from '../../src/search/initials.ts';
import { nameEntries } from '../../src/search/names.ts';
import { portal, vi } from './sample.ts';

const initials = namesByInitial(nameEntries(portal));

describe('names by initial', () => {
  it('links each letter’s first page, with names that start with no letter under "khác"', () => {
    const links = initialLinks(['a', 'đ', '#'], vi);
    expect(links.map((l) => l.name)).toEqual(['A', 'Đ', 'khác']);
    expect(links.every((l) => l.href.startsWith('/tim-kiem/ten/') && !l.current)).toBe(true);
  });

  it('shows one letter’s page of names, the letter marked current', () => {
    const [letter, names] = [...initials].find(([, list]) => list.length > 0)!;
    const page = initialPage(initials, letter, 1, vi);
    expect(page.letters.filter((l) => l.current).map((l) => l.name)).toEqual([letter === '#' ? 'khác' : letter.toUpperCase()]);
    expect(page.names).toHaveLength(Math.min(names.length, INITIALS_PAGE_SIZE));
    expect(page.pager.total).toBe(Math.ceil(names.length / INITIALS_PAGE_SIZE));
    expect(page.title).toBe(`Tên bắt đầu bằng chữ ${page.letters.find((l) => l.current)!.name}`);
  });

  it('links a name to its honoree page, or to its row, and tells namesakes apart by place and year', () => {
    const page = initialPage(initials, [...initials.keys()][0]!, 1, vi);
    const entry = initials.get([...initials.keys()][0]!)![0]!;
    expect(page.names[0]!.href).toBe(entry.honoree ? `/nguoi-duoc-khen/${entry.honoree}/` : `/quyet-dinh/${entry.decision}/#r${entry.row}`);
    expect(page.names[0]!.detail).toBe([entry.place, entry.year].filter(Boolean).map((x) => ` · ${x}`).join(''));
  });

  it('pages within the letter’s own address', () => {
    const letter = [...initials.keys()][0]!;
    expect(initialPage(initials, letter, 1, vi).pager.href(2)).toMatch(/^\/tim-kiem\/ten\/[^/]+\/trang\/2\/$/);
  });
});
