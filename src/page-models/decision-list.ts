/** A list of decisions as the lists print them (src/components/DecisionList.astro): newest first, as given. */
import { authorityShortName, catalogueName } from '../i18n/catalogue.ts';
import type { PublishedDecision } from '../model/portal.ts';
import { DECISION_STATUS_LABELS } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';
import { figure } from '../model/counting.ts';
import { figureText, type FigureSegment } from './figures.ts';

export interface DecisionListItem {
  href: string;
  number: string;
  /** The award, in English on English pages. */
  award: string;
  /** "Corrected", "Revoked"; nothing while the decision is in force. */
  status: string | undefined;
  /** Authority, date and the number of rows in its list, marked (src/page-models/figures.ts). */
  meta: FigureSegment[];
}

export function decisionListItems(decisions: readonly PublishedDecision[], ctx: PageContext): DecisionListItem[] {
  const { lang, urls, formatDate } = ctx;
  return decisions.map((d) => ({
    href: urls.decision(d.id),
    number: d.data.number,
    award: d.awards.map((a) => catalogueName(a, lang)).join('; '),
    status: d.status === 'in-force' ? undefined : DECISION_STATUS_LABELS[d.status][lang],
    meta: [
      { text: `${authorityShortName(d.authority, lang)}, ${formatDate(d.data.date)} · ` },
      ...figureText(ctx, 'decisions.rows', { n: figure(d.rows.length, 'entries', { decision: d.id }) }),
    ],
  }));
}
