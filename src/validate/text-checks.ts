/**
 * Checks on what entries say rather than on their structure: personal data and deceptive characters in
 * every value, body, file name and path; file and folder names; the bodies themselves (src/validate/body-text.ts).
 */
import { findDeceptive } from '../text/deceptive.ts';
import { findLegacyEncoding } from '../text/legacy-encoding.ts';
import { slugify } from '../text/vietnamese.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { checkBody } from './body-text.ts';
import type { RawEntry } from './content-files.ts';
import { findAllPersonalData, forEachString } from './personal-data.ts';
import { problem, type Problem } from './problems.ts';
import { lineAt } from './safe-read.ts';
import { fieldPath } from './zod-problems.ts';
import { rowAt } from './raw-rows.ts';

const BODY = '(nội dung / body)';
const FILE_NAME = '(tên tệp / file name)';

/**
 * The longest file name accepted, in characters, without its extension. Built pages live in a folder
 * of that name, and most file systems stop at 255 bytes, which a Vietnamese-looking name in UTF-8 or a
 * pasted title reaches quickly.
 */
export const MAX_FILE_NAME = 100;

function rowOf(entry: RawEntry, path: readonly PropertyKey[]): Problem['row'] {
  return rowAt(entry.data, path);
}

interface Place {
  field: string;
  row?: Problem['row'] | undefined;
  /** For a body: the file's line where it starts. */
  line?: number;
}

/**
 * Calls `visit` with every string of an entry and where it is: fields (with their recipient row), the body,
 * the file name. `where` is worked out only for a string with a hit: most have none.
 */
function forEachText(entry: RawEntry, visit: (text: string, where: () => Place, path: readonly PropertyKey[]) => void): void {
  forEachString(entry.data, (path, text) =>
    visit(text, () => ({ field: entry.prefix ? `${entry.prefix}.${fieldPath(path)}` : fieldPath(path), row: rowOf(entry, path) }), path),
  );
  if (entry.body) visit(entry.body, () => ({ field: BODY, line: entry.bodyLine ?? 1 }), []);
  // Each folder and file name alone: they become addresses, the sitemap and the open data.
  if (!entry.prefix) visit(entry.id.replaceAll('/', ' '), () => ({ field: FILE_NAME }), []);
}

/**
 * Personal data, invisible characters, look-alike letters and text typed in a legacy font in any value,
 * body or file name.
 * `exempt`: top-level fields a schema declares to hold no personal data (an office's contact details).
 * `notices` get what does not stop publication (Ð for Đ).
 */
export function scanTexts(entries: readonly RawEntry[], problems: Problem[], notices: Problem[], exempt: readonly string[] = []): void {
  for (const entry of entries)
    forEachText(entry, (text, where, path) => {
      const personal = typeof path[0] === 'string' && exempt.includes(path[0]) ? [] : findAllPersonalData(text);
      const deceptive = findDeceptive(text);
      const legacy = findLegacyEncoding(text);
      if (!personal.length && !deceptive.length && !legacy) return;
      const { field, row, line } = where();
      if (legacy) problems.push(problem(entry.file, field, 'legacy-encoding', { word: legacy.word, encoding: legacy.encoding }, row));
      for (const hit of personal)
        problems.push(problem(entry.file, field, 'personal-data-value', { value: hit.match, kind: hit.kind.vi, kindEn: hit.kind.en }, row));
      for (const hit of deceptive) {
        const at = line === undefined ? field : `${field}, dòng / line ${lineAt(text, hit.index, line)}`;
        if (hit.kind === 'hidden') problems.push(problem(entry.file, at, 'hidden-character', { code: hit.code }, row));
        else (hit.notice ? notices : problems).push(problem(entry.file, at, 'look-alike-letter', { code: hit.code, char: hit.char, word: hit.word, letter: hit.replacement }, row));
      }
    });
}

/** File and folder names become addresses: plain lowercase words, short enough for any file system. */
export function checkFileNames(entries: readonly RawEntry[], problems: Problem[]): void {
  for (const { id, file } of entries) {
    const parts = id.split('/');
    const name = parts.at(-1) ?? id;
    const folder = parts.slice(0, -1).find((part) => !ID_PATTERN.test(part));
    if (folder !== undefined) problems.push(problem(file, '', 'bad-folder-name', { name: folder, suggestion: slugify(folder) || 'ten-thu-muc' }));
    else if (!ID_PATTERN.test(id)) problems.push(problem(file, '', 'bad-file-name', { name, suggestion: slugify(name) }));
    if (name.length > MAX_FILE_NAME) problems.push(problem(file, '', 'file-name-too-long', { length: name.length, limit: MAX_FILE_NAME }));
  }
}

/** The text of decisions, movements and consultations (Markdown), and of stories (MDX). */
export function checkBodies(entries: readonly RawEntry[], contentRoot: string, mdx: boolean, problems: Problem[]): void {
  for (const entry of entries)
    if (!entry.unreadable) problems.push(...checkBody({ file: entry.file, path: entry.path, body: entry.body, bodyLine: entry.bodyLine ?? 1 }, contentRoot, mdx));
}
