/**
 * Decision numbers as people type them: "1234/QĐ-UBND", "1234", "qd-ubnd 1234", "1234 qđ ubnd". The
 * number and the symbol ("QĐ-UBND") are matched as separate words, so any part, in any order, finds it.
 */
import { searchTerms } from './fold.ts';

/** Letters of a decision symbol after folding: qd, qđ-ttg, ct, kh… (number first or last). */
const NUMBER_QUERY = /^(?:\d+(?:\s+[a-z]+)*|(?:[a-z]+\s+)*\d+)$/;

/** True when the query is a decision number or part of one: digits, alone or with a folded symbol. */
export function isDecisionNumberQuery(query: string): boolean {
  const terms = searchTerms(query);
  return /\d/.test(terms) && NUMBER_QUERY.test(terms) && (/^\d+$/.test(terms) || /\bqd\b/.test(terms));
}

/** The words a decision number is found by: "1820/QĐ-UBND" → ["1820", "qd", "ubnd"]. */
export function decisionNumberTerms(number: string): string[] {
  return searchTerms(number).split(' ').filter(Boolean);
}
