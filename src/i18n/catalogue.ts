/**
 * Names from the catalogue (content/awards.yaml, authorities.yaml) in the interface language: decisions
 * print the Vietnamese name, and the catalogue carries the official English one beside it (`nameEn`).
 */
import type { Lang } from './lang.ts';

interface Named {
  name: string;
  nameEn: string;
}

/** "Bằng khen của Chủ tịch UBND tỉnh" / "Certificate of Merit of the Chairman of the Provincial People's Committee". */
export function catalogueName(entry: Named, lang: Lang): string {
  return lang === 'vi' ? entry.name : entry.nameEn;
}

/** "UBND huyện …" in Vietnamese lists; English has no such abbreviation, so it gets the full English name. */
export function authorityShortName(authority: Named & { shortName: string }, lang: Lang): string {
  return lang === 'vi' ? authority.shortName : authority.nameEn;
}
