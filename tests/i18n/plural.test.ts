import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { fill } from '../../src/i18n/lang.ts';

describe('English plurals in interface strings', () => {
  it('says "1 recipient" and "2 recipients"', () => {
    expect(t('en', 'decisions.rows', { n: 1 })).toBe('1 recipient');
    expect(t('en', 'decisions.rows', { n: 2 })).toBe('2 recipients');
    expect(t('en', 'decisions.rows', { n: 0 })).toBe('0 recipients');
  });

  it('reads counts the pages have already formatted', () => {
    expect(t('en', 'home.figuresTotal', { n: '1,234', d: '1' })).toBe('1,234 recipients in 1 decision');
    expect(t('en', 'browse.kindSummary', { rows: '1', decisions: '16' })).toBe('1 recipient in 16 decisions.');
  });

  it('leaves Vietnamese, which has no plural forms, as written', () => {
    expect(t('vi', 'decisions.rows', { n: 1 })).toBe('1 lượt');
  });

  it('keeps a plural whose value is missing as written, like any placeholder', () => {
    expect(fill('{n, plural, one {# name} other {# names}}')).toBe('{n, plural, one {# name} other {# names}}');
  });
});
