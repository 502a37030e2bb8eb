import { describe, expect, it } from 'vitest';
import { isDecisionNumberQuery, decisionNumberTerms } from '../../src/search/decision-number.ts';
import { foldAnchorId, foldedExtras, foldedWordPositions, pagefindWord, searchTerms } from '../../src/search/fold.ts';
import { excerptParts } from '../../src/search/excerpt.ts';
import { initialOf, namesByInitial, personName } from '../../src/search/initials.ts';
import { MAX_LOADED_NAMES, buildShards, chooseShards, keysForWord, shardFile, shardManifest, type NameEntry } from '../../src/search/names.ts';
import { parseSearchParams, toPagefindRequest, toSearchParams } from '../../src/search/query.ts';
import { holdsPhrase, honoreeAnchorId, matchedRows, withoutFolded } from '../../src/search/rows.ts';
import { countListed, looksLikeName, nameIndexLetter, type ResultLine } from '../../src/search/results.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/routes/csp.ts';

const person = (name: string, extra: Partial<NameEntry> = {}): NameEntry => ({ name, kind: 'individual', year: 2017, place: 'xã Như Khuê', decision: '2017/1820', row: 1, ...extra });

describe('folding for the index and the query', () => {
  it('folds a query the way users type it', () => {
    expect(searchTerms('Hoàng Văn Kháy')).toBe('hoang van khay');
    expect(searchTerms('HOANG  VAN KHAY')).toBe('hoang van khay');
    expect(searchTerms('Đinh Minh Thúy')).toBe(searchTerms('dinh minh thuy'));
    expect(searchTerms('Chu Ðức Trí')).toBe('chu duc tri'); // Ð (eth), as some keyboards type đ
    expect(searchTerms('Vy Thiên Mỹ')).toBe(searchTerms('vi thien my'));
  });

  it('splits decision numbers into words', () => {
    expect(searchTerms('1820/QĐ-UBND')).toBe('1820 qd ubnd');
  });

  it('adds only the folded words Pagefind would not find itself', () => {
    expect(pagefindWord('Kháy')).toBe('khay');
    expect(foldedExtras('Hoàng Văn Kháy')).toBe('');
    expect(foldedExtras('Chu Ðức Trí', 'Hoàng Nhã Lý')).toBe('duc li');
    expect(foldedExtras('1820/QĐ-UBND')).toBe('qd');
    expect(foldedExtras(undefined, 'Đinh Đinh')).toBe('dinh');
  });

  it('folds both tone placements and đ alike: Hoà and Hòa, Thuý and Thúy, Đức and Duc', () => {
    expect(searchTerms('Nguyễn Thị Hoà')).toBe(searchTerms('Nguyễn Thị Hòa'));
    expect(searchTerms('Lê Thuý')).toBe(searchTerms('le thuy'));
    expect(searchTerms('NÔNG TUẤN ĐỨC')).toBe('nong tuan duc');
  });

  it('marks where the folded extras stand in a result, by the id of the element that carries them', () => {
    expect(foldAnchorId('li hdnd', 'r7')).toBe('z2-r7');
    expect([...foldedWordPositions([{ id: 'r7', location: 3 }, { id: 'z2-r7', location: 7 }])]).toEqual([7, 8]);
  });
});

describe('decision numbers', () => {
  it.each(['1820/QĐ-UBND', '1820', 'qd-ubnd 1820', '1820/qđ-ubnd', '245 QĐ-TTg'])('"%s" is a decision number query', (q) => {
    expect(isDecisionNumberQuery(q)).toBe(true);
  });
  it.each(['hoang van khay', 'lao động tiên tiến 2017', 'thôn số 3'])('"%s" is not', (q) => {
    expect(isDecisionNumberQuery(q)).toBe(false);
  });
  it('gives the words a number is found by', () => {
    expect(decisionNumberTerms('1820/QĐ-UBND')).toEqual(['1820', 'qd', 'ubnd']);
  });
});

describe('search state in the URL', () => {
  it('round-trips through the query string, leaving out empty values and the default sort', () => {
    const state = parseSearchParams(new URLSearchParams('q=hoang+van++khay&nam=2017&hinh-thuc=&sap-xep=moi-nhat&x=1'));
    expect(state).toEqual({ q: 'hoang van khay', filters: { nam: '2017' }, sort: 'moi-nhat' });
    expect(toSearchParams(state)).toBe('q=hoang+van+khay&nam=2017&sap-xep=moi-nhat');
    expect(parseSearchParams(new URLSearchParams(toSearchParams(state)))).toEqual(state);
    expect(parseSearchParams(new URLSearchParams('sap-xep=nonsense')).sort).toBe('lien-quan');
  });

  it('asks Pagefind with the folded words, the filters and the sort', () => {
    expect(toPagefindRequest(parseSearchParams(new URLSearchParams('q=Đinh+Thúy&nam=2017')))).toEqual({
      term: 'dinh thuy',
      options: { filters: { nam: '2017' } },
    });
    expect(toPagefindRequest(parseSearchParams(new URLSearchParams('nam=2017')))).toEqual({
      term: null,
      options: { filters: { nam: '2017' }, sort: { ngay: 'desc' } },
    });
    expect(toPagefindRequest(parseSearchParams(new URLSearchParams('q=x&sap-xep=cu-nhat')))?.options.sort).toEqual({ ngay: 'asc' });
    expect(toPagefindRequest(parseSearchParams(new URLSearchParams('q=+')))).toBeUndefined();
  });
});

describe('name shards', () => {
  it('puts every name in the shard of each of its words', () => {
    const shards = buildShards([person('Hoàng Văn Kháy'), person('Dương Văn Bách')]);
    expect([...shards.keys()]).toEqual(['ba', 'du', 'ho', 'kh', 'va']);
    expect(shards.get('va')?.map((e) => e.name)).toEqual(['Hoàng Văn Kháy', 'Dương Văn Bách']);
  });

  it('splits a crowded key by one more letter, keeping two-letter words under the short key', () => {
    const names = ['Hoàng An', 'Hồng Bình', 'Hồ Chí', 'Hoa Dũng', 'Hòa Em'].map((n) => person(n));
    const shards = buildShards(names, 2);
    // Hoàng, Hoa, Hòa are three "hoa…" words: "hoan" for Hoàng, "hoa" keeps the word hoa itself.
    expect(shardManifest(shards)).toMatchObject({ ho: 1, hoa: 2, hoan: 1, hon: 1 });
    expect(keysForWord('ho', shardManifest(shards))).toEqual(['ho', 'hoa', 'hoan', 'hon']);
    expect(keysForWord('hoang', shardManifest(shards))).toEqual(['ho', 'hoa', 'hoan']);
  });

  it('loads the smallest shards first and never more than the limit', () => {
    const manifest = { ho: 900, kh: 300, ka: 5, va: 5000, ng: 20000 };
    expect(chooseShards('hoang van kay', manifest, 1500)).toEqual(['ho', 'ka']);
    expect(chooseShards('hoang van khay', manifest, 1500)).toEqual(['ho', 'kh']);
    expect(chooseShards('nguyen', manifest, MAX_LOADED_NAMES)).toEqual([]);
    expect(chooseShards('h', manifest)).toEqual([]);
  });

  it('writes a shard compactly: decision ids and places once', () => {
    const file = shardFile([person('A B', { row: 1 }), person('C D', { row: 2 }), { name: 'E F', kind: 'individual', year: 2017, place: 'xã Như Khuê', honoree: 'e-f' }]);
    expect(file).toEqual({ d: ['2017/1820'], p: ['xã Như Khuê'], e: [['A B', 2017, 0, 0, 1], ['C D', 2017, 0, 0, 2], ['E F', 2017, 0, 'e-f']], f: ['a b', 'c d', 'e f'] });
  });
});

describe('names by initial', () => {
  it('files a person under the folded first letter of the given name, households under their head', () => {
    expect(initialOf(person('Hoàng Quảng Ðạt'))).toBe('d');
    expect(initialOf(person('Nông Ðức Thọ'))).toBe('t');
    expect(personName({ kind: 'household', name: 'Hộ ông Vy Bảo Sơn' })).toBe('Vy Bảo Sơn');
    expect(initialOf({ kind: 'household', name: 'Hộ bà Đàm Thị Hồng' })).toBe('h');
  });

  it('orders each letter the Vietnamese way and leaves collectives out', () => {
    const groups = namesByInitial([person('Trần Văn Bình'), person('Lê Thị Bích'), person('Nguyễn An Bình'), person('Trường THCS Lộc Bình', { kind: 'collective' })]);
    expect(groups.get('b')?.map((e) => e.name)).toEqual(['Lê Thị Bích', 'Nguyễn An Bình', 'Trần Văn Bình']);
  });
});

describe('rows of a decision hit', () => {
  const content = 'Quyết định số 1 . Danh sách 1 Hoàng Văn Kháy Nông dân 2 Chu Ðức Trí duc Giáo viên 3 Hoàng Lưu Ly li Nông dân';
  const words = content.split(' ');
  const at = (w: string) => words.indexOf(w);
  const anchors = [
    { element: 'h2', id: 'recipients', location: at('Danh') },
    { element: 'tr', id: 'r1', location: words.indexOf('1', 5) },
    { element: 'tr', id: 'r2', location: at('2') },
    { element: 'span', id: 'z1-r2', location: at('duc') },
    { element: 'tr', id: 'r3', location: at('3') },
    { element: 'span', id: 'z1-r3', location: at('li') },
  ];

  it('picks the rows holding most of the query words and reads their text without the folded copies', () => {
    const rows = matchedRows(content, anchors, [at('Chu'), at('duc'), at('Trí'), at('Nông')], 'chu duc tri');
    expect(rows).toEqual([{ row: 2, score: 6, text: 'Chu Ðức Trí Giáo viên', whole: true }]);
  });

  it('ranks a whole word above a word it only starts, and a name above a role', () => {
    expect(matchedRows(content, anchors, [at('Hoàng'), at('Nông')], 'hoang nong').map((r) => r.row)).toEqual([1]);
  });

  it('ignores matches outside the rows', () => {
    expect(matchedRows(content, anchors, [at('Quyết')], 'quyet')).toEqual([]);
  });

  it('reads the honoree page a row links to, and a link neither starts nor ends a row', () => {
    const linked = [
      ...anchors.slice(0, 2),
      { element: 'a', id: honoreeAnchorId('hoang-van-khay-nhu-khue'), location: at('Hoàng') },
      ...anchors.slice(2),
    ];
    expect(matchedRows(content, linked, [at('Kháy'), at('Nông')], 'khay nong')).toEqual([
      { row: 1, score: 4, text: 'Hoàng Văn Kháy Nông dân', honoree: 'hoang-van-khay-nhu-khue', whole: true },
    ]);
    expect(matchedRows(content, linked, [at('Chu')], 'chu')).toEqual([{ row: 2, score: 2, text: 'Chu Ðức Trí Giáo viên', whole: true }]);
  });

  it('drops folded copies and the row number', () => {
    expect(withoutFolded(['3', 'Hoàng', 'Lưu', 'Ly', 'li', 'Nông', 'dân'], new Set([4]))).toEqual(['Hoàng', 'Lưu', 'Ly', 'Nông', 'dân']);
    // Pagefind ends a cell with "."; it stays on the name when the extra after it goes.
    expect(withoutFolded(['Hoàng', 'Lưu', 'Ly', 'li.', 'Nông', 'dân.'], new Set([3]))).toEqual(['Hoàng', 'Lưu', 'Ly.', 'Nông', 'dân.']);
  });

  it('keeps a real word that happens to look folded ("Li" as a name) and drops only the extras', () => {
    expect(matchedRows(content, anchors, [at('li')], 'hoang luu li')[0]?.text).toBe('Hoàng Lưu Ly Nông dân');
  });

  it('tells a whole name from words scattered over a row: "Thị" in "thị trấn" is no "Trần Thị Bưởi"', () => {
    expect(holdsPhrase(['Trần', 'Thị', 'Bưởi.'], ['tran', 'thi', 'buoi'])).toBe(true);
    expect(holdsPhrase(['Trần', 'Văn', 'An.', 'thị', 'trấn', 'Lộc', 'Bình.'], ['tran', 'thi', 'buoi'])).toBe(false);
    expect(holdsPhrase(['Nguyễn', 'Thị', 'Hoà'], ['nguyen', 'thi', 'hoa'])).toBe(true);
  });
});

describe('excerpts without folded extras', () => {
  it('leaves the extras out and marks the word a folded match came from', () => {
    const content = 'Quyết định số 1400/QĐ-UBND. qd dua dat. Danh sách Nông Ðức Thọ duc. Giáo viên.';
    const ws = content.split(' ');
    const anchors = [{ id: 'z3-page', location: 4 }, { id: 'z1-r1', location: ws.indexOf('duc.') }];
    const parts = excerptParts(content, anchors, [ws.indexOf('duc.')]);
    expect(parts.map((p) => p.text).join(' ')).toBe('1400/QĐ-UBND. Danh sách Nông Ðức Thọ. Giáo viên.');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Thọ.']);
  });
});

describe('what the search page lists and counts', () => {
  const line = (whole: boolean, person?: string): ResultLine => ({ url: '', title: '', detail: '', whole, excerpt: [], ...(person ? { person } : {}) });

  it('counts people and awards among whole-name lines, pages apart, partial matches apart', () => {
    expect(countListed([line(true, 'khay'), line(true, 'khay'), line(true, 'bach'), line(true), line(false, 'x'), line(false)])).toEqual({ people: 2, awards: 3, pages: 1, partial: 2 });
  });

  it('answers "no one of that name" only for names, and offers the letter of the given name', () => {
    expect(looksLikeName('Trần Thị Bưởi')).toBe(true);
    expect(looksLikeName('1820/QĐ-UBND')).toBe(false);
    expect(looksLikeName('hoang')).toBe(false);
    expect(nameIndexLetter('Trần Thị Bưởi')).toBe('b');
    expect(nameIndexLetter('Nông Ðức Đạt')).toBe('d');
  });
});

describe('content security policy', () => {
  it('allows only the site itself, WebAssembly for Pagefind, and no inline script or style', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
