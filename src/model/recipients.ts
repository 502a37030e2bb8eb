/** The order of name-ordered views (browse lists, places): Vietnamese name order. Decision pages keep the signed order. */
import type { Recipient } from '../schemas/recipient.ts';
import { comparePersonNames, compareVietnamese } from '../text/vietnamese.ts';

/** Individuals sort by given name, then middle, then family name; collectives and households by name. */
export function compareRecipients(a: Recipient, b: Recipient): number {
  if (a.kind === 'individual' && b.kind === 'individual') return comparePersonNames(a.name, b.name);
  return compareVietnamese(a.name, b.name);
}
