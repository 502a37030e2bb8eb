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

const VERB_KEYS = { 'recognise-title': 'decision.recogniseTitle', 'give-title': 'decision.giveTitle', give: 'decision.give' } as const;

/** "A", "A và B", "A, B và C". */
function joinList(items: readonly string[], lang: Lang): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${t(lang, 'list.and')}${items.at(-1)!}`;
}

/**
 * What the decision does, for every award form it confers in the order of its lines: "về việc tặng Bằng
 * khen…", or with several forms "về việc công nhận danh hiệu Tập thể Lao động xuất sắc và tặng Bằng khen
 * của Chủ tịch UBND tỉnh", forms of one verb sharing it ("tặng Huân chương Lao động hạng Nhất, … hạng Nhì
 * và … hạng Ba").
 */
function subjectOf(awards: readonly Award[], lang: Lang): string {
  const byVerb = new Map<Conferral, string[]>();
  for (const award of awards) {
    const verb = conferralOf(award);
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), catalogueName(award, lang)]);
  }
  const phrases = [...byVerb].map(([verb, names]) => t(lang, VERB_KEYS[verb], { award: joinList(names, lang) }));
  return t(lang, 'decision.subject', { what: joinList(phrases, lang) });
}

/** English names the award in English; the number stays as published. */
export function decisionTitleParts(decision: PublishedDecision, lang: Lang = 'vi', { dated = false }: DecisionTitleOptions = {}): DecisionTitleParts {
  return {
    name: t(lang, 'decision.name', { number: decision.data.number }),
    ...(dated ? { date: t(lang, 'decision.dated', { date: formatDate(decision.data.date, lang) }) } : {}),
    subject: subjectOf(decision.awards, lang),
  };
}

export function decisionTitle(decision: PublishedDecision, lang: Lang = 'vi', options: DecisionTitleOptions = {}): string {
  const { name, date, subject } = decisionTitleParts(decision, lang, options);
  return [name, date, subject].filter(Boolean).join(' ');
}
