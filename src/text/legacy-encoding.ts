/**
 * Vietnamese typed in the fonts of the 1990s (TCVN3/ABC: `.VnTime`; VNI: `VNI-Times`) and then saved as
 * Unicode: each accented letter became one or two Latin-1 signs, so "Nông Văn Một" reads `N«ng V¨n Mét`
 * in TCVN3 and "Nguyễn Văn" reads `Nguyeãn Vaên` in VNI. The text is valid UTF-8, so nothing else
 * catches it, and it would be published and searched as written. The validator and the staff import
 * refuse it with the way to convert it (Unikey's "Chuyển mã").
 */

export type LegacyEncoding = 'TCVN3' | 'VNI';

export interface LegacyHit {
  encoding: LegacyEncoding;
  /** The word that gave it away, to find it in the file. */
  word: string;
}

/**
 * TCVN3 puts its lower-case letters on the signs U+00A1–U+00BF, which Vietnamese never writes inside a
 * word. Left out: `°` and the superscripts `² ³` (37°C, 200 m²); the soft hyphen, an invisible character
 * of its own (src/text/deceptive.ts); and `« » © ®` at a word's edge (quotation marks, trade marks), which
 * TCVN3 text has inside words.
 */
const TCVN3_SIGN = /[A-Za-z][\u00A1-\u00A8\u00AA\u00AC\u00AF\u00B1\u00B4-\u00BA\u00BC-\u00BF]|[\u00A1-\u00A8\u00AA\u00AC\u00AF\u00B1\u00B4-\u00BA\u00BC-\u00BF][a-z]|[A-Za-z][\u00A9\u00AB\u00AE\u00BB][a-z]/u;
/** TCVN3's capitals and VNI's marks are Latin-1 letters no Vietnamese word has: `Hå` (Hồ), `ñ` (đ), `ö` (ư). */
const TCVN3_LETTER = /[A-Za-z][\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D1\u00D6\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6\u00F8\u00FB\u00FC\u00FE\u00FF]/u;
/**
 * VNI writes a letter and then its mark: `aù` (á), `aø` (à), `aû` (ả), `aõ` (ã), `aï` (ạ), `aâ` (â), `aê`
 * (ă), `oâ` (ô). No Vietnamese syllable has a, e or o followed by â, ê, ô, nor a vowel followed by ø, û, ï.
 */
const VNI_MARK = /[aeo][âêô]|[aeiouy][øûïù]|ñ[aeiouy]|[tn]ö/iu;

/** The word around `index`, as far as spaces and punctuation. */
function wordAt(text: string, index: number): string {
  const edge = /[\s,.;:!?()"'[\]/\\|]/u;
  let start = index;
  let end = index;
  while (start > 0 && !edge.test(text[start - 1]!)) start -= 1;
  while (end < text.length && !edge.test(text[end]!)) end += 1;
  return text.slice(start, end);
}

/** The first sign in `text` that it was typed in a legacy font, or nothing. */
export function findLegacyEncoding(text: string): LegacyHit | undefined {
  const vni = VNI_MARK.exec(text);
  if (vni) return { encoding: 'VNI', word: wordAt(text, vni.index) };
  const tcvn3 = TCVN3_SIGN.exec(text) ?? TCVN3_LETTER.exec(text);
  return tcvn3 ? { encoding: 'TCVN3', word: wordAt(text, tcvn3.index) } : undefined;
}
