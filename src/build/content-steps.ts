/**
 * The build's work on the content that Astro does not need to do: validate the whole folder, and write
 * the open data (each decision's CSV/JSON and the whole data set) and the name finder's shards from the
 * content the validator parsed; then fill the sizes of the whole data set's files into the open-data pages.
 * `npm run build` (scripts/build.ts) runs these in a worker thread beside `astro build`, on the machine's
 * other core; `astro build` on its own runs them in the portal integration. One code path either way.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Redirect } from '../schemas/redirect.ts';
import { contentRoot } from '../validate/content-files.ts';
import { DATASET_SIZE_ATTRIBUTE, datasetFiles, decisionFiles, exportContext, exportRows, formatSize } from '../publish/exports.ts';
import { folderSize } from './files.ts';
import type { Located, ParsedContent } from '../validate/integrity.ts';
import { buildPortal, type Portal } from '../model/portal.ts';
import { formatReport } from '../validate/problems.ts';
import { SHARD_FOLDER, SHARD_MANIFEST, buildShards, nameEntries, shardFile, shardManifest, type NameEntry } from '../search/names.ts';
import { checkBuild, redirectTemplate, builtPages } from './url-manifest.ts';
import { makeUrls } from '../routes/urls.ts';
import { validateFolder, type ContentCounts } from '../validate/validate.ts';

export type ContentCheck = { ok: true; counts: ContentCounts; content: ParsedContent; ms: number } | { ok: false; report: string };

/** The validator over the content folder (PORTAL_CONTENT_DIR), with every problem in one report. */
export function checkContent(): ContentCheck {
  const started = performance.now();
  const { problems, counts, content } = validateFolder();
  if (problems.length) return { ok: false, report: formatReport(problems) };
  return { ok: true, counts, content, ms: Math.round(performance.now() - started) };
}

export interface WrittenFiles {
  /** Per-decision CSV and JSON files. */
  dataFiles: number;
  /** Name-finder shards, the manifest not counted. */
  nameShards: number;
}

/** The open data and the name finder's shards under `outDir`, from one portal model of the content. */
export function writeContentFiles(outDir: string, content: ParsedContent, site: string | undefined, base: string): WrittenFiles {
  const portal = buildPortal({ ...content, stories: [] });
  return { dataFiles: writeDecisionData(outDir, portal, site, base), nameShards: writeNameShards(outDir, nameEntries(portal)) };
}

/**
 * The name finder's shards and their manifest (src/search/names.ts). Plain files, like the open
 * data: as Astro routes, their serialisation sat on the rendering's one core.
 */
export function writeNameShards(outDir: string, entries: readonly NameEntry[]): number {
  const folder = join(outDir, SHARD_FOLDER);
  mkdirSync(folder, { recursive: true });
  const shards = buildShards(entries);
  for (const [key, list] of shards) writeFileSync(join(folder, `${key}.json`), JSON.stringify(shardFile(list)));
  writeFileSync(join(folder, `${SHARD_MANIFEST}.json`), JSON.stringify(shardManifest(shards)));
  return shards.size;
}

/**
 * The whole data set (`data/khen-thuong.csv|.json`) and `data/quyet-dinh/<id>.csv|.json` for every
 * decision, under `outDir`, from one pass that computes each decision's rows once. Plain file writes: as
 * Astro routes, ten thousand small files cost more than the decision pages, and the whole data set
 * outgrows a string, so it is written a decision at a time. Returns the number of per-decision files.
 */
function writeDecisionData(outDir: string, portal: Portal, site: string | undefined, base: string): number {
  const ctx = exportContext(portal, site, base);
  const dataset = datasetFiles(ctx).map((file) => {
    const path = join(outDir, 'data', file.file);
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    writeSync(fd, file.head);
    return { file, fd };
  });
  let written = 0;
  let first = true;
  try {
    for (const decision of portal.decisions) {
      const rows = exportRows(ctx, [decision]);
      for (const file of Object.values(decisionFiles(ctx, decision, rows))) {
        const path = join(outDir, 'data', file.file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.body());
        written += 1;
      }
      if (!rows.length) continue;
      for (const { file, fd } of dataset) writeSync(fd, file.piece(rows, first));
      first = false;
    }
    for (const { file, fd } of dataset) writeSync(fd, file.tail);
  } finally {
    for (const { fd } of dataset) closeSync(fd);
  }
  return written;
}

/**
 * The open-data pages (every language) with the sizes of the whole data set's files filled in from the
 * files in `outDir`; throws if a page has no cell to fill, or a file is missing.
 */
export function fillDatasetSizes(outDir: string): void {
  for (const lang of ['vi', 'en'] as const) {
    const page = join(outDir, makeUrls('/', lang).openData(), 'index.html');
    let filled = 0;
    const html = readFileSync(page, 'utf8').replace(
      new RegExp(`<td([^>]*?) ${DATASET_SIZE_ATTRIBUTE}="([^"]+)"([^>]*)></td>`, 'g'),
      (_, before: string, file: string, after: string) => {
        filled += 1;
        return `<td${before}${after}>${formatSize(statSync(join(outDir, 'data', file)).size, lang)}</td>`;
      },
    );
    if (!filled) throw new Error(`${page}: no cell for the size of the whole data set's files.`);
    writeFileSync(page, html);
  }
}

/**
 * Every address published before must still have a page or a redirect: throws with the missing ones and
 * a redirect template; otherwise says how the addresses stand.
 */
export function checkPermanentUrls(outDir: string, redirects: readonly Located<Redirect>[], site: string | undefined, base: string): string {
  const check = checkBuild(outDir, contentRoot(), [...redirects], site, base);
  if (check.problems.length) {
    const template = check.missing.length ? `\nMẫu chuyển hướng (sửa to: thành trang thay thế):\n${redirectTemplate(check.missing, builtPages(outDir))}` : '';
    throw new Error(`Có địa chỉ đã công bố không còn dùng được, dừng build.\n${formatReport(check.problems)}${template}`);
  }
  if (check.created) return `Lần công bố đầu tiên: đã tạo ${check.manifestFile} với ${check.pages} địa chỉ cố định.`;
  return `Địa chỉ cố định: mọi địa chỉ trong ${check.manifestFile} đều còn (${check.redirected} qua chuyển hướng); ${check.added.length} địa chỉ mới${check.added.length ? ', chạy npm run urls:update để thêm vào danh sách' : ''}.`;
}

/** What went in and what came out: the line every build ends with. */
export function buildSummary(outDir: string, counts: ContentCounts | undefined, dataFiles: number): string {
  const size = folderSize(outDir);
  const html = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const read = counts ? `${counts.decisions} quyết định, ${counts.recipients} lượt khen thưởng` : 'nội dung';
  return `Đã đọc ${read}; đã ghi ${html} trang và ${dataFiles} tệp dữ liệu theo quyết định (${size.files} tệp, ${(size.bytes / 1048576).toFixed(1)} MB).`;
}
