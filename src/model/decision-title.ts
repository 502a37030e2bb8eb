/**
 * How a decision is named wherever it is listed or cited: "Quyết định số 1820/QĐ-UBND về việc tặng Bằng
 * khen…", the heading of its page, its feed entry, its schema.org name and its citation title.
 */
import { catalogueName } from '../i18n/catalogue.ts';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatDate } from '../text/dates.ts';
import type { PublishedDecision } from './portal.ts';

export interface DecisionTitleParts {
  /** "Quyết định số 1820/QĐ-UBND": the part lists link. */
  name: string;
  /** "ngày 28 tháng 9 năm 2017", when asked for. */
  date?: string;
  /** "về việc tặng Bằng khen…". */
  subject: string;
}

export interface DecisionTitleOptions {
  /** Put the date of signature between the number and the subject, as citations and lists of changes do. */
  dated?: boolean;
}

/** English names the award in English; the number stays as published. */
export function decisionTitleParts(decision: PublishedDecision, lang: Lang = 'vi', { dated = false }: DecisionTitleOptions = {}): DecisionTitleParts {
  const award = catalogueName(decision.award, lang);
  return {
    name: t(lang, 'decision.name', { number: decision.data.number }),
    ...(dated ? { date: t(lang, 'decision.dated', { date: formatDate(decision.data.date, lang) }) } : {}),
    subject: t(lang, 'decision.subject', { award }),
  };
}

export function decisionTitle(decision: PublishedDecision, lang: Lang = 'vi', options: DecisionTitleOptions = {}): string {
  const { name, date, subject } = decisionTitleParts(decision, lang, options);
  return [name, date, subject].filter(Boolean).join(' ');
}
