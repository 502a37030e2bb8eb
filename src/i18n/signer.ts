/**
 * A signer's title in English. Decisions print the title the signer signed under ("KT. Chủ tịch – Phó
 * Chủ tịch": a vice-chairman signing for the chairman, "ký thay"); the offices are few and their English
 * names fixed, so they are listed here rather than in every decision file.
 */
import type { Lang } from './lang.ts';

/** Offices that sign award decisions, longest first so "Phó Chủ tịch nước" is not read as "Phó Chủ tịch". */
const OFFICES: readonly (readonly [string, string])[] = [
  ['Phó Chủ tịch nước', 'Vice-President'],
  ['Chủ tịch nước', 'President'],
  ['Phó Thủ tướng', 'Deputy Prime Minister'],
  ['Thủ tướng', 'Prime Minister'],
  ['Phó Chủ tịch', 'Vice-Chairman'],
  ['Chủ tịch', 'Chairman'],
  ['Thứ trưởng', 'Deputy Minister'],
  ['Bộ trưởng', 'Minister'],
  ['Phó Giám đốc', 'Deputy Director'],
  ['Giám đốc', 'Director'],
];

const office = (title: string) => OFFICES.find(([vi]) => vi === title.trim())?.[1];

/**
 * "KT. Chủ tịch – Phó Chủ tịch" → "Vice-Chairman, for the Chairman"; "Chủ tịch" → "Chairman". A title
 * not listed stays as printed: a Vietnamese title is better than a guessed one.
 */
export function signerTitle(title: string, lang: Lang): string {
  if (lang === 'vi') return title;
  const onBehalf = /^(?:KT|TM|TL|Q)\.\s*(.+?)\s*[–-]\s*(.+)$/.exec(title);
  if (onBehalf) {
    const [principal, signer] = [office(onBehalf[1]!), office(onBehalf[2]!)];
    return principal && signer ? `${signer}, for the ${principal}` : title;
  }
  return office(title) ?? title;
}
