/**
 * A place with the places it took over: a commune formed by the 2025 mergers has no decision of its own
 * yet, but its people were honoured as people of the communes it absorbed. Predecessors come from
 * `succeededBy` in content/places.yaml (src/schemas/place.ts), followed back through earlier mergers; a
 * place whose successor is not known (`defunct`) is nobody's predecessor, so nothing is guessed.
 */
import type { BrowseIndex } from '../model/browse.ts';
import { countedRows } from '../model/counting.ts';
import type { AwardRow, Portal } from '../model/portal.ts';
import { compareRecipients } from '../model/recipients.ts';

/** The place's predecessors, and theirs, nearest first; each once. */
export function absorbedPlaces(browse: Pick<BrowseIndex, 'predecessors'>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let queue = [id]; queue.length; ) {
    const next: string[] = [];
    for (const p of queue)
      for (const before of browse.predecessors.get(p) ?? [])
        if (!seen.has(before)) {
          seen.add(before);
          out.push(before);
          next.push(before);
        }
    queue = next;
  }
  return out;
}

/**
 * The counted awards of the place and of every place it absorbed, in the browse order (newest decision
 * first, then by name); each row keeps the place of its day.
 */
export function placeAwardRows(portal: Pick<Portal, 'decisions'>, browse: Pick<BrowseIndex, 'predecessors' | 'byPlace'>, id: string): AwardRow[] {
  const places = [id, ...absorbedPlaces(browse, id)];
  const rows = countedRows(places.flatMap((p) => browse.byPlace.get(p) ?? []));
  if (places.length === 1) return rows;
  const order = new Map(portal.decisions.map((d, i) => [d.id, i]));
  return rows.sort((a, b) => order.get(a.decision.id)! - order.get(b.decision.id)! || compareRecipients(a.recipient, b.recipient));
}
