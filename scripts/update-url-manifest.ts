#!/usr/bin/env node
/**
 * npm run urls:update [-- --dist DIR] [-- --content DIR]
 * Adds the pages of a built site to the content folder's `urls.manifest.txt` (run after `npm run build`).
 * Addresses are only ever added: one that lost its page stays listed, and needs a redirect.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, CONTENT_LAYOUT } from '../src/validate/content-files.ts';
import { builtPages, contentFileLabel, formatManifest, manifestPath, parseManifest, withEnglishCounterparts } from '../src/build/url-manifest.ts';
import { validateFolder } from '../src/validate/validate.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, content: { type: 'string' } } });
const dist = resolve(values.dist ?? process.env.PORTAL_OUT_DIR ?? 'dist');
const root = values.content ? resolve(values.content) : contentRoot();
if (!existsSync(`${dist}/index.html`)) {
  console.error(`✗ Không thấy bản build ở ${dist}. Chạy npm run build trước (hoặc chỉ thư mục bằng --dist).`);
  process.exit(1);
}

const file = manifestPath(root);
const label = contentFileLabel(root, CONTENT_LAYOUT.urlManifest.file);
const listed = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : [];
// Pages the build wrote for redirects are old addresses, already listed; they are not new pages.
const built = builtPages(dist);
const redirected = new Set(withEnglishCounterparts(validateFolder(root).content.redirects, built).map((r) => r.data.from));
const pages = [...built].filter((path) => !redirected.has(path));
const known = new Set(listed);
const added = pages.filter((path) => !known.has(path));
writeFileSync(file, formatManifest([...listed, ...pages]));
const gone = listed.filter((path) => !pages.includes(path) && !redirected.has(path));
console.log(`✓ ${label}: thêm ${added.length} địa chỉ mới, tổng ${known.size + added.length} địa chỉ.`);
for (const path of added) console.log(`  + ${path}`);
if (gone.length) console.log(`! ${gone.length} địa chỉ đã công bố không còn trang và chưa có chuyển hướng; npm run build sẽ báo lỗi:\n${gone.map((p) => `  - ${p}`).join('\n')}`);
