/**
 * Finds a catalogue entry (award form, authority, place) from what staff or a sheet typed: "HUÂN
 * CHƯƠNG LAO ĐỘNG HẠNG 1", "Bằng khen của CT UBND tỉnh", "QĐ-TTg", "TX. Gò Công", with or without tone
 * marks. Both sides are reduced to one key: folded, abbreviations written out the same way, classes
 * ("hạng Nhất", "hạng 1", "hạng I") alike, counts and numbering dropped. When nothing matches, the
 * nearest entries by shared words are suggested.
 */
import { foldVietnamese } from '../text/vietnamese.ts';

/** Abbreviations as offices type them, on folded text; applied word by word, longest first. */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bqd ttg\b/g, 'thu tuong'],
  [/\bqd ctn\b/g, 'chu tich nuoc'],
  [/\bqd ubnd\b/g, 'ubnd'],
  [/\bthu tuong chinh phu\b/g, 'thu tuong'],
  [/\bttcp\b/g, 'thu tuong'],
  [/\bttg\b/g, 'thu tuong'],
  [/\bctn\b/g, 'chu tich nuoc'],
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\bct (ubnd|hdnd)\b/g, 'chu tich $1'],
  [/\bhcld\b/g, 'huan chuong lao dong'],
  [/\bhc\b/g, 'huan chuong'],
  [/\bbk\b/g, 'bang khen'],
  [/\bgk\b/g, 'giay khen'],
  [/\bttldxs\b/g, 'tap the lao dong xuat sac'],
  [/\bldtt\b/g, 'lao dong tien tien'],
  [/\bcstd\b/g, 'chien si thi dua'],
  [/\bhang (1|i|mot)\b/g, 'hang nhat'],
  [/\bhang (2|ii|hai)\b/g, 'hang nhi'],
  [/\bhang (3|iii)\b/g, 'hang ba'],
];

/** Place kinds written short before a name: "TX. Gò Công", "TT. Quán Hàu", "H. Cái Bè". */
const PLACE_PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/(^|[\s,(])TX\.\s*/giu, '$1thị xã '],
  [/(^|[\s,(])TT\.\s*/giu, '$1thị trấn '],
  [/(^|[\s,(])TP\.\s*/giu, '$1thành phố '],
  [/(^|[\s,(])H\.\s*/giu, '$1huyện '],
  [/(^|[\s,(])Q\.\s*/giu, '$1quận '],
  [/(^|[\s,(])P\.\s*/giu, '$1phường '],
  [/(^|[\s,(])X\.\s*/giu, '$1xã '],
];

/** Words that say how an award is given, not which: "tặng", "danh hiệu", "của". */
const FILLER = /\b(tang thuong|tang|truy tang|phong tang|cong nhan|danh hieu|cua|cho)\b/g;

/** "A. …", "II. …", "Điều 2: …", "1) …" before a heading ("X." is left to mean xã). */
const NUMBERING = /^\s*(điều\s+\d+|[IVL]+|[A-Da-d]|\d{1,2})\s*[.):/-]\s*/iu;

/** The key two spellings of one entry share. */
export function catalogueKey(text: string): string {
  let t = text.replace(NUMBERING, '');
  for (const [pattern, to] of PLACE_PREFIXES) t = t.replace(pattern, to);
  // "(02 tập thể)", "(3 cá nhân)": counts in a group heading are not part of the award's name.
  t = t.replace(/\(\s*\d+[^)]*\)/gu, ' ');
  let key = foldVietnamese(t).replace(/\//g, ' ');
  for (const [pattern, to] of ABBREVIATIONS) key = key.replace(pattern, to);
  return key.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

export interface CatalogueEntry {
  id: string;
  /** Names staff may type: the name, its English and short forms. */
  labels: readonly string[];
}

export type CatalogueMatch = { id: string } | { suggestions: string[] };

/** Words that end a catalogue name to which a sheet may add the place: "… Chủ tịch UBND tỉnh Quảng Bình". */
const PLACE_TAIL = /\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)$/;

function words(key: string): Set<string> {
  return new Set(key.split(' ').filter(Boolean));
}

/**
 * The one entry `text` names, or the nearest few. An entry matches when its id or a label has the
 * same key; failing that, when a label ending in a place kind ("… UBND tỉnh") is followed by a name.
 */
export function matchCatalogue(entries: readonly CatalogueEntry[], text: string): CatalogueMatch {
  const raw = text.trim();
  if (entries.some((e) => e.id === raw)) return { id: raw };
  const key = catalogueKey(raw);
  if (!key) return { suggestions: [] };
  const keyed = entries.map((e) => ({ id: e.id, keys: [...new Set([e.id.replace(/[-/]/g, ' '), ...e.labels.map(catalogueKey)])] }));
  const exact = keyed.filter((e) => e.keys.includes(key));
  if (exact.length === 1) return { id: exact[0]!.id };
  if (exact.length > 1) return { suggestions: exact.map((e) => e.id) };
  const withPlace = keyed.filter((e) => e.keys.some((k) => PLACE_TAIL.test(k) && key.startsWith(`${k} `)));
  if (withPlace.length === 1) return { id: withPlace[0]!.id };
  const mine = words(key);
  const scored = keyed
    .map((e) => {
      const best = Math.max(...e.keys.map((k) => {
        const theirs = words(k);
        const shared = [...mine].filter((w) => theirs.has(w)).length;
        return shared / new Set([...mine, ...theirs]).size;
      }));
      return { id: e.id, score: best };
    })
    .filter((s) => s.score >= 0.3)
    .sort((a, b) => b.score - a.score);
  return { suggestions: scored.slice(0, 3).map((s) => s.id) };
}
