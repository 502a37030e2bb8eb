/**
 * The search page's first answer to a name: every recipient row of that exact name (folded), read from
 * one small static file, while Pagefind's code, wasm and index are still on their way. On a slow
 * connection those cost about 200 KB before Pagefind can answer anything; a row bucket costs a few KB.
 * Rows are bucketed by a hash of the whole folded name, so the browser needs no manifest: the typed name
 * names its file. Pagefind's results then follow and add what a whole-name lookup cannot know (the name
 * inside a longer one, decisions and stories about it); the page drops a line it already shows.
 * The lines built here are the lines `resultLines` builds from Pagefind's hit on the same row.
 */
import { yearOf } from '../model/browse.ts';
import type { Portal, PublishedLine } from '../model/portal.ts';
import { searchTerms } from './fold.ts';

/** One recipient row as the search page lists it, before it is put in a bucket. */
export interface NameRow {
  name: string;
  /** The table's other cells, as printed: role, unit, place (empty ones included). */
  role: string;
  unit: string;
  place: string;
  decision: { id: string; number: string; date: string; year: number; award: string };
  row: number;
  /** Honoree page slug, when the recipient has a page. */
  honoree?: string;
}

/**
 * Every recipient row of every decision, as the decision page prints it (src/page-models/decision.ts):
 * the bare name (an honorific is printed apart), a combined "Chức vụ, đơn vị" cell in the role's place,
 * and the award of the row's own line.
 */
export function nameRows(portal: Portal): NameRow[] {
  const rows: NameRow[] = [];
  for (const d of portal.decisions) {
    // One entry per award line, so that a bucket names each decision and award once.
    const lines = new Map<PublishedLine, NameRow['decision']>();
    for (const { row, line, award, recipient: r } of d.rows) {
      let decision = lines.get(line);
      if (!decision) lines.set(line, (decision = { id: d.id, number: d.data.number, date: d.data.date, year: yearOf(d), award: award.name }));
      const honoree = portal.honoreeOf(d.id, row);
      rows.push({
        name: r.name,
        role: r.roleAndUnit ?? r.role ?? '',
        unit: r.roleAndUnit ? '' : (r.unit ?? ''),
        place: r.place ? (portal.places.get(r.place)?.name ?? '') : '',
        decision,
        row,
        ...(honoree ? { honoree: honoree.slug } : {}),
      });
    }
  }
  return rows;
}

/**
 * How many buckets: fixed, so that the browser computes a name's file without asking. At the default
 * corpus (150,000 rows) a bucket holds about 40 rows, at ten times it about 400 (bench/README.md).
 */
export const NAME_ROW_BUCKETS = 4096;

/** The bucket of a folded name ("nong duc tho"): FNV-1a over its UTF-16 units, as four hex digits. */
export function nameRowBucket(folded: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) {
    hash ^= folded.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % NAME_ROW_BUCKETS).toString(16).padStart(3, '0');
}

/** A bucket as served: decisions and places once, rows pointing into them. */
export interface NameRowFile {
  /** [id, number, ISO date, year, award]. */
  d: [string, string, string, number, string][];
  p: string[];
  /** [name, role, unit, place index, decision index, row, honoree slug or ""]. */
  r: [string, string, string, number, number, number, string][];
}

/** Rows by bucket, each bucket's rows in the order given. */
export function bucketNameRows(rows: readonly NameRow[]): Map<string, NameRow[]> {
  const buckets = new Map<string, NameRow[]>();
  for (const row of rows) {
    const folded = searchTerms(row.name);
    if (!folded) throw new Error(`Decision ${row.decision.id}, row ${row.row}: the name "${row.name}" has no letters to search by.`);
    const key = nameRowBucket(folded);
    const list = buckets.get(key);
    if (list) list.push(row);
    else buckets.set(key, [row]);
  }
  return buckets;
}

export function nameRowFile(rows: readonly NameRow[]): NameRowFile {
  const file: NameRowFile = { d: [], p: [], r: [] };
  const decisions = new Map<string, number>();
  const places = new Map<string, number>();
  for (const row of rows) {
    const d = row.decision;
    let di = decisions.get(d.id);
    if (di === undefined) decisions.set(d.id, (di = file.d.push([d.id, d.number, d.date, d.year, d.award]) - 1));
    let pi = places.get(row.place);
    if (pi === undefined) places.set(row.place, (pi = file.p.push(row.place) - 1));
    file.r.push([row.name, row.role, row.unit, pi, di, row.row, row.honoree ?? '']);
  }
  return file;
}

/** The rows of a bucket whose name is `folded` (the folded query), newest decision first, then by row. */
export function rowsNamed(file: NameRowFile, folded: string): NameRow[] {
  const found: NameRow[] = [];
  for (const [name, role, unit, pi, di, row, honoree] of file.r) {
    if (searchTerms(name) !== folded) continue;
    const [id, number, date, year, award] = file.d[di]!;
    found.push({ name, role, unit, place: file.p[pi]!, decision: { id, number, date, year, award }, row, ...(honoree ? { honoree } : {}) });
  }
  return found.sort((a, b) => b.decision.date.localeCompare(a.decision.date) || a.decision.id.localeCompare(b.decision.id) || a.row - b.row);
}
