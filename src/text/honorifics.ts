/**
 * What a list writes before a person's name: forms of address ("Ông", "Bà", "Đ/c"), military and
 * police ranks ("Trung tá", "Thiếu tướng"), academic titles and degrees ("PGS.TS", "ThS."), and state
 * honorary titles ("NSƯT", "NGƯT"). They belong beside the name, not in it: search, sorting and an
 * honoree's page must see "Huỳnh Nghĩa", not "Ông Huỳnh Nghĩa".
 */
import { foldVietnamese, normaliseSpace } from './vietnamese.ts';

/** Written as lists print them; compared folded, so case, tone marks and dots do not matter. */
const HONORIFICS = [
  'Ông', 'Bà', 'Đ/c', 'Đồng chí', 'Liệt sĩ', 'Liệt sỹ',
  'Binh nhì', 'Binh nhất', 'Hạ sĩ', 'Trung sĩ', 'Thượng sĩ',
  'Thiếu úy', 'Trung úy', 'Thượng úy', 'Đại úy', 'Thiếu tá', 'Trung tá', 'Thượng tá', 'Đại tá',
  'Thiếu tướng', 'Trung tướng', 'Thượng tướng', 'Đại tướng', 'Chuẩn Đô đốc', 'Phó Đô đốc', 'Đô đốc',
  'GS', 'PGS', 'TS', 'TSKH', 'ThS', 'BS', 'BSCKI', 'BSCKII', 'BS CKI', 'BS CKII', 'DS', 'KS', 'CN', 'LS', 'NCS',
  'NSND', 'NSƯT', 'NGND', 'NGƯT', 'TTND', 'TTƯT', 'NNND', 'NNƯT', 'AHLĐ', 'AHLLVT', 'AHLLVTND',
] as const;

const FOLDED = new Set(HONORIFICS.map((h) => foldVietnamese(h)));
/** Longest honorific in words ("chuan do doc", "bs cki"). */
const MAX_WORDS = Math.max(...[...FOLDED].map((h) => h.split(' ').length));

/**
 * Splits leading honorifics off a person's name: "Ông Huỳnh Nghĩa" → { honorific: "Ông", name: "Huỳnh
 * Nghĩa" }, "Đại tá, PGS.TS Nguyễn Văn A" → "Đại tá, PGS.TS". At least two words of name must remain,
 * so a one-word name is never taken for a title. The honorific keeps the spelling it was typed in.
 */
export function splitHonorific(text: string): { honorific?: string; name: string } {
  const name = normaliseSpace(text);
  // Word boundaries of the original text: a space, or a dot or comma that glues "PGS.TS".
  const ends = [...name.matchAll(/[\s.,]+/gu)].map((m) => ({ cut: m.index, next: m.index + m[0].length }));
  let taken = 0;
  for (;;) {
    const rest = ends.filter((e) => e.cut > taken);
    let matched: (typeof rest)[number] | undefined;
    // Longest first, so "Thiếu tướng" is not read as an unknown "Thiếu".
    for (let words = Math.min(MAX_WORDS, rest.length); words >= 1 && !matched; words--) {
      const end = rest[words - 1]!;
      if (FOLDED.has(foldVietnamese(name.slice(taken, end.cut)))) matched = end;
    }
    if (!matched) break;
    const remaining = name.slice(matched.next);
    if (remaining.split(' ').filter(Boolean).length < 2) break;
    taken = matched.next;
  }
  if (!taken) return { name };
  const honorific = name.slice(0, taken).replace(/[\s,]+$/u, '');
  // Lists copied from a newspaper sentence say "bà Đỗ Thị Kim Lĩnh"; the portal prints the honorific at
  // the head of a table cell, where Vietnamese writes it with a capital: "Bà".
  return { honorific: honorific.charAt(0).toLocaleUpperCase('vi') + honorific.slice(1), name: name.slice(taken) };
}
