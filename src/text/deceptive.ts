/**
 * Characters that make text look other than it is: invisible controls that reorder or hide letters, and
 * letters of other alphabets that look like Vietnamese ones. Two entries that read the same must be the
 * same text, or one person becomes two and a search misses both. The validator reports each character
 * with its fix; the staff import can repair with `repairDeceptive` (one table for both).
 */

export type DeceptiveKind = 'hidden' | 'look-alike';

export interface DeceptiveHit {
  kind: DeceptiveKind;
  /** The character found, and its code point as staff can search for it (`U+202E`). */
  char: string;
  code: string;
  /** 0-based offset in the text. */
  index: number;
  /** What to write instead: a letter, or nothing. */
  replacement: string;
  /** The word around a look-alike letter, to find it in the file. */
  word: string;
  /**
   * Ð for Đ is common in names typed on older keyboards and harmless to search (folding treats both as d),
   * so it is pointed out without stopping publication; the others are refused.
   */
  notice: boolean;
}

/**
 * Invisible: bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069, U+200E–200F, U+061C),
 * zero-width space, non-joiner and joiner (U+200B–200D), word joiner U+2060, byte-order mark U+FEFF,
 * soft hyphen U+00AD.
 */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/** Letters of other alphabets that Vietnamese keyboards never type but that look like ours. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Latin capital and small eth, typed for Đ/đ on some keyboards and in old fonts.
  'Ð': 'Đ', 'ð': 'đ', 'Ɖ': 'Đ', 'ɖ': 'đ',
  // Cyrillic
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
  // Greek
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'α': 'a', 'ρ': 'p', 'τ': 't', 'υ': 'u',
};

/** Ð and ð (and the African D) never belong in Vietnamese text; the other look-alikes only count inside a Latin word. */
const ALWAYS_WRONG = new Set(['Ð', 'ð', 'Ɖ', 'ɖ']);

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;

function codeOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Any character that could start a hit: most text has none, and is passed over at the cost of one scan. */
const SUSPECT = /[\u00AD\u00D0\u00F0\u0189\u0256\u0370-\u03FF\u0400-\u052F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** Every deceptive character in `text`, in order. A BOM at the very start of a file is not text and is skipped by the reader. */
export function findDeceptive(text: string): DeceptiveHit[] {
  const hits: DeceptiveHit[] = [];
  if (!SUSPECT.test(text)) return hits;
  for (const match of text.matchAll(HIDDEN))
    hits.push({ kind: 'hidden', char: match[0], code: codeOf(match[0]), index: match.index, replacement: '', word: '', notice: false });
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const latin = LATIN.test(word.replace(/[ÐðƉɖ]/gu, ''));
    let offset = 0;
    for (const char of word) {
      const replacement = LOOK_ALIKES[char];
      if (replacement && (latin || ALWAYS_WRONG.has(char)))
        hits.push({ kind: 'look-alike', char, code: codeOf(char), index: match.index + offset, replacement, word, notice: ALWAYS_WRONG.has(char) });
      offset += char.length;
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The text with every deceptive character removed or replaced by the Vietnamese letter it imitates. */
export function repairDeceptive(text: string): string {
  let out = '';
  let last = 0;
  for (const hit of findDeceptive(text)) {
    out += text.slice(last, hit.index) + hit.replacement;
    last = hit.index + hit.char.length;
  }
  return (out + text.slice(last)).normalize('NFC');
}
