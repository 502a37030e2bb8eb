/**
 * Working days of Vietnamese public bodies: Monday to Friday, less public holidays and the days given in
 * their place, plus the Saturdays worked to make up a bridged day. Used for the public-comment period
 * on proposals for national awards (at least 10 working days: Decree 98/2023 Art. 46(2), Decree
 * 152/2025 Art. 60(3)).
 *
 * Periods are counted the way the Civil Code counts them (Art. 147): the day the proposal is published
 * is not counted; counting starts the next day and includes the closing day.
 */

/**
 * Weekdays off for public servants, from the Ministry of Home Affairs' yearly notices: New Year, Tết,
 * Hùng Kings' day, 30 April and 1 May, National Day (two days since 2021), and the compensating or
 * bridged days. Weekend days are left out: they are not working days anyway. Years outside this table
 * count Monday to Friday only. 2026 (check): the day next to 2 September was not yet fixed.
 */
const DAYS_OFF: Readonly<Record<number, readonly string[]>> = {
  2017: ['01-02', '01-26', '01-27', '01-30', '01-31', '02-01', '04-06', '05-01', '05-02', '09-04'],
  2018: ['01-01', '02-14', '02-15', '02-16', '02-19', '02-20', '04-25', '04-30', '05-01', '09-03', '12-31'],
  2019: ['01-01', '02-04', '02-05', '02-06', '02-07', '02-08', '04-15', '04-29', '04-30', '05-01', '09-02'],
  2020: ['01-01', '01-23', '01-24', '01-27', '01-28', '01-29', '04-02', '04-30', '05-01', '09-02'],
  2021: ['01-01', '02-10', '02-11', '02-12', '02-15', '02-16', '04-21', '04-30', '05-03', '09-02', '09-03'],
  2022: ['01-03', '01-31', '02-01', '02-02', '02-03', '02-04', '04-11', '05-02', '05-03', '09-01', '09-02'],
  2023: ['01-02', '01-20', '01-23', '01-24', '01-25', '01-26', '05-01', '05-02', '05-03', '09-01', '09-04'],
  2024: ['01-01', '02-08', '02-09', '02-12', '02-13', '02-14', '04-18', '04-29', '04-30', '05-01', '09-02', '09-03'],
  2025: ['01-01', '01-27', '01-28', '01-29', '01-30', '01-31', '04-07', '04-30', '05-01', '05-02', '09-01', '09-02'],
  2026: ['01-01', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01', '09-02'],
};

/** Saturdays worked in exchange for a bridged weekday off. */
const SATURDAYS_WORKED: readonly string[] = ['2019-01-05', '2019-05-04', '2024-05-04', '2025-04-26'];

const daysOff = new Set(Object.entries(DAYS_OFF).flatMap(([year, days]) => days.map((d) => `${year}-${d}`)));
const saturdaysWorked = new Set(SATURDAYS_WORKED);

/** Years whose holidays are known; outside them only weekends are left out. */
export const HOLIDAY_YEARS = { from: Math.min(...Object.keys(DAYS_OFF).map(Number)), to: Math.max(...Object.keys(DAYS_OFF).map(Number)) };

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Whether public bodies work on this date (YYYY-MM-DD). */
export function isWorkingDay(iso: string): boolean {
  if (saturdaysWorked.has(iso)) return true;
  const weekday = utc(iso).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !daysOff.has(iso);
}

/** The day after a date, YYYY-MM-DD. */
export function nextDay(iso: string): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Working days after `from` up to and including `to`: 2017-09-04 → 2017-09-18 is 10 days. */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day)) n += 1;
  return n;
}

/** The earliest closing date that leaves `n` working days after `from`. */
export function addWorkingDays(from: string, n: number): string {
  let day = from;
  for (let left = n; left > 0; ) {
    day = nextDay(day);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}
