/** A list of decisions as the lists print them (src/components/DecisionList.astro): newest first, as given. */
import { authorityShortName, catalogueName } from '../i18n/catalogue.ts';
import type { PublishedDecision } from '../model/portal.ts';
import { DECISION_STATUS_LABELS } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';

export interface DecisionListItem {
  href: string;
  number: string;
  /** The award, in English on English pages. */
  award: string;
  /** "Corrected", "Revoked"; nothing while the decision is in force. */
  status: string | undefined;
  /** Authority, date and count of recipients. */
  meta: string;
}

export function decisionListItems(decisions: readonly PublishedDecision[], { lang, t, urls, formatDate, formatNumber }: PageContext): DecisionListItem[] {
  return decisions.map((d) => ({
    href: urls.decision(d.id),
    number: d.data.number,
    award: d.awards.map((a) => catalogueName(a, lang)).join('; '),
    status: d.status === 'in-force' ? undefined : DECISION_STATUS_LABELS[d.status][lang],
    meta: `${authorityShortName(d.authority, lang)}, ${formatDate(d.data.date)} · ${t('decisions.rows', { n: formatNumber(d.rows.length) })}`,
  }));
}
