/**
 * The groupings citizens browse by, computed once from the portal model: decisions by award form, year
 * and movement; recipient rows by place and kind; stories by honoree and decision.
 */
import { RECIPIENT_KINDS, type RecipientKind } from '../schemas/vocab.ts';
import type { AwardRow, Portal, PublishedDecision } from './portal.ts';
import { compareRecipients } from './recipients.ts';
import { countingYear } from './counting.ts';

export interface BrowseIndex {
  byAward: Map<string, PublishedDecision[]>;
  byYear: Map<number, PublishedDecision[]>;
  byMovement: Map<string, PublishedDecision[]>;
  byPlace: Map<string, AwardRow[]>;
  /** Decisions that honour at least one recipient of the kind, and how many rows of that kind in all. */
  byKind: Map<RecipientKind, { decisions: PublishedDecision[]; rows: number }>;
  /** Years with decisions, newest first. */
  years: number[];
  /** Story ids by honoree stable id and by decision id. */
  storiesByHonoree: Map<string, string[]>;
  storiesByDecision: Map<string, string[]>;
  /** Places that `succeededBy` points to this one from: its predecessors. */
  predecessors: Map<string, string[]>;
  /** Places whose parent is this one. */
  children: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The year a decision is listed and counted in, by the counting rule (src/model/counting.ts). */
export function yearOf(d: PublishedDecision): number {
  return countingYear(d.data.date);
}

export function buildBrowseIndex(portal: Portal): BrowseIndex {
  const index: BrowseIndex = {
    byAward: new Map(),
    byYear: new Map(),
    byMovement: new Map(),
    byPlace: new Map(),
    byKind: new Map(RECIPIENT_KINDS.map((k) => [k, { decisions: [], rows: 0 }])),
    years: [],
    storiesByHonoree: new Map(),
    storiesByDecision: new Map(),
    predecessors: new Map(),
    children: new Map(),
  };
  // portal.decisions is newest first, so every list below is too.
  for (const d of portal.decisions) {
    // A decision is found under every form it confers.
    for (const award of d.awards) push(index.byAward, award.id, d);
    push(index.byYear, yearOf(d), d);
    if (d.data.period.movement) push(index.byMovement, d.data.period.movement, d);
    const kinds = new Set<RecipientKind>();
    for (const row of d.rows) {
      if (row.recipient.place) push(index.byPlace, row.recipient.place, row);
      kinds.add(row.recipient.kind);
      index.byKind.get(row.recipient.kind)!.rows += 1;
    }
    for (const kind of kinds) index.byKind.get(kind)!.decisions.push(d);
  }
  // Newest decision first; within a decision, Vietnamese name order.
  const order = new Map(portal.decisions.map((d, i) => [d, i]));
  const byDecisionThenName = (a: AwardRow, b: AwardRow) =>
    order.get(a.decision)! - order.get(b.decision)! || compareRecipients(a.recipient, b.recipient);
  for (const list of index.byPlace.values()) list.sort(byDecisionThenName);
  index.years = [...index.byYear.keys()].sort((a, b) => b - a);
  for (const story of portal.stories) {
    for (const h of story.data.honorees) push(index.storiesByHonoree, h, story.id);
    for (const d of story.data.decisions) push(index.storiesByDecision, d, story.id);
  }
  for (const [id, place] of portal.places) {
    for (const s of place.succeededBy ?? []) push(index.predecessors, s.place, id);
    if (place.parent) push(index.children, place.parent, id);
  }
  return index;
}

/**
 * Stories about any of these decisions or honorees (stable ids), each once: those about the decisions
 * first, then those about the honorees, in the order the stories were indexed.
 */
export function relatedStories<Story>(
  portal: Portal<Story>,
  browse: BrowseIndex,
  about: { decisions?: readonly string[]; honorees?: readonly string[] },
): Portal<Story>['stories'] {
  const ids = new Set([
    ...(about.decisions ?? []).flatMap((id) => browse.storiesByDecision.get(id) ?? []),
    ...(about.honorees ?? []).flatMap((id) => browse.storiesByHonoree.get(id) ?? []),
  ]);
  return [...ids].map((id) => portal.storyById.get(id)!);
}
