#!/usr/bin/env node
/**
 * npm run import -- <danh-sach.xlsx|danh-sach.csv> … [--decision FILE | --number … --date … --authority …
 *   --reason … --year … --signer … --signer-title …] [--award …] [--sheet NAME] [--kind K] [--place P] [--write]
 *   [--content DIR] [--lang en]
 * Turns lists of honorees into the award lines of a new or existing decision. Dry run unless --write.
 * Exit code: 0 all good; 1 rows to fix, content problems or nothing written; 2 the command could not run.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { contentRoot } from '../src/validate/content-files.ts';
import { CliError } from '../src/staff/cli-error.ts';
import { unreadableRows } from '../src/staff/import/plan.ts';
import { IMPORT_WORDS, formatPlan } from '../src/staff/import/report.ts';
import { runImport } from '../src/staff/import/run.ts';
import { formatProblems } from '../src/validate/problems.ts';
import { DECISION_FLAGS, completeValues } from '../src/staff/scaffold.ts';
import { CLI_TEXT } from '../src/i18n/cli.ts';
import { translate } from '../src/i18n/lang.ts';

const argv = process.argv.slice(2);
const lang = argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const USAGE = translate(CLI_TEXT, 'import-usage', lang);

function fail(error: unknown): never {
  if (!(error instanceof CliError)) throw error;
  console.error(`✗ ${error.describe(lang)}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      decision: { type: 'string' },
      sheet: { type: 'string' },
      write: { type: 'boolean', default: false },
      content: { type: 'string' },
      lang: { type: 'string', default: 'vi' },
      help: { type: 'boolean', short: 'h', default: false },
      ...Object.fromEntries(DECISION_FLAGS.map((f) => [f.flag, { type: 'string' as const }])),
    },
  });
} catch (error) {
  fail(new CliError('unknown-option', { detail: `${(error as Error).message}\n${USAGE}` }));
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = values.content ? resolve(values.content) : contentRoot();
const words = IMPORT_WORDS[lang];
try {
  const fields = values.decision || !positionals.length ? values : await completeValues(DECISION_FLAGS, values, lang);
  const result = await runImport({ files: positionals, root, sheet: values.sheet, decision: values.decision, values: fields, write: values.write });
  console.log(formatPlan(result, lang));
  if (result.refusal) console.error(`✗ ${result.refusal.describe(lang)}`);
  else if (!result.written) console.log(words.dryRun);
  if (result.problems.length) console.error(`${result.written ? '' : `${words.preview}\n`}${formatProblems(result.problems, lang)}`);
  else if (result.plan.recipients.length && !result.refusal) console.log(result.written ? words.clean : words.previewClean);
  const needsWork = result.refusal !== undefined || result.problems.length > 0 || unreadableRows(result.plan).length > 0;
  process.exitCode = needsWork ? 1 : 0;
} catch (error) {
  fail(error);
}
