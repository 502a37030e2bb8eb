#!/usr/bin/env node
/**
 * npm run bench:honorees [-- --content corpus/default] [-- --site bench/out/english-5000]
 * How far honoree pages go (ADR 0015): how many honorees the rule gives a page (a stable id, or two or more
 * awards), how many a page for every recipient would need, and, from a built site, what the record pages
 * of each route weigh. Counts, not timings: build seconds come from the build's own log.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPortal, honoreeKey } from '../src/model/portal.ts';
import { validateFolder } from '../src/validate/validate.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'corpus/default' }, site: { type: 'string' } } });
const { content, problems } = validateFolder(resolve(values.content!));
if (problems.length) throw new Error(`${values.content}: ${problems.length} problems; run npm run check -- --content ${values.content}`);
const portal = buildPortal({ ...content, stories: [] });

const rows = portal.decisions.flatMap((d) => d.rows);
const everyone = new Set(rows.map((r) => honoreeKey(r.recipient)));
const withId = portal.honorees.filter((h) => h.stableId).length;
const table: [string, number][] = [
  ['decisions', portal.decisions.length],
  ['recipient rows', rows.length],
  ['honoree pages (stable id or 2+ awards)', portal.honorees.length],
  ['  of which with a stable id', withId],
  ['  of which 2+ awards without one', portal.honorees.length - withId],
  ['honoree pages if every recipient had one', everyone.size],
];
console.log(`content: ${values.content}`);
for (const [label, n] of table) console.log(`${label.padEnd(44)} ${n.toLocaleString('en-GB')}`);

/** Pages and bytes under one folder of a built site. */
function weigh(folder: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, bytes };
}

if (values.site) {
  const site = resolve(values.site);
  const all = weigh(site);
  console.log(`\nsite: ${values.site}: ${all.pages.toLocaleString('en-GB')} pages, ${(all.bytes / 1e6).toFixed(1)} MB`);
  for (const route of ['quyet-dinh', 'nguoi-duoc-khen', 'en/quyet-dinh', 'en/nguoi-duoc-khen']) {
    const { pages, bytes } = weigh(join(site, route));
    console.log(`${route.padEnd(20)} ${String(pages).padStart(7)} pages ${(bytes / 1e6).toFixed(1).padStart(7)} MB  ${(bytes / Math.max(pages, 1) / 1e3).toFixed(1)} KB a page`);
  }
}
