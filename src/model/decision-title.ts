/**
 * How a decision is named wherever it is listed or cited: "Quyết định số 1820/QĐ-UBND về việc tặng Bằng
 * khen…", "… về việc công nhận danh hiệu Lao động tiên tiến", the heading of its page, its feed entry, its
 * schema.org name and its citation title.
 */
import { catalogueName } from '../i18n/catalogue.ts';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatDate } from '../text/dates.ts';
import type { PublishedDecision } from './portal.ts';
import type { Award } from '../schemas/award.ts';
import type { Conferral } from '../schemas/vocab.ts';

export interface DecisionTitleParts {
  /** "Quyết định số 1820/QĐ-UBND": the part lists link. */
  name: string;
  /** "ngày 28 tháng 9 năm 2017", when asked for. */
  date?: string;
  /** "về việc tặng Bằng khen…", "về việc công nhận danh hiệu Lao động tiên tiến". */
  subject: string;
}

export interface DecisionTitleOptions {
  /** Put the date of signature between the number and the subject, as citations and lists of changes do. */
  dated?: boolean;
}

/** The words of the law for the award: titles are recognised, forms are given (src/schemas/vocab.ts `CONFERRALS`). */
export function conferralOf(award: Pick<Award, 'category' | 'conferral'>): Conferral {
  return award.conferral ?? (award.category === 'emulation-title' ? 'recognise-title' : 'give');
}

const SUBJECT_KEYS = { 'recognise-title': 'decision.subjectRecognise', 'give-title': 'decision.subjectTitle', give: 'decision.subject' } as const;

/** English names the award in English; the number stays as published. */
export function decisionTitleParts(decision: PublishedDecision, lang: Lang = 'vi', { dated = false }: DecisionTitleOptions = {}): DecisionTitleParts {
  const award = catalogueName(decision.award, lang);
  return {
    name: t(lang, 'decision.name', { number: decision.data.number }),
    ...(dated ? { date: t(lang, 'decision.dated', { date: formatDate(decision.data.date, lang) }) } : {}),
    subject: t(lang, SUBJECT_KEYS[conferralOf(decision.award)], { award }),
  };
}

export function decisionTitle(decision: PublishedDecision, lang: Lang = 'vi', options: DecisionTitleOptions = {}): string {
  const { name, date, subject } = decisionTitleParts(decision, lang, options);
  return [name, date, subject].filter(Boolean).join(' ');
}
