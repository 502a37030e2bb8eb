#!/usr/bin/env node
/**
 * npm run bench:open-data [-- --content corpus/default] [--rounds 3]
 * The build's open-data step alone (src/build/content-steps.ts: each decision's files, the whole data set,
 * each browse page's files), one process, no Astro beside it: first with an empty spreadsheet folder (a
 * first build, every spreadsheet written), then again over the folder it filled (an edit's build, every
 * spreadsheet kept). Then, in turns in the same process (ratios, since the machine is shared), the CSV
 * writer (src/text/csv.ts) against csv-stringify, which it replaced, over every decision's rows, and the
 * spreadsheets of 300 decisions from write-excel-file's universal export (src/publish/xlsx.ts) against
 * its Node export, which it replaced.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import writeXlsxNode from 'write-excel-file/node';
import { writeOpenData, writePageData } from '../src/build/content-steps.ts';
import { spreadsheetCache } from '../src/build/spreadsheet-cache.ts';
import { buildPortal } from '../src/model/portal.ts';
import { exportContext, exportRows, recordsCsv } from '../src/publish/exports.ts';
import { EXPORT_COLUMNS } from '../src/schemas/export.ts';
import { sheetData, sheetName, toXlsx } from '../src/publish/xlsx.ts';
import { neutraliseFormula } from '../src/text/formula-guard.ts';
import { validateFolder } from '../src/validate/validate.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'corpus/default' }, rounds: { type: 'string', default: '3' } } });
const load = () => loadavg()[0]!.toFixed(2);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(`content: ${values.content}; load average ${load()}`);

let started = performance.now();
const { content, problems } = validateFolder(resolve(values.content!));
if (problems.length) throw new Error(`${values.content}: ${problems.length} problems; run npm run check -- --content ${values.content}`);
const portal = buildPortal({ ...content, stories: [] });
const ctx = exportContext(portal, 'https://khenthuong.example.gov.vn', '/');
console.log(`validated and modelled: ${portal.decisions.length} decisions in ${seconds(performance.now() - started)} s`);

const work = mkdtempSync(join(tmpdir(), 'bench-open-data-'));
const sheets = join(work, 'spreadsheets');
try {
  for (const run of ['spreadsheets written (first build)', 'spreadsheets kept (an edit)']) {
    const out = join(work, 'site');
    rmSync(out, { recursive: true, force: true });
    const cache = spreadsheetCache(sheets);
    started = performance.now();
    const data = await writeOpenData(out, ctx, cache);
    const decisionsMs = performance.now() - started;
    const places = await writePageData(out, ctx, data.rows, cache);
    const totalMs = performance.now() - started;
    const pages = { files: data.listFiles.files + places.files, bytes: data.listFiles.bytes + places.bytes };
    const { written, reused } = cache.finish();
    console.log(
      `${run}: ${seconds(totalMs)} s (decisions, whole data set and list pages ${seconds(decisionsMs)} s, place pages and statistics ${seconds(totalMs - decisionsMs)} s); ` +
        `${data.decisionFiles} decision files, ${pages.files} page files (${(pages.bytes / 1048576).toFixed(0)} MB); spreadsheets ${written} written, ${reused} kept; load ${load()}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// csv-stringify as src/publish/exports.ts set it until 2026-12-05 (tests/text/csv.test.ts holds the two to the same bytes).
const REFERENCE = { record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { string: neutraliseFormula, boolean: (value: boolean) => String(value) } } as const;
const rowsByDecision = portal.decisions.map((d) => exportRows(ctx, [d]));
const writers = {
  'csv-stringify': (rows: (typeof rowsByDecision)[number]) => stringify(rows, { ...REFERENCE, columns: [...EXPORT_COLUMNS] }),
  'src/text/csv.ts': (rows: (typeof rowsByDecision)[number]) => recordsCsv(EXPORT_COLUMNS, rows, false),
};
const totals = { 'csv-stringify': 0, 'src/text/csv.ts': 0 };
const rounds = Number(values.rounds);
for (let round = 0; round < rounds; round += 1) {
  for (const [name, write] of Object.entries(writers) as [keyof typeof writers, (typeof writers)[keyof typeof writers]][]) {
    started = performance.now();
    // Its bytes counted, so that each string is built whole, as a file write needs it.
    for (const rows of rowsByDecision) Buffer.byteLength(write(rows));
    totals[name] += performance.now() - started;
  }
}
const rows = rowsByDecision.reduce((n, list) => n + list.length, 0);
const [reference, ours] = [totals['csv-stringify'] / rounds, totals['src/text/csv.ts'] / rounds];
console.log(
  `CSV of ${rows} rows, a decision at a time, mean of ${rounds} rounds in turn: csv-stringify ${seconds(reference)} s, src/text/csv.ts ${seconds(ours)} s; ratio ${(reference / ours).toFixed(2)}; load ${load()}`,
);

// write-excel-file's Node export as src/publish/xlsx.ts used it until 2026-12-05.
const sampled = rowsByDecision.slice(0, 300);
const spreadsheetWriters = {
  'write-excel-file/node': (rows: (typeof rowsByDecision)[number]) => writeXlsxNode(sheetData(EXPORT_COLUMNS, rows), { sheet: sheetName('x'), stickyRowsCount: 1 }).toBuffer(),
  'write-excel-file/universal (toXlsx)': (rows: (typeof rowsByDecision)[number]) => toXlsx(EXPORT_COLUMNS, rows, 'x'),
};
const sheetTotals: Record<string, number> = {};
for (let round = 0; round < rounds; round += 1) {
  for (const [name, write] of Object.entries(spreadsheetWriters)) {
    started = performance.now();
    for (const rows of sampled) await write(rows);
    sheetTotals[name] = (sheetTotals[name] ?? 0) + performance.now() - started;
  }
}
const [node, universal] = Object.values(sheetTotals).map((ms) => ms / rounds / sampled.length);
console.log(
  `Spreadsheets of ${sampled.length} decisions (${sampled.reduce((n, list) => n + list.length, 0)} rows), mean of ${rounds} rounds in turn: ` +
    `write-excel-file/node ${node!.toFixed(1)} ms a file, universal (toXlsx) ${universal!.toFixed(1)} ms; ratio ${(node! / universal!).toFixed(2)}; load ${load()}`,
);
