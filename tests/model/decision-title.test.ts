import { describe, expect, it } from 'vitest';
import { conferralOf, decisionTitle, decisionTitleParts } from '../../src/model/decision-title.ts';
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

describe('the wording of the law', () => {
  const byAward = (id: string) => portal.decisions.find((d) => d.awards.some((a) => a.id === id))!;

  it('recognises emulation titles ("công nhận danh hiệu") and gives commendation forms ("tặng")', () => {
    expect(decisionTitleParts(byAward('lao-dong-tien-tien')).subject).toBe('về việc công nhận danh hiệu Lao động tiên tiến');
    expect(decisionTitleParts(byAward('chien-si-thi-dua-co-so')).subject).toBe('về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở');
    expect(decisionTitleParts(byAward('bang-khen-chu-tich-ubnd-tinh')).subject).toBe('về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(decisionTitleParts(byAward('lao-dong-tien-tien'), 'en').subject).toBe('recognising the title of Advanced Worker');
  });

  it('follows the catalogue where a title is handed over: emulation flags are given', () => {
    expect(conferralOf(byAward('co-thi-dua-cua-chinh-phu').awards[0]!)).toBe('give');
    expect(conferralOf({ category: 'emulation-title', conferral: 'give-title' })).toBe('give-title');
    expect(conferralOf({ category: 'commendation' })).toBe('give');
  });
});
