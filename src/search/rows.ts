/**
 * From a Pagefind hit on a decision page to the recipient rows it came from. Pagefind records every
 * element with an id and the word where it starts (`anchors`), and the words that matched (`locations`).
 * Rows (`<tr id="r7">`) holding matched words are candidates; they are ranked by how many of the query's
 * words they hold (whole words before prefixes), since one word ("Nông") may match a role as well.
 * Honoree pages are not indexed themselves (the index would triple); a row whose recipient has a page
 * carries the link with an id (`<a id="n-<slug>">`), so a hit on the row can lead to that page.
 */
import { foldedWordPositions, isFoldAnchor, searchTerms } from './fold.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
  /** The element's text, as Pagefind read it. */
  text?: string;
}

export interface RowHit {
  /** 1-based row in the decision (the `r7` anchor). */
  row: number;
  /** Slug of the recipient's honoree page, when the row links to one. */
  honoree?: string;
  /** The name as the link to that page reads: Pagefind ends no cell after a link, so the text cannot say where the name ends. */
  name?: string;
  /** How well the row matches the query: 2 per whole word found, 1 per word it starts. */
  score: number;
  /** The row's words as Pagefind read them, folded extras removed. */
  text: string;
  /** Whether the row holds the query's words together, in order, as whole words: "Nông Đức Thọ" for "nong duc tho". */
  whole: boolean;
}

const HONOREE_ANCHOR = 'n-';

/** The id of a row's link to the honoree page: what `matchedRows` reads back as `honoree`. */
export function honoreeAnchorId(slug: string): string {
  return `${HONOREE_ANCHOR}${slug}`;
}

const isHonoreeLink = (a: PagefindAnchor) => /^a$/i.test(a.element) && a.id.startsWith(HONOREE_ANCHOR);

/** No row is longer than this many words; a longer span runs past the table. */
const MAX_ROW_WORDS = 60;

function rowScore(words: readonly string[], terms: readonly string[]): number {
  const folded = new Set(words.flatMap((w) => searchTerms(w).split(' ')));
  let score = 0;
  for (const term of terms) {
    if (folded.has(term)) score += 2;
    else if ([...folded].some((w) => w.startsWith(term))) score += 1;
  }
  return score;
}

/**
 * Rows holding matched words, best first, at most `limit`; only rows that hold every query word, or
 * failing that the best-scoring rows. `terms` is the folded query ("nong duc tho").
 */
export function matchedRows(content: string, anchors: readonly PagefindAnchor[], locations: readonly number[], terms: string, limit = 3): RowHit[] {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  // Links and folded extras inside a row neither start nor end it.
  const bounds = sorted.filter((a) => !isHonoreeLink(a) && !isFoldAnchor(a));
  const folded = foldedWordPositions(anchors);
  const words = content.split(/\s+/).filter(Boolean);
  const queryTerms = terms.split(' ').filter(Boolean);
  const rows = new Map<number, { start: number; end: number }>();
  for (const location of locations) {
    const i = bounds.findLastIndex((a) => a.location <= location);
    const owner = bounds[i];
    const match = owner && /^tr$/i.test(owner.element) ? /^r(\d+)$/.exec(owner.id) : null;
    if (!owner || !match) continue;
    const end = Math.min(bounds[i + 1]?.location ?? words.length, owner.location + MAX_ROW_WORDS);
    if (location < end) rows.set(Number(match[1]), { start: owner.location, end });
  }
  const scored = [...rows].map(([row, { start, end }]) => {
    const rowWords = withoutFolded(words, folded, start, end);
    const link = sorted.find((a) => isHonoreeLink(a) && a.location >= start && a.location < end);
    return {
      row,
      score: rowScore(rowWords, queryTerms),
      text: rowWords.join(' '),
      whole: holdsPhrase(rowWords, queryTerms),
      ...(link ? { honoree: link.id.slice(HONOREE_ANCHOR.length) } : {}),
      ...(link?.text?.trim() ? { name: link.text.trim() } : {}),
    };
  });
  const best = Math.max(0, ...scored.map((r) => r.score));
  return scored
    .filter((r) => r.score > 0 && r.score === best)
    .sort((a, b) => a.row - b.row)
    .slice(0, limit);
}

/**
 * `words[start, end)` without the folded extras at `folded` positions; the punctuation Pagefind put after
 * an extra (the end of a cell) goes back on the word before it. A leading row number is dropped.
 */
export function withoutFolded(words: readonly string[], folded: ReadonlySet<number>, start = 0, end = words.length): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    if (folded.has(i)) {
      if (out.length) out[out.length - 1] = withPunctuationOf(out.at(-1)!, word);
      continue;
    }
    if (i === start && /^\d+\.?$/.test(word)) continue;
    out.push(word);
  }
  return out;
}

/** `word` with the punctuation that ended `dropped` (Pagefind ends a cell or block with "."), once. */
export function withPunctuationOf(word: string, dropped: string): string {
  const tail = /[^\p{L}\p{N}]+$/u.exec(dropped)?.[0];
  return tail && !/[^\p{L}\p{N}]$/u.test(word) ? word + tail : word;
}

/** Whether `terms` (folded) stand together, in order, as whole words among `words`. */
export function holdsPhrase(words: readonly string[], terms: readonly string[]): boolean {
  // A decision page runs to thousands of words: folded once as one text, not word by word.
  return terms.length > 0 && ` ${searchTerms(words.join(' '))} `.includes(` ${terms.join(' ')} `);
}
