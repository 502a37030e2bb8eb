#!/usr/bin/env node
/**
 * npm run bench:pages [-- --dist DIR]
 * Page weight of a built site: the largest HTML page, each page type's largest and median page, and a
 * decision page's total with the CSS and scripts it loads, raw and gzip-compressed (what a phone
 * downloads from a server that compresses). Without --dist it builds the sample portal first.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string', default: '/' } } });
const root = resolve(import.meta.dirname, '..');
let dist = values.dist ? resolve(values.dist) : join(root, 'bench/out/pages-sample');
if (!values.dist) {
  console.log('Building the sample portal into bench/out/pages-sample …');
  const build = spawnSync('npx', ['astro', 'build'], { cwd: root, env: { ...process.env, PORTAL_OUT_DIR: dist }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
}
dist = resolve(dist);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer) => gzipSync(buf, { level: 6 }).length;

const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => {
    const path = join(e.parentPath, e.name);
    const html = readFileSync(path);
    const rel = relative(dist, path);
    const type = rel.startsWith('en/') ? `en/${rel.split('/')[1]}` : rel.includes('/') ? rel.split('/')[0]! : rel;
    return { rel, type, bytes: html.length, gzip: gz(html), html: html.toString('utf8') };
  });

/** Stylesheets and scripts a page loads by itself (not those loaded later on demand). */
function assetsOf(html: string): string[] {
  const refs = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs)].filter((r) => !/^https?:/.test(r));
}
function assetBytes(ref: string): { bytes: number; gzip: number; js: boolean } {
  const file = readFileSync(join(dist, ref.replace(values.base!, '/').split('?')[0]!));
  return { bytes: file.length, gzip: gz(file), js: ref.endsWith('.js') };
}

const byType = new Map<string, typeof pages>();
for (const p of pages) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);

console.log(`\nSite: ${dist}\nHTML pages: ${pages.length}, total ${kb(pages.reduce((n, p) => n + p.bytes, 0))}`);
const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
console.log(`Largest HTML page: /${largest.rel} – ${kb(largest.bytes)} (${kb(largest.gzip)} gzip)\n`);
console.log('page type'.padEnd(28), 'pages'.padStart(6), 'median'.padStart(10), 'largest'.padStart(10), 'largest gz'.padStart(11));
for (const [type, list] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
  const sizes = list.map((p) => p.bytes).sort((a, b) => a - b);
  const big = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  console.log(type.padEnd(28), String(list.length).padStart(6), kb(sizes[Math.floor(sizes.length / 2)]!).padStart(10), kb(big.bytes).padStart(10), kb(big.gzip).padStart(11));
}

const decisions = pages.filter((p) => p.type === 'quyet-dinh' && !p.rel.startsWith('quyet-dinh/index') && !p.rel.includes('/trang/'));
const sorted = [...decisions].sort((a, b) => a.bytes - b.bytes);
for (const [label, page] of [['median', sorted[Math.floor(sorted.length / 2)]], ['largest', sorted.at(-1)]] as const) {
  if (!page) continue;
  const assets = assetsOf(page.html).map(assetBytes);
  const total = page.bytes + assets.reduce((n, a) => n + a.bytes, 0);
  const totalGz = page.gzip + assets.reduce((n, a) => n + a.gzip, 0);
  const js = assets.filter((a) => a.js).reduce((n, a) => n + a.bytes, 0);
  console.log(`\nDecision page (${label}): /${page.rel}\n  HTML ${kb(page.bytes)} + ${assets.length} CSS/JS file(s) = ${kb(total)} (${kb(totalGz)} gzip); JavaScript loaded up front: ${kb(js)}`);
}
