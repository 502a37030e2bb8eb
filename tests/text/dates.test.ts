import { describe, expect, it } from 'vitest';
import { formatDate, formatDateShort, formatSpan, isWithin } from '../../src/text/dates.ts';
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
