/**
 * The published portal as one read-only model, computed once from the collections: decisions with
 * their status, authority and award resolved; honorees grouped across decisions. Pages read this and
 * never walk the collections themselves, so the cost of a build grows with the corpus, not with
 * pages × entries.
 */
import type { Award } from '../schemas/award.ts';
import type { Authority } from '../schemas/authority.ts';
import { decisionLines, type Decision } from '../schemas/decision.ts';
import type { Movement } from '../schemas/movement.ts';
import type { Place } from '../schemas/place.ts';
import type { Recipient } from '../schemas/recipient.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { CorrectableField, DecisionStatus } from '../schemas/vocab.ts';
import { sortDate } from '../text/dates.ts';
import { foldVietnamese, slugify } from '../text/vietnamese.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface PortalInput<Story = unknown> {
  decisions: readonly Entry<Decision>[];
  awards: readonly Entry<Award>[];
  authorities: readonly Entry<Authority>[];
  places: readonly Entry<Place>[];
  movements: readonly Entry<Movement>[];
  stories: readonly Entry<Story & { honorees: string[]; decisions: string[] }>[];
  /** The office that publishes the portal (content/site.yaml). */
  site: SiteSettings;
}

/** One award line of a decision: its award form resolved, its rows in the decision's order. */
export interface PublishedLine {
  /** 0-based position among the decision's lines. */
  index: number;
  award: Award;
  /** The line's heading as printed, when the file gives one. */
  heading: string | undefined;
  /** The line's reason, else the decision's. */
  reason: string;
  rows: AwardRow[];
}

export interface PublishedDecision {
  id: string;
  data: Decision;
  /** Award lines in the decision's order; a single-award file has one. */
  lines: PublishedLine[];
  /** Every row in file order across lines: `rows[i].row === i + 1`. */
  rows: AwardRow[];
  /** The award forms it confers, each once, in the order of their first line. */
  awards: Award[];
  /** The date as lists sort and periods filter it: a partial date counts as its last day (ADR 0013). */
  sortDate: string;
  authority: Authority;
  movement: Entry<Movement> | undefined;
  status: DecisionStatus;
  /** True for decisions that correct or revoke others: they change records, they add no awards. */
  amending: boolean;
}

export interface AwardRow {
  decision: PublishedDecision;
  /** The award line the row belongs to, and its award. */
  line: PublishedLine;
  award: Award;
  /** 1-based row in the decision's list, counted across its lines in file order: the `#r<STT>` anchor. */
  row: number;
  /** The recipient as corrected: what every page, index and file shows. */
  recipient: Recipient;
  /** What later decisions set right in this row, oldest first; empty for a row no correction names. */
  corrections: RowCorrection[];
}

/** One value of a row set right by a correcting decision, with the value it replaced. */
export interface RowCorrection {
  field: CorrectableField;
  /** The value as the corrected decision printed it; undefined when the field was empty. */
  from: string | undefined;
  to: string;
  by: PublishedDecision;
}

export interface Honoree {
  /** URL slug: the stable id, or a slug made from name and place. */
  slug: string;
  name: string;
  kind: Recipient['kind'];
  stableId: string | undefined;
  awards: AwardRow[];
  /** Ids of places the honoree was recorded in, oldest first. */
  places: string[];
}

export interface Portal<Story = unknown> {
  /** The office that publishes the portal: reports, feeds and open data name it. */
  site: SiteSettings;
  decisions: PublishedDecision[];
  decisionById: Map<string, PublishedDecision>;
  awards: Map<string, Award>;
  authorities: Map<string, Authority>;
  places: Map<string, Place>;
  movements: Map<string, Entry<Movement>>;
  stories: PortalInput<Story>['stories'];
  storyById: Map<string, PortalInput<Story>['stories'][number]>;
  /** Honorees that get a page: those with a stable id, and anyone honoured more than once. */
  honorees: Honoree[];
  honoreeByStableId: Map<string, Honoree>;
  honoreeBySlug: Map<string, Honoree>;
  /** Honoree page slug for a decision row, when that honoree has a page. */
  honoreeOf: (decisionId: string, row: number) => Honoree | undefined;
  recipientCount: number;
}

function mapOf<T>(entries: readonly Entry<T>[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e.data]));
}

function statusOf(d: Decision): DecisionStatus {
  if (d.revokedBy) return 'revoked';
  if (d.correctedBy?.length) return 'corrected';
  return 'in-force';
}

/**
 * Each correction changes the one value it names, oldest correcting decision first, before honorees are
 * grouped, so the name index, search and honoree pages see the row as corrected. The validator has
 * checked every reference (src/validate/integrity.ts); one that still fails is a bug, not content to skip.
 */
function applyCorrections(decisions: readonly PublishedDecision[]): void {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  for (const by of [...decisions].reverse()) {
    for (const c of by.data.corrections ?? []) {
      const row = byId.get(c.decision)?.rows[c.row - 1];
      if (!row) throw new Error(`${by.id}: corrections name row ${c.row} of ${c.decision}, which does not exist`);
      row.corrections.push({ field: c.field, from: c.from, to: c.to, by });
      row.recipient = { ...row.recipient, [c.field]: c.to };
    }
  }
}

/** A row's own standing: revoked with its decision, corrected when a correction names it, else in force. */
export function rowStatus(row: Pick<AwardRow, 'decision' | 'corrections'>): DecisionStatus {
  if (row.decision.status === 'revoked') return 'revoked';
  return row.corrections.length ? 'corrected' : 'in-force';
}

/** The rows of a decision that later decisions corrected, in file order. */
export function correctedRows(d: Pick<PublishedDecision, 'rows'>): AwardRow[] {
  return d.rows.filter((r) => r.corrections.length > 0);
}

/** Who counts as the same honoree when no stable id says so: same kind, folded name and place. */
export function honoreeKey(r: Recipient): string {
  return r.id ? `id:${r.id}` : `${r.kind}|${foldVietnamese(r.name)}|${r.place ?? ''}`;
}

/** "Hoàng Văn A" in tinh-a/xa-tu-doan → "hoang-van-a-xa-tu-doan"; the place is left out when the name holds it. */
function honoreeSlug(r: Recipient): string {
  const name = slugify(r.name);
  const place = r.place?.split('/').at(-1) ?? '';
  return place && !name.includes(place) ? `${name}-${place}` : name;
}

export function buildPortal<Story>(input: PortalInput<Story>): Portal<Story> {
  const awards = mapOf(input.awards);
  const authorities = mapOf(input.authorities);
  const places = mapOf(input.places);
  const movements = new Map(input.movements.map((m) => [m.id, m]));

  const decisions: PublishedDecision[] = input.decisions.map(({ id, data }) => {
    const decision: PublishedDecision = {
      id,
      data,
      lines: [],
      rows: [],
      awards: [],
      sortDate: sortDate(data.date),
      authority: authorities.get(data.authority)!,
      movement: data.period.movement ? movements.get(data.period.movement) : undefined,
      status: statusOf(data),
      amending: Boolean(data.corrects?.length || data.revokes?.length),
    };
    decisionLines(data).forEach((written, index) => {
      const award = awards.get(written.award)!;
      const line: PublishedLine = { index, award, heading: written.heading, reason: written.reason, rows: [] };
      written.recipients.forEach((recipient, i) => line.rows.push({ decision, line, award, row: written.firstRow + i, recipient, corrections: [] }));
      decision.lines.push(line);
      decision.rows.push(...line.rows);
      if (!decision.awards.includes(award)) decision.awards.push(award);
    });
    return decision;
  });
  // Newest first; the id breaks ties so the order never depends on the file system.
  decisions.sort((a, b) => b.sortDate.localeCompare(a.sortDate) || a.id.localeCompare(b.id));
  applyCorrections(decisions);

  const groups = new Map<string, AwardRow[]>();
  let recipientCount = 0;
  for (const decision of decisions) {
    for (const row of decision.rows) {
      recipientCount += 1;
      const key = honoreeKey(row.recipient);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
  }

  const honorees: Honoree[] = [];
  const byRow = new Map<string, Honoree>();
  const usedSlugs = new Set<string>();
  for (const [, list] of groups) {
    const first = list[0]!.recipient;
    if (!first.id && list.length < 2) continue;
    list.reverse(); // oldest first
    let slug = first.id ?? honoreeSlug(first);
    for (let n = 2; usedSlugs.has(slug); n += 1) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
    usedSlugs.add(slug);
    const honoree: Honoree = {
      slug,
      name: list.at(-1)!.recipient.name,
      kind: first.kind,
      stableId: first.id,
      awards: list,
      places: [...new Set(list.flatMap((a) => (a.recipient.place ? [a.recipient.place] : [])))],
    };
    honorees.push(honoree);
    for (const a of list) byRow.set(`${a.decision.id}#${a.row}`, honoree);
  }

  return {
    site: input.site,
    decisions,
    decisionById: new Map(decisions.map((d) => [d.id, d])),
    awards,
    authorities,
    places,
    movements,
    stories: input.stories,
    storyById: new Map(input.stories.map((s) => [s.id, s])),
    honorees,
    honoreeBySlug: new Map(honorees.map((h) => [h.slug, h])),
    honoreeByStableId: new Map(honorees.flatMap((h) => (h.stableId ? [[h.stableId, h] as const] : []))),
    honoreeOf: (decisionId, row) => byRow.get(`${decisionId}#${row}`),
    recipientCount,
  };
}
