/**
 * Proposals for national awards published for public comment: the rules the validator checks, and the
 * lists the pages show (open ones first, then closed). Pure; the pages and `validate.ts` call it.
 */
import type { Award } from '../schemas/award.ts';
import type { Authority } from '../schemas/authority.ts';
import { MIN_COMMENT_DAYS, type Consultation } from '../schemas/consultation.ts';
import type { Decision } from '../schemas/decision.ts';
import { AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import { formatSpan, isWithin, sortDate } from '../text/dates.ts';
import type { Located } from '../validate/integrity.ts';
import { problem, type Problem } from '../validate/problems.ts';
import { addWorkingDays, workingDaysBetween } from '../text/working-days.ts';

/** What the checks look references up in: ids of parsed entries. */
export interface ConsultationRefs {
  awards: ReadonlyMap<string, Award>;
  authorities: ReadonlyMap<string, Authority>;
  decisions: ReadonlyMap<string, Decision>;
  places: { has(id: string): boolean };
  /** Ids of entries that exist but failed their schema: already reported, not reported again. */
  broken: ReadonlySet<string>;
}

/**
 * A consultation must run at least 10 working days, propose an award of national level that the
 * nominee's kind can receive, and, once decided, point to a decision signed after it closed.
 */
export function checkConsultations(consultations: readonly Located<Consultation>[], refs: ConsultationRefs, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data: c } of consultations) {
    const missing = (field: string, what: string, where: string, value: string, known: { has(id: string): boolean }) => {
      if (known.has(value) || refs.broken.has(value)) return false;
      problems.push(problem(file, field, 'unknown-ref', { what, where, value, suggestion: '' }));
      return true;
    };
    if (c.publishedOn > today) problems.push(problem(file, 'publishedOn', 'future-date', { value: c.publishedOn, today }));
    const days = c.closesOn > c.publishedOn ? workingDaysBetween(c.publishedOn, c.closesOn) : 0;
    if (days < MIN_COMMENT_DAYS)
      problems.push(problem(file, 'closesOn', 'consultation-too-short', {
        from: c.publishedOn,
        to: c.closesOn,
        days,
        minimum: MIN_COMMENT_DAYS,
        earliest: addWorkingDays(c.publishedOn, MIN_COMMENT_DAYS),
      }));
    if (!missing('proposedBy', 'authority', 'authorities.yaml', c.proposedBy, refs.authorities)) {
      const authority = refs.authorities.get(c.proposedBy);
      if (authority && !isWithin(c.publishedOn, authority.validFrom, authority.validTo))
        problems.push(problem(file, 'proposedBy', 'authority-not-valid-then', { authority: authority.name, date: c.publishedOn, span: formatSpan(authority.validFrom, authority.validTo) }));
    }
    if (c.nominee.place) missing('nominee.place', 'place', 'places.yaml', c.nominee.place, refs.places);
    const award = refs.awards.get(c.award);
    if (!missing('award', 'award form', 'awards.yaml', c.award, refs.awards) && award) {
      if (award.level !== 'national')
        problems.push(problem(file, 'award', 'consultation-not-national', { award: award.name, level: AWARD_LEVEL_LABELS[award.level].vi }));
      if (!award.recipientKinds.includes(c.nominee.kind))
        problems.push(problem(file, 'nominee.kind', 'kind-not-allowed', {
          award: award.name,
          kind: RECIPIENT_KIND_LABELS[c.nominee.kind].vi,
          allowed: award.recipientKinds.map((k) => RECIPIENT_KIND_LABELS[k].vi).join(', '),
        }));
      if (!isWithin(c.publishedOn, award.validFrom, award.validTo))
        problems.push(problem(file, 'award', 'award-not-valid-then', { award: award.name, date: c.publishedOn, span: formatSpan(award.validFrom, award.validTo) }));
    }
    if (c.decision && !missing('decision', 'decision', 'content/decisions/', c.decision, refs.decisions)) {
      const decision = refs.decisions.get(c.decision);
      // A decision dated only to the month or year is early only if its last possible day is (ADR 0013).
      if (decision && sortDate(decision.date) <= c.closesOn)
        problems.push(problem(file, 'decision', 'consultation-decided-early', { decision: c.decision, date: decision.date, closesOn: c.closesOn }));
    }
  }
  return problems;
}

export interface ConsultationItem<T extends { id: string; data: Consultation } = { id: string; data: Consultation }> {
  entry: T;
  /** Comments are still accepted on the day of the build. */
  open: boolean;
  /** Working days of the comment period. */
  days: number;
}

/** Open consultations first, closing soonest first; then closed ones, most recently closed first. */
export function consultationList<T extends { id: string; data: Consultation }>(entries: readonly T[], today: string): ConsultationItem<T>[] {
  const items = entries.map((entry) => ({
    entry,
    open: !entry.data.decision && entry.data.publishedOn <= today && today <= entry.data.closesOn,
    days: workingDaysBetween(entry.data.publishedOn, entry.data.closesOn),
  }));
  const open = items.filter((i) => i.open).sort((a, b) => a.entry.data.closesOn.localeCompare(b.entry.data.closesOn) || a.entry.id.localeCompare(b.entry.id));
  const closed = items.filter((i) => !i.open).sort((a, b) => b.entry.data.closesOn.localeCompare(a.entry.data.closesOn) || a.entry.id.localeCompare(b.entry.id));
  return [...open, ...closed];
}
