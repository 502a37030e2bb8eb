/**
 * One list import from start to finish, without printing: read the lists, decide each row, draft the
 * new decision or the addition to an existing one, validate the content folder as it would be, and
 * write only when asked and only a file that validates. `scripts/import.ts` prints the result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { decisionRecipients, decisionSchema, type Decision } from '../../schemas/decision.ts';
import { readContent } from '../../validate/content-files.ts';
import { todayIso } from '../../text/dates.ts';
import type { Problem } from '../../validate/problems.ts';
import {
  DECISION_FLAGS,
  awardKinds,
  checkDraft,
  defaultKind,
  displayPath,
  draftDecision,
  isoDateInput,
  missingFlags,
  parseOccupationFlag,
  placeRefs,
  renderEntry,
  resolveId,
  resolvePlace,
  writeDraft,
  type Draft,
  type Values,
} from '../scaffold.ts';
import { validateFolder } from '../../validate/validate.ts';
import { appendRecipients } from './append.ts';
import { CliError } from '../cli-error.ts';
import { writeFileSafely } from '../write-safely.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { placeFinder } from './places.ts';
import { readSpreadsheet, type Workbook } from './spreadsheet.ts';

export interface ImportOptions {
  files: readonly string[];
  /** The content folder. */
  root: string;
  sheet?: string | undefined;
  /** An existing decision to add to: path of its file, or its id. */
  decision?: string | undefined;
  /** Fields of a new decision, and the row defaults (`kind`, `place`, `occupation`), by flag name. */
  values: Values;
  write: boolean;
  today?: string;
}

export interface ImportResult {
  plan: ImportPlan;
  target: { file: string; path: string; isNew: boolean; existing: number };
  /** The decision file's text after the import. */
  text: string;
  written: boolean;
  /** Why nothing was written although --write was given. */
  refusal?: CliError;
  /** Problems of the content folder with the import applied: foreseen in a dry run, found after writing. */
  problems: Problem[];
}

/** Flags that describe a new decision; with --decision they would be ignored, so they are refused. */
const NEW_DECISION_ONLY = DECISION_FLAGS.map((f) => f.flag).filter((f) => !['kind', 'place', 'occupation'].includes(f));

function findDecision(root: string, value: string): string {
  const asPath = resolve(value);
  if (existsSync(asPath)) return asPath;
  const asId = join(root, 'decisions', `${value.replace(/\.md$/, '')}.md`);
  if (existsSync(asId)) return asId;
  throw new CliError('decision-not-found', { value });
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const { root, values } = options;
  const today = options.today ?? todayIso();
  if (!options.files.length) throw new CliError('no-input');
  const { content } = readContent(root);

  let existing: { path: string; text: string; data: Decision } | undefined;
  if (options.decision) {
    const given = NEW_DECISION_ONLY.filter((f) => values[f] !== undefined).map((f) => `--${f}`);
    if (given.length)
      throw new CliError('conflicting-options', { flags: ['--decision', ...given].join(', '), detail: 'the decision already has these fields / quyết định đã có các trường này' });
    const path = findDecision(root, options.decision);
    const entry = content.decisions.find((d) => d.path === path);
    const parsed = entry ? decisionSchema.safeParse(entry.data) : undefined;
    if (!entry) throw new CliError('decision-not-found', { value: options.decision });
    if (!parsed?.success) throw new CliError('decision-unreadable', { file: entry.file });
    existing = { path, text: readFileSync(path, 'utf8'), data: parsed.data };
  } else {
    const missing = missingFlags(DECISION_FLAGS, values);
    if (missing.length) throw new CliError('missing-options', { flags: missing.join(', ') });
  }

  const date = existing?.data.date ?? isoDateInput(String(values.date));
  const award = existing?.data.award ?? resolveId(content, 'awards', String(values.award));
  const single = (flag: string) => (typeof values[flag] === 'string' ? values[flag] : undefined);
  const ctx = {
    kind: defaultKind(single('kind'), awardKinds(content, award)),
    place: resolvePlace(content, single('place'), date),
    occupation: parseOccupationFlag(single('occupation')),
    places: placeFinder(placeRefs(content), date),
    date,
  };

  const books: Workbook[] = [];
  for (const file of options.files) books.push(await readSpreadsheet(file));
  const plan = planImport(books, { sheet: options.sheet, ctx, existing: existing ? decisionRecipients(existing.data) : [] });
  const recipients = plan.recipients.map((p) => p.recipient);

  let draft: Pick<Draft, 'collection' | 'relPath' | 'copies'>;
  let text: string;
  let newDraft: Draft | undefined;
  if (existing) {
    draft = { collection: 'decisions', relPath: relative(root, existing.path).split(sep).join('/'), copies: [] };
    text = appendRecipients(displayPath(root, existing.path), existing.text, recipients);
  } else {
    newDraft = draftDecision(values, content, recipients);
    draft = newDraft;
    text = renderEntry(newDraft);
  }
  const path = join(root, draft.relPath);
  const target = { file: displayPath(root, path), path, isNew: !existing, existing: existing ? decisionRecipients(existing.data).length : 0 };
  const result: ImportResult = { plan, target, text, written: false, problems: [] };
  if (!recipients.length) {
    if (options.write) result.refusal = new CliError('nothing-to-write');
    return result;
  }
  if (newDraft && existsSync(path)) {
    result.refusal = new CliError('file-exists', { file: target.file });
    return result;
  }

  result.problems = checkDraft(root, draft, text, today);
  if (!options.write) return result;
  if (result.problems.some((p) => p.file === target.file)) {
    result.refusal = new CliError('invalid-entry');
    return result;
  }
  if (newDraft) writeDraft(root, newDraft, text);
  else writeFileSafely(path, text, target.file);
  result.written = true;
  result.problems = validateFolder(root, today).problems;
  return result;
}
