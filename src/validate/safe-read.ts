/**
 * Reading one content file before anything walks it: a file the site would publish from elsewhere (a
 * symbolic link), a file too large to be a decision, bytes that are not UTF-8, and YAML aliases (which
 * let a few kilobytes expand into billions of values) are refused here, each with a message naming the
 * file, so that no later step can hang or publish what the validator did not read.
 */
import { lstatSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { problem, type Problem } from './problems.ts';

/**
 * The largest content file read: 2 MB. A decision with 5,000 recipient rows is about 1 MB; a file larger
 * than this is a mistake (a pasted scan, a whole register) and would make a page of tens of megabytes.
 */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The line of `text` that holds `index`, counting from `firstLine`. */
export function lineAt(text: string, index: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The text of a content file, or the reason it is refused. A byte-order mark at the start is dropped. */
export function readContentText(path: string, file: string): { text: string } | { problem: Problem } {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return { problem: problem(file, '', 'symlink') };
  if (stat.size > MAX_CONTENT_BYTES) return { problem: problem(file, '', 'content-too-large', { size: megabytes(stat.size), limit: megabytes(MAX_CONTENT_BYTES) }) };
  const bytes = readFileSync(path);
  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const lenient = bytes.toString('utf8');
    return { problem: problem(file, '', 'content-not-utf8', { line: lineAt(lenient, lenient.indexOf('\uFFFD')) }) };
  }
}

/** True when some object or list is reached twice: YAML aliases (`*name`) share what an anchor (`&name`) marks. */
function sharesNodes(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (sharesNodes(item, seen)) return true;
  return false;
}

const ALIAS_OR_ANCHOR = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]+/m;

/**
 * YAML as the validator reads it: the core schema, so dates stay text (2017-02-30 reaches the validator
 * instead of becoming 2 March); aliases refused before any walk, since loading shares values and only
 * walking them expands. `lineOffset`: lines before the YAML in the file (a frontmatter's `---`).
 */
export function parseContentYaml(text: string, file: string, lineOffset: number): { value: unknown } | { problem: Problem } {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const detail = (error as { reason?: string }).reason ?? String(error);
    return { problem: problem(file, '', 'yaml-syntax', { line: (mark?.line ?? 0) + 1 + lineOffset, detail }) };
  }
  if (sharesNodes(value)) {
    const at = ALIAS_OR_ANCHOR.exec(text);
    return { problem: problem(file, '', 'yaml-alias', { line: (at ? lineAt(text, at.index + 1) : 1) + lineOffset }) };
  }
  return { value };
}

/** Fields that hold dates, which both readers accept written unquoted. */
const DATE_KEYS = new Set(['date', 'validFrom', 'validTo', 'from', 'to', 'publishedOn', 'closesOn']);
const UNQUOTED_DATE_LINE = /^\s*(?:-\s+)?([\w-]+):\s*\d{4}-\d{1,2}-\d{1,2}(?:[Tt\s][\d:.]+(?:Z|[+-]\d\d?(?::\d\d)?)?)?\s*(?:#.*)?$/gm;

/**
 * Astro reads frontmatter with js-yaml's default schema, where an unquoted `2017-11-20` is a date, not
 * text. Where such a value sits in a field other than a date field, this returns the data as Astro will
 * see it, so that the validator can refuse, in its own words, what the build would otherwise reject in
 * Astro's; otherwise undefined (nothing differs).
 */
export function yamlAsAstroReadsIt(text: string): unknown {
  for (const match of text.matchAll(UNQUOTED_DATE_LINE))
    if (!DATE_KEYS.has(match[1] ?? '')) return yaml.load(text);
  return undefined;
}
