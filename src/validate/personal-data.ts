/**
 * Finds text that looks like personal data a commendation decision does not publish: identity card
 * numbers (9 or 12 digits), phone numbers, e-mail addresses, dates of birth. Heuristic by nature:
 * it errs towards flagging, and staff remove the value.
 */
export interface PersonalDataHit {
  kind: { vi: string; en: string };
  match: string;
}

const DETECTORS: readonly { kind: PersonalDataHit['kind']; pattern: RegExp }[] = [
  { kind: { vi: 'địa chỉ e-mail', en: 'an e-mail address' }, pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/ },
  { kind: { vi: 'số điện thoại', en: 'a phone number' }, pattern: /(?<![\d/])(?:\+84|0)(?:[\s.-]?\d){9}(?![\d/])/ },
  { kind: { vi: 'số căn cước / CMND', en: 'an identity card number' }, pattern: /(?<![\d/])(?:\d{12}|\d{9})(?![\d/])/ },
  {
    kind: { vi: 'ngày sinh', en: 'a date of birth' },
    pattern: /(?:sinh(?:\s+ngày|\s+năm)?|ngày\s+sinh|năm\s+sinh|born|date\s+of\s+birth|d\.?o\.?b\.?)\s*:?\s*\d{1,4}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?/i,
  },
];

export function findPersonalData(text: string): PersonalDataHit | undefined {
  for (const { kind, pattern } of DETECTORS) {
    const match = pattern.exec(text);
    if (match) return { kind, match: match[0] };
  }
  return undefined;
}

/** Every string in a parsed value with its path, for scanning a whole file's data. */
export function* stringsIn(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}
