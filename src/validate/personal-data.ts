/**
 * Finds text that looks like personal data a commendation decision does not publish: identity card
 * numbers, phone numbers, e-mail addresses, dates of birth, in the forms people type them (groups of
 * digits with dots or spaces, a "CCCD" or "SN" in front, +84). Heuristic by nature: it errs towards
 * flagging, and staff remove the value.
 */
export interface PersonalDataHit {
  kind: { vi: string; en: string };
  match: string;
  /** 0-based offset in the text, so that a body's hit can be given a line. */
  index: number;
}

const ID_CARD = { vi: 'số căn cước / CMND', en: 'an identity card number' };
const PHONE = { vi: 'số điện thoại', en: 'a phone number' };

/** Any way of writing a separator between digit groups: space, dot, hyphen. */
const SEP = '[\\s.-]';

const DETECTORS: readonly { kind: PersonalDataHit['kind']; pattern: RegExp }[] = [
  { kind: { vi: 'địa chỉ e-mail', en: 'an e-mail address' }, pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  // An identity number after its name, however grouped: "CCCD 0010 9500 1234", "CMND: 020.075.001".
  {
    kind: ID_CARD,
    pattern: new RegExp(`(?:CCCD|CMND|CMT|căn\\s+cước|chứng\\s+minh(?:\\s+nhân\\s+dân)?|số\\s+định\\s+danh)\\s*(?:số)?\\s*:?\\s*\\d(?:${SEP}?\\d){8,11}(?![\\d/])`, 'giu'),
  },
  // A phone number, with +84 or (+84) or 0 in front and any grouping: "(+84) 912-345-678", "0912.345.678".
  { kind: PHONE, pattern: new RegExp(`(?<![\\d/])(?:\\(\\+84\\)|\\+84|0084|0)(?:${SEP}?\\d){9}(?![\\d/])`, 'g') },
  // Twelve digits in a row, or a citizen identity number grouped in threes or fours ("001.095.001.234",
  // "0010 9500 1234"). Those start with 0 (a province code), which sums of money do not.
  { kind: ID_CARD, pattern: /(?<![\d/.,])(?:\d{12}|\d{9}|0\d{2}([\s.-])\d{3}\1\d{3}\1\d{3}|0\d{3}([\s.-])\d{4}\2\d{4})(?![\d/]|[.,]\d)/g },
  {
    kind: { vi: 'ngày sinh', en: 'a date of birth' },
    pattern: /(?:\b(?:SN|NS)\b|sinh(?:\s+ngày|\s+năm)?|ngày\s+sinh|năm\s+sinh|born|date\s+of\s+birth|d\.?o\.?b\.?)\s*:?\s*\d{1,4}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?/giu,
  },
];

/** Every hit in `text`, in order; a stretch of text is reported once, by the first detector that matches it. */
export function findAllPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  // Every detector needs a digit or an @; most values (names, units) have neither.
  if (!/[\d@]/.test(text)) return hits;
  const overlaps = (start: number, end: number) => hits.some((h) => start < h.index + h.match.length && h.index < end);
  for (const { kind, pattern } of DETECTORS)
    for (const match of text.matchAll(pattern))
      if (!overlaps(match.index, match.index + match[0].length)) hits.push({ kind, match: match[0], index: match.index });
  return hits.sort((a, b) => a.index - b.index);
}

/** The first hit, for a single value (an import cell). */
export function findPersonalData(text: string): PersonalDataHit | undefined {
  return findAllPersonalData(text)[0];
}

/**
 * Calls `visit` with every string in a parsed value and its path, for scanning a whole file's data. The
 * path is one array, changed as the walk goes (a province's 150,000 rows are walked on every check).
 */
export function forEachString(value: unknown, visit: (path: readonly PropertyKey[], text: string) => void, path: PropertyKey[] = []): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      forEachString(value[i], visit, path);
      path.pop();
    }
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const key in value) {
      path.push(key);
      forEachString((value as Record<string, unknown>)[key], visit, path);
      path.pop();
    }
}
