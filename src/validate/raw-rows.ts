/**
 * Recipient rows of a decision file as read, before or without its schema passing: for counting, for
 * the honoree ids a broken file holds, and for naming the row a problem is in. Rows are numbered 1..N
 * across the file's award lines in file order, as the portal numbers them (src/schemas/decision.ts).
 */
import type { Problem } from './problems.ts';

type Node = Record<PropertyKey, unknown>;

const isObject = (value: unknown): value is Node => value !== null && typeof value === 'object';
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The file's recipient lists in order: `recipients`, then each line's. */
function recipientLists(data: unknown): unknown[][] {
  if (!isObject(data)) return [];
  return [list(data.recipients), ...list(data.lines).map((line) => (isObject(line) ? list(line.recipients) : []))];
}

/** Every recipient entry of the file, in row order. */
export function rawRecipients(data: unknown): unknown[] {
  return recipientLists(data).flat();
}

/**
 * The row a field path is in, with its name when it has one: `recipients[2]…` is row 3;
 * `lines[1].recipients[0]…` is the row after all of line 0's.
 */
export function rowAt(data: unknown, path: readonly PropertyKey[]): Problem['row'] {
  let index: number;
  let rows: unknown[];
  if (path[0] === 'recipients' && typeof path[1] === 'number') {
    rows = recipientLists(data)[0] ?? [];
    index = path[1];
  } else if (path[0] === 'lines' && typeof path[1] === 'number' && path[2] === 'recipients' && typeof path[3] === 'number') {
    const lists = recipientLists(data);
    const before = lists.slice(0, path[1] + 1).reduce((n, l) => n + l.length, 0);
    rows = lists[path[1] + 1] ?? [];
    index = path[3];
    const entry = rows[index];
    const name = isObject(entry) ? entry.name : undefined;
    return typeof name === 'string' ? { number: before + index + 1, name } : { number: before + index + 1 };
  } else return undefined;
  const entry = rows[index];
  const name = isObject(entry) ? entry.name : undefined;
  return typeof name === 'string' ? { number: index + 1, name } : { number: index + 1 };
}
