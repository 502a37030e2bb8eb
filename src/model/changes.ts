/**
 * The record of changes: every correction ("đính chính") and revocation ("thu hồi"), newest first, as
 * the changes page lists them. Read from the amending decisions of the portal model, so a change shows
 * up here as soon as it is recorded on both decisions.
 */
import type { ChangeKind, DecisionStatus } from '../schemas/vocab.ts';
import type { Portal, PublishedDecision } from './portal.ts';

export interface Change {
  kind: ChangeKind;
  /** The decision that corrects or revokes. */
  by: PublishedDecision;
  /** The decisions it changes, with the status each now has. */
  targets: { decision: PublishedDecision; status: DecisionStatus }[];
}

/** Every change, newest first (the portal's decisions are already newest first). */
export function changeList(portal: Pick<Portal, 'decisions' | 'decisionById'>): Change[] {
  const changes: Change[] = [];
  for (const by of portal.decisions) {
    const groups: [ChangeKind, readonly string[] | undefined][] = [
      ['revocation', by.data.revokes],
      ['correction', by.data.corrects],
    ];
    for (const [kind, ids] of groups) {
      const targets = (ids ?? []).flatMap((id) => {
        const decision = portal.decisionById.get(id);
        return decision ? [{ decision, status: decision.status }] : [];
      });
      if (targets.length) changes.push({ kind, by, targets });
    }
  }
  return changes;
}
