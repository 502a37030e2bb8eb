/**
 * Figures as commendation reports give them: how many collectives, individuals and households received
 * each award form in a period. Counts rows of decisions in force or corrected; decisions that only
 * correct or revoke others add no awards, and revoked decisions are counted apart.
 */
import type { AwardLevel, RecipientKind } from '../schemas/vocab.ts';
import { GRASSROOTS_GROUPS } from '../schemas/vocab.ts';
import type { PublishedDecision } from './portal.ts';

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

/** Figures for decisions signed between `from` and `to` inclusive (YYYY-MM-DD). */
export function figuresFor(decisions: readonly PublishedDecision[], from: string, to: string): PeriodFigures {
  const byAward = new Map<string, AwardFigure>();
  const out: PeriodFigures = {
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
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const d of decisions) {
    if (d.data.date < from || d.data.date > to || d.amending) continue;
    if (d.status === 'revoked') {
      out.revoked += d.data.recipients.length;
      continue;
    }
    let figure = byAward.get(d.award.id);
    if (!figure) {
      figure = { award: d.award.id, level: d.award.level, precedence: d.award.precedence, byKind: zero(), total: 0, decisions: [] };
      byAward.set(d.award.id, figure);
    }
    figure.decisions.push(d.id);
    for (const r of d.data.recipients) {
      figure.byKind[r.kind] += 1;
      figure.total += 1;
      out.byKind[r.kind] += 1;
      out.byLevel[d.award.level] += 1;
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

/** Recipient rows per year of signature, oldest first: the trend over years. */
export function rowsByYear(decisions: readonly PublishedDecision[]): { year: number; total: number }[] {
  const years = new Map<number, number>();
  for (const d of decisions) {
    if (d.amending || d.status === 'revoked') continue;
    const year = Number(d.data.date.slice(0, 4));
    years.set(year, (years.get(year) ?? 0) + d.data.recipients.length);
  }
  return [...years].map(([year, total]) => ({ year, total })).sort((a, b) => a.year - b.year);
}
