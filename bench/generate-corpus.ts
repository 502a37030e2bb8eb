#!/usr/bin/env node
/**
 * npm run generate -- [--out corpus/default] [--decisions 5000] [--recipients 150000] [--stories 200]
 *                     [--years 10] [--seed 1] [--names data/names] [--awards content/awards.yaml]
 * Writes a synthetic content folder (bench/corpus.ts) that `npm run check -- --content DIR` accepts,
 * for benchmarks and tests. A folder is replaced only if this command wrote it: it then holds
 * corpus.json, the options it was made with.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_VERSION, DEFAULT_CORPUS_OPTIONS, generateCorpus, type CorpusOptions } from './corpus.ts';

/** What a generated folder records about itself; the benchmark reuses a folder whose manifest matches. */
export const MANIFEST = 'corpus.json';

const ROOT = resolve(import.meta.dirname, '..');
const D = DEFAULT_CORPUS_OPTIONS;
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'corpus/default' },
    decisions: { type: 'string', default: String(D.decisions) },
    recipients: { type: 'string', default: String(D.recipients) },
    stories: { type: 'string', default: String(D.stories) },
    years: { type: 'string', default: String(D.years) },
    seed: { type: 'string', default: String(D.seed) },
    names: { type: 'string', default: join(ROOT, 'data/names') },
    awards: { type: 'string', default: join(ROOT, 'content/awards.yaml') },
  },
});

function whole(name: keyof typeof values): number {
  const text = String(values[name]);
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, not "${text}"`);
  return Number(text);
}

const options: CorpusOptions = {
  decisions: whole('decisions'),
  recipients: whole('recipients'),
  stories: whole('stories'),
  years: whole('years'),
  lastYear: D.lastYear,
  seed: whole('seed'),
};
const out = resolve(values.out);
const namesDir = resolve(values.names);

if (existsSync(out) && readdirSync(out).length && !existsSync(join(out, MANIFEST))) {
  console.error(`${out} is not empty and was not made by this command (no ${MANIFEST}); choose another --out.`);
  process.exit(1);
}

const started = performance.now();
const corpus = generateCorpus(options, {
  awardsYaml: readFileSync(resolve(values.awards), 'utf8'),
  maleNames: readFileSync(join(namesDir, 'vn-given-names-male.txt'), 'utf8'),
  femaleNames: readFileSync(join(namesDir, 'vn-given-names-female.txt'), 'utf8'),
});
rmSync(out, { recursive: true, force: true });
const made = new Set<string>();
let files = 0;
for (const file of corpus.files) {
  const path = join(out, file.path);
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(path, file.text);
  files += 1;
}
writeFileSync(
  join(out, 'README.md'),
  `# Synthetic content (generated)\n\nMade by \`npm run generate\` (bench/corpus.ts) with the options in ${MANIFEST}. The province, places,\nauthorities' names, people and texts are made up for benchmarks and tests; the award forms are copied\nfrom content/awards.yaml. Do not edit: generate again.\n`,
);
// Written last: a folder without it was not finished.
writeFileSync(join(out, MANIFEST), `${JSON.stringify({ version: CORPUS_VERSION, options, counts: corpus.counts }, null, 2)}\n`);

const c = corpus.counts;
console.log(
  `Đã tạo ${relative(process.cwd(), out) || '.'}: ${c.decisions} quyết định, ${c.recipients} lượt khen thưởng, ${c.stories} gương điển hình, ` +
    `${c.movements} phong trào, ${c.authorities} cơ quan, ${c.places} đơn vị hành chính; ${files} tệp trong ${Math.round(performance.now() - started)} ms.`,
);
