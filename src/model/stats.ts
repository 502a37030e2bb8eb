/**
 * Figures as commendation reports give them: how many collectives, individuals and households received
 * each award form in a period, by the portal's one counting rule (src/model/counting.ts): each row
 * under the award of its own line. A decision dated only to the month or year counts in the period
 * holding its last day (ADR 0013), which is always in its own year.
 */
import type { AwardLevel, RecipientKind } from '../schemas/vocab.ts';
import { AWARD_LEVELS, GRASSROOTS_GROUPS, RECIPIENT_KINDS } from '../schemas/vocab.ts';
import type { PublishedDecision } from './portal.ts';
import { countsAsAwards, countsAsRevoked } from './counting.ts';

export interface AwardFigure {
  award: string;
  level: AwardLevel;
  precedence: number;
  byKind: Record<RecipientKind, number>;
  total: number;
  /** Decisions the figure is counted from, so every number can be traced. */
  decisions: string[];
}

export interface PeriodFigures {
  /** Rows by place id ('' when not recorded) and by occupational group ('' when not recorded). */
  byPlace: Map<string, number>;
  byOccupation: Map<string, number>;
  byLevel: Record<AwardLevel, number>;
  from: string;
  to: string;
  byAward: AwardFigure[];
  byKind: Record<RecipientKind, number>;
  total: number;
  /** Rows whose occupation is farmer, direct worker or small collective. */
  grassroots: number;
  /** Rows with any occupation recorded: the base of the grassroots share. */
  withOccupation: number;
  revoked: number;
}

const zero = (): Record<RecipientKind, number> => ({ individual: 0, collective: 0, household: 0 });

function noFigures(from: string, to: string): PeriodFigures {
  return {
    from,
    to,
    byAward: [],
    byKind: zero(),
    byPlace: new Map(),
    byOccupation: new Map(),
    byLevel: { national: 0, province: 0, grassroots: 0 },
    total: 0,
    grassroots: 0,
    withOccupation: 0,
    revoked: 0,
  };
}

/** Figures for decisions signed between `from` and `to` inclusive (YYYY-MM-DD). */
export function figuresFor(decisions: readonly PublishedDecision[], from: string, to: string): PeriodFigures {
  const byAward = new Map<string, AwardFigure>();
  const out = noFigures(from, to);
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const d of decisions) {
    if (d.sortDate < from || d.sortDate > to) continue;
    if (countsAsRevoked(d)) out.revoked += d.rows.length;
    if (!countsAsAwards(d)) continue;
    for (const { award, recipient: r } of d.rows) {
      let figure = byAward.get(award.id);
      if (!figure) {
        figure = { award: award.id, level: award.level, precedence: award.precedence, byKind: zero(), total: 0, decisions: [] };
        byAward.set(award.id, figure);
      }
      // A decision is listed once under each form, however many lines confer it.
      if (figure.decisions.at(-1) !== d.id) figure.decisions.push(d.id);
      figure.byKind[r.kind] += 1;
      figure.total += 1;
      out.byKind[r.kind] += 1;
      out.byLevel[award.level] += 1;
      out.total += 1;
      add(out.byPlace, r.place ?? '');
      add(out.byOccupation, r.occupation ?? '');
      if (r.occupation) {
        out.withOccupation += 1;
        if (GRASSROOTS_GROUPS.includes(r.occupation)) out.grassroots += 1;
      }
    }
  }
  out.byAward = [...byAward.values()].sort((a, b) => a.precedence - b.precedence);
  return out;
}

export function yearFigures(decisions: readonly PublishedDecision[], year: number): PeriodFigures {
  return figuresFor(decisions, `${year}-01-01`, `${year}-12-31`);
}

/**
 * The figures of adjoining periods added up: what `figuresFor` gives over their whole span, without
 * walking the rows again. A period page of many years costs a few additions per award form and place.
 * Parts are taken newest first, the portal's order of decisions, so that decision lists (and ties in
 * precedence) come out in the order `figuresFor` gives them.
 */
export function mergeFigures(parts: readonly PeriodFigures[]): PeriodFigures {
  const newestFirst = [...parts].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  const out = noFigures(
    parts.reduce((min, p) => (p.from < min ? p.from : min), parts[0]?.from ?? ''),
    parts.reduce((max, p) => (p.to > max ? p.to : max), parts[0]?.to ?? ''),
  );
  const addAll = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + n);
  };
  const byAward = new Map<string, AwardFigure>();
  for (const p of newestFirst) {
    for (const f of p.byAward) {
      const figure = byAward.get(f.award);
      if (!figure) {
        byAward.set(f.award, { ...f, byKind: { ...f.byKind }, decisions: [...f.decisions] });
        continue;
      }
      for (const k of RECIPIENT_KINDS) figure.byKind[k] += f.byKind[k];
      figure.total += f.total;
      figure.decisions.push(...f.decisions);
    }
    for (const k of RECIPIENT_KINDS) out.byKind[k] += p.byKind[k];
    for (const l of AWARD_LEVELS) out.byLevel[l] += p.byLevel[l];
    addAll(out.byPlace, p.byPlace);
    addAll(out.byOccupation, p.byOccupation);
    out.total += p.total;
    out.grassroots += p.grassroots;
    out.withOccupation += p.withOccupation;
    out.revoked += p.revoked;
  }
  out.byAward = [...byAward.values()].sort((a, b) => a.precedence - b.precedence);
  return out;
}
