#!/usr/bin/env node
/**
 * npm run check [-- --json] [-- --lang en] [-- --content DIR]
 * Validates every content file without building; exits 1 when anything is wrong.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { formatNotices, formatProblems, describeProblem } from '../src/validate/problems.ts';
import { contentRoot } from '../src/validate/content-files.ts';
import { validateFolder } from '../src/validate/validate.ts';
import { formatCounts } from '../src/validate/counts.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'vi' },
    content: { type: 'string' },
  },
});
const lang = values.lang === 'en' ? 'en' : 'vi';
const root = values.content ? resolve(values.content) : contentRoot();
const { problems, notices, counts } = validateFolder(root);

if (values.json) {
  const rows = (list: typeof problems) => list.map((p) => ({ ...p, ...describeProblem(p, lang) }));
  process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, counts, problems: rows(problems), notices: rows(notices) }, null, 2)}\n`);
} else {
  if (notices.length) console.log(formatNotices(notices, lang));
  if (problems.length) console.error(formatProblems(problems, lang));
  else console.log(formatCounts(counts, lang));
}
process.exitCode = problems.length ? 1 : 0;
