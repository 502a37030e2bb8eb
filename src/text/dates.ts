/** Dates the way Vietnamese documents write them, and the English interface's equivalent. */
import type { Lang } from '../i18n/lang.ts';

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

// Made once: an Intl formatter costs far more to make than to use, and many pages cite dates.
const ENGLISH_MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
);

/**
 * How much of a date a source gives. Decisions reach an office through newspapers and scans that often
 * print only "tháng 9 năm 2014" or "năm 2014"; the portal keeps that as written, never inventing a day.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2014-09-09" → day, "2014-09" → month, "2014" → year; undefined for anything else (or 2014-13). */
export function datePrecision(text: string): DatePrecision | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  if (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 12)) return undefined;
  return match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The day a date sorts and compares as: itself when it is a full date, else the last day of the month
 * or year it names (ADR 0013). A decision dated "2014-09" was signed by 30 September 2014 at the latest,
 * so it never sorts after anything that could be newer, and it stays in its own month and year for
 * every grouping. Only sorting and filtering use it; nothing shows it as the date.
 */
export function sortDate(text: string): string {
  const precision = datePrecision(text);
  if (precision === 'year') return `${text}-12-31`;
  if (precision === 'month') {
    const [y, m] = text.split('-').map(Number) as [number, number];
    return `${text}-${String(daysInMonth(y, m))}`;
  }
  return text;
}

/** The first day a partial date can be: "2014-09" → "2014-09-01", "2014" → "2014-01-01". */
export function firstDate(text: string): string {
  const precision = datePrecision(text);
  return precision === 'year' ? `${text}-01-01` : precision === 'month' ? `${text}-01` : text;
}

/** The year of a full or partial date. */
export function yearOfDate(text: string): number {
  return Number(text.slice(0, 4));
}

/**
 * "2017-10-30" → "ngày 30 tháng 10 năm 2017" (vi) or "30 October 2017" (en); a date known only to the
 * month or year says only that: "tháng 9 năm 2014" / "September 2014", "năm 2014" / "2014".
 */
export function formatDate(iso: string, lang: Lang = 'vi'): string {
  const precision = datePrecision(iso);
  if (precision === 'year') return lang === 'vi' ? `năm ${iso}` : iso;
  const [y, m, d] = parts(iso);
  if (precision === 'month') return lang === 'vi' ? `tháng ${m} năm ${y}` : `${ENGLISH_MONTHS[m - 1]} ${y}`;
  if (lang === 'vi') return `ngày ${d} tháng ${m} năm ${y}`;
  return `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
}

/** "2017-10-30" → "30/10/2017", the short form of tables; "2014-09" → "09/2014", "2014" → "2014". */
export function formatDateShort(iso: string, lang: Lang = 'vi'): string {
  const precision = datePrecision(iso);
  if (precision === 'year' || lang === 'en') return iso;
  const [y, m, d] = parts(iso);
  if (precision === 'month') return `${String(m).padStart(2, '0')}/${y}`;
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's date in Vietnam as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return VIETNAM_DAY.format(now);
}

/** "từ 01/01/2024 đến 30/06/2025" for a validity span with open ends. */
export function formatSpan(from: string | undefined, to: string | undefined, lang: Lang = 'vi'): string {
  const words = lang === 'vi' ? { from: 'từ', to: 'đến', always: 'không giới hạn' } : { from: 'from', to: 'until', always: 'without limit' };
  if (!from && !to) return words.always;
  return [from && `${words.from} ${formatDateShort(from, lang)}`, to && `${words.to} ${formatDateShort(to, lang)}`].filter(Boolean).join(' ');
}

/** Whether a date lies inside an open-ended span. ISO strings compare in date order. */
export function isWithin(date: string, from?: string, to?: string): boolean {
  return (!from || date >= from) && (!to || date <= to);
}
