/**
 * From a Pagefind hit on a decision page to the recipient rows it came from. Pagefind records every
 * element with an id and the word where it starts (`anchors`), and the words that matched (`locations`).
 * Rows (`<tr id="r7">`) holding matched words are candidates; they are ranked by how many of the query's
 * words they hold (whole words before prefixes), since one word ("Nông") may match a role as well.
 */
import { searchTerms } from './fold.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

export interface RowHit {
  /** 1-based row in the decision (the `r7` anchor). */
  row: number;
  /** How well the row matches the query: 2 per whole word found, 1 per word it starts. */
  score: number;
  /** The row's words as Pagefind read them, folded extras removed. */
  text: string;
}

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
  const words = content.split(/\s+/).filter(Boolean);
  const queryTerms = terms.split(' ').filter(Boolean);
  const rows = new Map<number, { start: number; end: number }>();
  for (const location of locations) {
    const i = sorted.findLastIndex((a) => a.location <= location);
    const owner = sorted[i];
    const match = owner && /^tr$/i.test(owner.element) ? /^r(\d+)$/.exec(owner.id) : null;
    if (!owner || !match) continue;
    const end = Math.min(sorted[i + 1]?.location ?? words.length, owner.location + MAX_ROW_WORDS);
    if (location < end) rows.set(Number(match[1]), { start: owner.location, end });
  }
  const scored = [...rows].map(([row, { start, end }]) => {
    const rowWords = words.slice(start, end);
    return { row, score: rowScore(rowWords, queryTerms), text: withoutFoldedCopies(rowWords).join(' ') };
  });
  const best = Math.max(0, ...scored.map((r) => r.score));
  return scored
    .filter((r) => r.score > 0 && r.score === best)
    .sort((a, b) => a.row - b.row)
    .slice(0, limit);
}

/** Drops the folded copies a page adds for search ("Ðức" … "duc"), and a leading row number. */
export function withoutFoldedCopies(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  words.forEach((word, i) => {
    if (i === 0 && /^\d+\.?$/.test(word)) return;
    const bare = word.replace(/[^\p{L}\p{N}]/gu, '');
    const folded = searchTerms(bare);
    if (out.length && /^[a-z0-9]+$/.test(bare) && seen.has(folded)) return;
    seen.add(folded);
    out.push(word);
  });
  return out;
}
