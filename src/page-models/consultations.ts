/** The consultation pages (src/pages/lay-y-kien/): the list, open ones first, and one proposal's facts. */
import { consultationList } from '../model/consultations.ts';
import type { Portal } from '../model/portal.ts';
import type { Consultation } from '../schemas/consultation.ts';
import { RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';
import { workingDaysBetween } from '../text/working-days.ts';
import type { Link } from './indexes.ts';

export interface ConsultationsPage {
  /** "Status as of {today}": the list is as old as the build. */
  asOf: string;
  /** Said when nothing was ever published for comment. */
  none: string | undefined;
  /** Open, then closed; a group with nothing in it is left out. */
  groups: { id: string; heading: string; items: (Link & { meta: string })[] }[];
}

export function consultationsPage(entries: readonly { id: string; data: Consultation }[], portal: Portal, today: string, { t, urls, formatDate }: PageContext): ConsultationsPage {
  const items = consultationList(entries, today);
  const group = (id: string, key: 'consultations.open' | 'consultations.closed', open: boolean) => {
    const list = items.filter((i) => i.open === open);
    return {
      id,
      heading: `${t(key)} (${list.length})`,
      items: list.map(({ entry: { id: entryId, data } }) => ({
        name: data.title,
        href: urls.consultation(entryId),
        meta: `${portal.authorities.get(data.proposedBy)?.shortName ?? data.proposedBy} · ${t('consultations.closes', { date: formatDate(data.closesOn) })}`,
      })),
    };
  };
  return {
    asOf: t('consultations.asOf', { date: formatDate(today) }),
    none: items.length ? undefined : t('consultations.none'),
    groups: [group('dang-lay-y-kien', 'consultations.open', true), group('da-het-han', 'consultations.closed', false)].filter((g) => g.items.length),
  };
}

export interface ConsultationFacts {
  /** Name (kind), unit, place. */
  nominee: string;
  /** No address when the form was never given: it has no page. */
  award: { name: string; href: string | undefined };
  proposedBy: string;
  period: string;
  contact: { office: string; address: string | undefined; email: string | undefined; phone: string | undefined };
  /** The decision that followed, with its date; none while the proposal waits. */
  decision: (Link & { label: string; date: string }) | undefined;
  pending: string;
}

export function consultationFacts(c: Consultation, portal: Portal, { lang, t, urls, formatDate }: PageContext): ConsultationFacts {
  const place = c.nominee.place ? portal.places.get(c.nominee.place) : undefined;
  const decision = c.decision ? portal.decisionById.get(c.decision) : undefined;
  const nominee = [`${c.nominee.name} (${RECIPIENT_KIND_LABELS[c.nominee.kind][lang]})`, c.nominee.unit, place?.name].filter(Boolean).join(', ');
  return {
    nominee,
    // An award form never given has no page of its own (src/pages/hinh-thuc/[...slug].astro).
    award: { name: portal.awards.get(c.award)?.name ?? c.award, href: portal.decisions.some((d) => d.awards.some((a) => a.id === c.award)) ? urls.award(c.award) : undefined },
    proposedBy: portal.authorities.get(c.proposedBy)?.name ?? c.proposedBy,
    period: t('consultations.span', { from: formatDate(c.publishedOn), to: formatDate(c.closesOn), days: workingDaysBetween(c.publishedOn, c.closesOn) }),
    contact: { office: c.contact.office, address: c.contact.address, email: c.contact.email, phone: c.contact.phone },
    decision: decision && {
      label: t('consultations.decision'),
      name: t('decision.name', { number: decision.data.number }),
      href: urls.decision(decision.id),
      date: formatDate(decision.data.date),
    },
    pending: t('consultations.pending'),
  };
}
