/** Validating edited copies of the sample, the way the validator tests break content. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/lang.ts';
import { formatProblem } from '../../src/validate/problems.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { copyContent } from '../helpers.ts';

/** The day the tests validate on, so "in the future" stays the same whatever the clock says. */
export const TODAY = '2026-11-25';

/** Every message the validator gives for `dir`, with the temporary folder's name taken off. */
export function messagesOf(dir: string, lang: Lang = 'vi'): string[] {
  return validateFolder(dir, TODAY).problems.map((p) => formatProblem(p, lang).replace(/^portal-content-\w+\//, ''));
}

/** Validates a copy of the sample after `edit` changed it, and returns the messages. */
export function problemsAfter(edit: (dir: string) => void, lang: Lang = 'vi'): string[] {
  const dir = copyContent();
  edit(dir);
  return messagesOf(dir, lang);
}

/** Replaces text in a content file, failing loudly when the text is not there (a test that edits nothing proves nothing). */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(path, next);
}
