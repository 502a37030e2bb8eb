import { describe, expect, it } from 'vitest';
import { datePrecision, firstDate, formatDate, formatDateShort, formatSpan, isWithin, sortDate } from '../../src/text/dates.ts';
import { isRealIsoDate } from '../../src/schemas/common.ts';

describe('dates', () => {
  it('writes dates the way Vietnamese documents do', () => {
    expect(formatDate('2017-10-30')).toBe('ngày 30 tháng 10 năm 2017');
    expect(formatDate('2017-03-02')).toBe('ngày 2 tháng 3 năm 2017');
    expect(formatDate('2017-10-30', 'en')).toBe('30 October 2017');
    expect(formatDateShort('2017-03-02')).toBe('02/03/2017');
  });
  it('knows which dates exist', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2017-02-29')).toBe(false);
    expect(isRealIsoDate('2017-02-30')).toBe(false);
    expect(isRealIsoDate('30/10/2017')).toBe(false);
  });
  it('checks validity spans with open ends', () => {
    expect(isWithin('2025-06-30', undefined, '2025-06-30')).toBe(true);
    expect(isWithin('2025-07-01', undefined, '2025-06-30')).toBe(false);
    expect(formatSpan(undefined, '2025-06-30')).toBe('đến 30/06/2025');
  });
});

describe('dates known only to the month or year', () => {
  it('says only what is known, in both languages', () => {
    expect(formatDate('2014-09')).toBe('tháng 9 năm 2014');
    expect(formatDate('2014')).toBe('năm 2014');
    expect(formatDate('2014-09', 'en')).toBe('September 2014');
    expect(formatDate('2014', 'en')).toBe('2014');
    expect(formatDateShort('2014-09')).toBe('09/2014');
    expect(formatDateShort('2014')).toBe('2014');
  });
  it('tells the precision, and refuses what is not a date of any precision', () => {
    expect(['2014-09-09', '2014-09', '2014'].map(datePrecision)).toEqual(['day', 'month', 'year']);
    expect(['2014-13', '14-09', '9/2014', ''].map(datePrecision)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('sorts as the last day of the known period and starts on its first', () => {
    expect(['2014', '2014-02', '2016-02', '2014-09-09'].map(sortDate)).toEqual(['2014-12-31', '2014-02-28', '2016-02-29', '2014-09-09']);
    expect(['2014', '2014-09', '2014-09-09'].map(firstDate)).toEqual(['2014-01-01', '2014-09-01', '2014-09-09']);
  });
});
