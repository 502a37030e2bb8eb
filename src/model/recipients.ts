/** A decision's recipients as pages list them: grouped by kind, each group in Vietnamese name order. */
import type { Recipient } from '../schemas/recipient.ts';
import { RECIPIENT_KINDS, type RecipientKind } from '../schemas/vocab.ts';
import { comparePersonNames, compareVietnamese } from '../text/vietnamese.ts';

export interface RecipientRow {
  /** 1-based position in the decision as signed; anchors and citations use it. */
  row: number;
  recipient: Recipient;
}

/** Individuals sort by given name, then middle, then family name; collectives and households by name. */
export function compareRecipients(a: Recipient, b: Recipient): number {
  if (a.kind === 'individual' && b.kind === 'individual') return comparePersonNames(a.name, b.name);
  return compareVietnamese(a.name, b.name);
}

export function groupRecipients(recipients: readonly Recipient[]): { kind: RecipientKind; rows: RecipientRow[] }[] {
  const rows = recipients.map((recipient, i) => ({ row: i + 1, recipient }));
  return RECIPIENT_KINDS.map((kind) => ({
    kind,
    rows: rows.filter((r) => r.recipient.kind === kind).sort((a, b) => compareRecipients(a.recipient, b.recipient)),
  })).filter((g) => g.rows.length > 0);
}
