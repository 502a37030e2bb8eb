/**
 * Text the search engines see. Pagefind 1.6 already strips combining marks and lower-cases (its
 * `exactDiacritics` is off), but it keeps đ/Đ/Ð and it cannot know that "Lý" and "Lí" name the same
 * person. So a page carries, beside its text, only the words that `foldVietnamese` spells differently
 * from Pagefind's own normalisation; and every query is folded with the same function before searching.
 * Those words live in an attribute Pagefind indexes (`data-pagefind-index-attrs`), never in text a reader
 * sees, selects or copies; Pagefind still puts them in a result's content, so the element carries an id
 * that says how many words it adds, and results drop exactly those words (`foldedWordPositions`).
 */
import { foldVietnamese } from '../text/vietnamese.ts';

/** A query or a text as search words: folded, and split at "/" too ("1820/QĐ-UBND" → "1820 qd ubnd"). */
export function searchTerms(text: string): string {
  return foldVietnamese(text).replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
}

/** What Pagefind itself makes of a word: marks stripped, lower case (đ stays đ). */
export function pagefindWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word as Pagefind keeps it, and as `searchTerms` folds it. */
interface WordForms {
  own: string;
  folded: string;
}

// Names and places repeat a few thousand syllables across a hundred thousand rows: each is folded once.
const wordForms = new Map<string, WordForms>();

function formsOf(word: string): WordForms {
  let forms = wordForms.get(word);
  if (!forms) {
    forms = { own: pagefindWord(word), folded: searchTerms(word) };
    wordForms.set(word, forms);
  }
  return forms;
}

/**
 * The folded words of `texts` that Pagefind would not find by itself, once each, space-separated:
 * "Chu Ðức Trí", "Hoàng Nhã Lý" → "duc li". Empty when folding adds nothing.
 */
export function foldedExtras(...texts: readonly (string | undefined)[]): string {
  const extras = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).map(formsOf);
    const own = new Set(words.map((w) => w.own));
    for (const { folded } of words) if (folded && !own.has(folded)) extras.add(folded);
  }
  return [...extras].join(' ');
}

/** The attribute holding a page's folded extras; Pagefind indexes it as text where the element stands. */
export const FOLD_ATTRIBUTE = 'data-fold';

const FOLD_ID = /^z(\d+)-/;

/** The id of the element carrying `extras` for `key` (unique on the page): "z2-r7" adds two words. */
export function foldAnchorId(extras: string, key: string): string {
  return `z${extras.split(' ').filter(Boolean).length}-${key}`;
}

/** Whether a Pagefind anchor is an element of folded extras rather than a part of the page. */
export function isFoldAnchor(anchor: { id: string }): boolean {
  return FOLD_ID.test(anchor.id);
}

/** Word positions in a result's content that are folded extras, not the page's own text. */
export function foldedWordPositions(anchors: readonly { id: string; location: number }[]): Set<number> {
  const positions = new Set<number>();
  for (const a of anchors) {
    const count = Number(FOLD_ID.exec(a.id)?.[1] ?? 0);
    for (let i = 0; i < count; i++) positions.add(a.location + i);
  }
  return positions;
}
