#!/usr/bin/env node
/**
 * npm run new -- decision|story|movement [--flag value …] [--content DIR] [--lang en]
 * Writes a new entry in the right folder under the right name, after checking it as `npm run check`
 * would; asks for missing required fields in a terminal; never overwrites a file.
 * Exit code: 0 written and valid; 1 content problems; 2 the command could not run.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { contentRoot, readContent } from '../src/validate/content-files.ts';
import { CliError } from '../src/staff/cli-error.ts';
import { formatProblems } from '../src/validate/problems.ts';
import { formatCounts } from '../src/validate/counts.ts';
import { ENTRY_FLAGS, ENTRY_TYPES, checkDraft, completeValues, displayPath, draftEntry, renderEntry, writeDraft, type EntryType } from '../src/staff/scaffold.ts';
import { validateFolder } from '../src/validate/validate.ts';

const argv = process.argv.slice(2);
const lang = argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';

const USAGE = {
  vi: `Cách dùng: npm run new -- decision|story|movement [--tham-số giá-trị …]
  decision: --number --date --authority --award --reason --year --signer --signer-title --recipient (nhiều lần)
            [--kind --place --occupation --movement --occasion --slug]
  story:    --title --summary [--date --honoree --decision --place --movement --image --image-alt --author --slug]
  movement: --title --launched-by --summary [--title-en --from --to --slug]
Thiếu tham số bắt buộc thì lệnh hỏi từng mục (trong cửa sổ dòng lệnh). Thêm --content THƯ-MỤC, --lang en nếu cần.`,
  en: `Usage: npm run new -- decision|story|movement [--flag value …]
  decision: --number --date --authority --award --reason --year --signer --signer-title --recipient (repeatable)
            [--kind --place --occupation --movement --occasion --slug]
  story:    --title --summary [--date --honoree --decision --place --movement --image --image-alt --author --slug]
  movement: --title --launched-by --summary [--title-en --from --to --slug]
Missing required fields are asked for in a terminal. Add --content DIR, --lang en if needed.`,
};

const WORDS = {
  vi: { wrote: (file: string) => `Đã tạo ${file}. Mở tệp để viết nội dung, rồi chạy npm run check.`, refused: 'Chưa ghi gì.' },
  en: { wrote: (file: string) => `Created ${file}. Open it to write the text, then run npm run check.`, refused: 'Nothing was written.' },
};

function fail(error: unknown): never {
  if (!(error instanceof CliError)) throw error;
  console.error(`✗ ${error.describe(lang)}`);
  process.exit(2);
}

const type = argv[0] as EntryType;
if (!ENTRY_TYPES.includes(type)) {
  console.error(USAGE[lang]);
  process.exit(argv[0] === '--help' || argv[0] === '-h' ? 0 : 2);
}
const specs = ENTRY_FLAGS[type];

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
  fail(new CliError('unknown-option', { detail: `${(error as Error).message}\n${USAGE[lang]}` }));
}

const root = values.content ? resolve(String(values.content)) : contentRoot();
try {
  const answers = await completeValues(specs, values, lang);
  const draft = draftEntry(type, answers, readContent(root).content);
  const text = renderEntry(draft);
  const file = displayPath(root, resolve(root, draft.relPath));
  const own = checkDraft(root, draft, text).filter((p) => p.file === file);
  if (own.length) {
    console.error(formatProblems(own, lang));
    console.error(WORDS[lang].refused);
    process.exit(1);
  }
  writeDraft(root, draft, text);
  console.log(WORDS[lang].wrote(file));
  const { problems, counts } = validateFolder(root);
  if (problems.length) console.error(formatProblems(problems, lang));
  else console.log(formatCounts(counts, lang));
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  fail(error);
}
