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

/** "2017-10-30" → "ngày 30 tháng 10 năm 2017" (vi) or "30 October 2017" (en). */
export function formatDate(iso: string, lang: Lang = 'vi'): string {
  const [y, m, d] = parts(iso);
  if (lang === 'vi') return `ngày ${d} tháng ${m} năm ${y}`;
  return `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
}

/** "2017-10-30" → "30/10/2017", the short form of tables. */
export function formatDateShort(iso: string, lang: Lang = 'vi'): string {
  const [y, m, d] = parts(iso);
  return lang === 'vi' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : iso;
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
