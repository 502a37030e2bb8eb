/**
 * Text the search engines see. Pagefind 1.6 already strips combining marks and lower-cases (its
 * `exactDiacritics` is off), but it keeps đ/Đ/Ð and it cannot know that "Lý" and "Lí" name the same
 * person. So a page carries, beside its text, only the words that `foldVietnamese` spells differently
 * from Pagefind's own normalisation; and every query is folded with the same function before searching.
 */
import { foldVietnamese } from '../vietnamese.ts';

/** A query or a text as search words: folded, and split at "/" too ("1820/QĐ-UBND" → "1820 qd ubnd"). */
export function searchTerms(text: string): string {
  return foldVietnamese(text).replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
}

/** What Pagefind itself makes of a word: marks stripped, lower case (đ stays đ). */
export function pagefindWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The folded words of `texts` that Pagefind would not find by itself, once each, space-separated:
 * "Chu Ðức Trí", "Hoàng Nhã Lý" → "duc li". Empty when folding adds nothing.
 */
export function foldedExtras(...texts: readonly (string | undefined)[]): string {
  const extras = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const own = new Set(text.split(/[^\p{L}\p{M}\p{N}]+/u).map(pagefindWord));
    for (const word of searchTerms(text).split(' ')) if (word && !own.has(word)) extras.add(word);
  }
  return [...extras].join(' ');
}
