/**
 * A result's excerpt, made from Pagefind's content and word locations rather than its ready-made
 * excerpt: that one is HTML and counts the folded extras (src/search/fold.ts) as text, so a reader
 * would see "qd dua da dau" where the page says nothing of the kind.
 */
import { foldedWordPositions } from './fold.ts';
import { withPunctuationOf } from './rows.ts';

export interface ExcerptPart {
  text: string;
  /** A word the query matched. */
  match: boolean;
}

/**
 * About `length` words of `content` around the first match, folded extras left out. A match on an
 * extra (the query "duc" finding "Ðức" through its folded copy) marks the word it was copied from.
 */
export function excerptParts(content: string, anchors: readonly { id: string; location: number }[], locations: readonly number[], length = 24): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const folded = foldedWordPositions(anchors);
  const matched = new Set<number>();
  for (const location of locations) {
    let at = location;
    while (folded.has(at)) at--;
    if (at >= 0) matched.add(at);
  }
  const first = Math.min(...matched, words.length);
  const start = Math.max(0, first === words.length ? 0 : first - Math.floor(length / 3));
  const parts: ExcerptPart[] = [];
  let i = start;
  for (; i < words.length && parts.length < length; i++) {
    if (folded.has(i)) {
      const last = parts.at(-1);
      if (last) last.text = withPunctuationOf(last.text, words[i]!);
      continue;
    }
    parts.push({ text: words[i]!, match: matched.has(i) });
  }
  return parts;
}
