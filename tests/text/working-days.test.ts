import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, addWorkingDays, isWorkingDay, nextDay, workingDaysBetween } from '../../src/text/working-days.ts';

describe('working days of public bodies', () => {
  it('are Monday to Friday', () => {
    expect(isWorkingDay('2017-09-08')).toBe(true); // Friday
    expect(isWorkingDay('2017-09-09')).toBe(false); // Saturday
    expect(isWorkingDay('2017-09-10')).toBe(false); // Sunday
  });

  it('leave out public holidays and the days given in their place', () => {
    expect(isWorkingDay('2017-09-04')).toBe(false); // 2 September fell on a Saturday: Monday off
    expect(isWorkingDay('2017-01-30')).toBe(false); // Tết Đinh Dậu
    expect(isWorkingDay('2024-02-12')).toBe(false); // Tết Giáp Thìn
    expect(isWorkingDay('2025-04-07')).toBe(false); // Hùng Kings' day
    expect(isWorkingDay('2021-09-03')).toBe(false); // second National Day holiday, since 2021
  });

  it('count the Saturdays worked in exchange for a bridged day', () => {
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(isWorkingDay('2024-04-29')).toBe(false);
  });

  it('cover 2017 to 2026', () => {
    expect(HOLIDAY_YEARS).toEqual({ from: 2017, to: 2026 });
  });
});

describe('a period in working days', () => {
  it('starts the day after publication and includes the closing day (Civil Code Art. 147)', () => {
    expect(workingDaysBetween('2017-09-04', '2017-09-18')).toBe(10);
    expect(workingDaysBetween('2017-09-04', '2017-09-15')).toBe(9);
    expect(workingDaysBetween('2017-09-18', '2017-09-18')).toBe(0);
  });

  it('is longer across Tết', () => {
    // 19 January 2017 (Thursday): Tết takes 26 January to 1 February.
    expect(addWorkingDays('2017-01-19', 10)).toBe('2017-02-09');
    expect(addWorkingDays('2017-03-01', 10)).toBe('2017-03-15');
  });

  it('steps over month and year ends', () => {
    expect(nextDay('2017-12-31')).toBe('2018-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});
