/**
 * schema.org descriptions for search engines and link previews: a decision as a legal document issued
 * by its authority, an honoree as a Person or Organization with the awards they received.
 */
import { decisionTitle } from '../model/decision-title.ts';
import type { Honoree, PublishedDecision } from '../model/portal.ts';
import { datePrecision } from '../text/dates.ts';

type Json = Record<string, unknown>;

/** `publisher`: the office whose portal publishes the decision, which need not be the one that issued it. */
export function decisionJsonLd(d: PublishedDecision, url: string, publisher: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: decisionTitle(d),
    legislationIdentifier: d.data.number,
    // schema.org Date takes only a full date: a date known to the month or year is left out, not invented.
    ...(datePrecision(d.data.date) === 'day' ? { legislationDate: d.data.date } : {}),
    legislationType: 'Quyết định khen thưởng',
    legislationLegalForce: d.status === 'revoked' ? 'NotInForce' : 'InForce',
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: d.authority.name },
    publisher: { '@type': 'GovernmentOrganization', name: publisher },
    inLanguage: 'vi',
    abstract: [...new Set(d.lines.map((l) => l.reason))].join(' '),
    // One term per award form the decision confers.
    about: d.awards.map((a) => ({ '@type': 'DefinedTerm', name: a.name })),
  };
}

export function honoreeJsonLd(h: Honoree, url: string, placeName: string | undefined): Json {
  return {
    '@context': 'https://schema.org',
    '@type': h.kind === 'individual' ? 'Person' : 'Organization',
    '@id': url,
    url,
    name: h.name,
    ...(placeName ? { address: { '@type': 'PostalAddress', addressLocality: placeName, addressCountry: 'VN' } } : {}),
    award: h.awards.map((a) => `${a.award.name} (${a.decision.data.number}, ${a.decision.data.date})`),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so the text cannot close the script. */
export function jsonLdScript(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
