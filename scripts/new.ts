#!/usr/bin/env node
/**
 * npm run new -- decision|story|movement|authority|place|award [--flag value …] [--content DIR] [--lang en]
 * Writes a new entry in the right folder under the right name, or appends one to a catalogue, after
 * checking it as `npm run check` would; asks for missing required fields in a terminal; never
 * overwrites a file.
 * Exit code: 0 written and valid; 1 content problems; 2 the command could not run.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { contentRoot, readContent } from '../src/validate/content-files.ts';
import { CliError } from '../src/staff/cli-error.ts';
import { formatProblems } from '../src/validate/problems.ts';
import { formatCounts } from '../src/validate/counts.ts';
import { CATALOGUE_FLAGS, CATALOGUE_TYPES, addCatalogueEntry, type CatalogueType } from '../src/staff/catalogue-entry.ts';
import { ENTRY_FLAGS, ENTRY_TYPES, checkDraft, completeValues, displayPath, draftEntry, renderEntry, writeDraft, type EntryType } from '../src/staff/scaffold.ts';
import { CLI_TEXT } from '../src/i18n/cli.ts';
import { translate } from '../src/i18n/lang.ts';
import { validateFolder } from '../src/validate/validate.ts';

const argv = process.argv.slice(2);
const lang = argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const say = (key: keyof typeof CLI_TEXT, params: Record<string, string> = {}) => translate(CLI_TEXT, key, lang, params);

function fail(error: unknown): never {
  if (!(error instanceof CliError)) throw error;
  console.error(`✗ ${error.describe(lang)}`);
  process.exit(2);
}

const type = argv[0] as EntryType | CatalogueType;
const isCatalogue = (CATALOGUE_TYPES as readonly string[]).includes(type);
if (!isCatalogue && !(ENTRY_TYPES as readonly string[]).includes(type)) {
  const help = argv.includes('--help') || argv.includes('-h');
  (help ? console.log : console.error)(say('new-usage'));
  process.exit(help ? 0 : 2);
}
const specs = isCatalogue ? CATALOGUE_FLAGS[type as CatalogueType] : ENTRY_FLAGS[type as EntryType];

let values;
try {
  values = parseArgs({
    args: argv.slice(1),
    options: {
      content: { type: 'string' },
      lang: { type: 'string', default: 'vi' },
      ...Object.fromEntries(specs.map((s) => [s.flag, s.multiple ? { type: 'string' as const, multiple: true } : { type: 'string' as const }])),
    },
  }).values;
} catch (error) {
  fail(new CliError('unknown-option', { detail: `${(error as Error).message}\n${say('new-usage')}` }));
}

const root = values.content ? resolve(String(values.content)) : contentRoot();
try {
  const answers = await completeValues(specs, values, lang);
  if (isCatalogue) {
    const result = addCatalogueEntry(root, type as CatalogueType, answers);
    if (!result.written) {
      console.error(formatProblems(result.problems, lang));
      console.error(say('new-refused'));
      process.exit(1);
    }
    console.log(`${say('new-added', { id: result.id, file: result.file })}\n${result.yaml.trimEnd()}`);
  } else {
    const draft = draftEntry(type as EntryType, answers, readContent(root).content);
    const text = renderEntry(draft);
    const file = displayPath(root, resolve(root, draft.relPath));
    // A decision made without recipients is a draft the import fills: its empty list is expected, not an error.
    const draftOnly = Array.isArray(draft.data.recipients) && draft.data.recipients.length === 0;
    const own = checkDraft(root, draft, text).filter((p) => p.file === file && !(draftOnly && ['recipients', 'award'].includes(p.field)));
    if (own.length) {
      console.error(formatProblems(own, lang));
      console.error(say('new-refused'));
      process.exit(1);
    }
    writeDraft(root, draft, text);
    console.log(say(draftOnly ? 'new-draft' : 'new-wrote', { file }));
    if (draftOnly) process.exit(0);
  }
  const { problems, counts } = validateFolder(root);
  if (problems.length) console.error(formatProblems(problems, lang));
  else console.log(formatCounts(counts, lang));
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  fail(error);
}
