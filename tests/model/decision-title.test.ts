import { describe, expect, it } from 'vitest';
import { decisionTitle, decisionTitleParts } from '../../src/model/decision-title.ts';
import { FLAG, portal } from '../page-models/sample.ts';

const decision = portal.decisionById.get(FLAG)!;

describe('the title of a decision', () => {
  it('names the number and the award, as the decision heads itself', () => {
    expect(decisionTitle(decision)).toBe('Quyết định số 245/QĐ-TTg về việc tặng Cờ thi đua của Chính phủ');
  });

  it('puts the date of signature between them when asked', () => {
    expect(decisionTitle(decision, 'vi', { dated: true })).toBe('Quyết định số 245/QĐ-TTg ngày 20 tháng 2 năm 2017 về việc tặng Cờ thi đua của Chính phủ');
  });

  it('gives its parts, for lists that link only the number', () => {
    expect(decisionTitleParts(decision, 'vi', { dated: true })).toEqual({
      name: 'Quyết định số 245/QĐ-TTg',
      date: 'ngày 20 tháng 2 năm 2017',
      subject: 'về việc tặng Cờ thi đua của Chính phủ',
    });
    expect(decisionTitleParts(decision)).not.toHaveProperty('date');
  });

  it('in English, keeps the number as published and names the award in English', () => {
    expect(decisionTitle(decision, 'en', { dated: true })).toBe('Decision 245/QĐ-TTg of 20 February 2017 awarding Government Emulation Flag');
  });
});
