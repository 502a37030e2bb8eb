/**
 * The build's work that Astro does not do: validate the whole content folder; write the open data
 * (each decision's CSV/JSON and the whole data set) and the name finder's shards from the content the
 * validator parsed; check the published addresses; say what went in and came out. The steps of
 * src/build/pipeline.ts call these, in the order it gives.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byteSize, datasetFiles, datasetSpreadsheet, decisionFiles, exportRows, rowsText, streamedRows, type ExportContext, type RowsText, type StreamedRows } from '../publish/exports.ts';
import { pageRows, statisticsXlsx } from '../publish/page-data.ts';
import { hasSpreadsheet } from '../publish/xlsx.ts';
import { RowsDigest, spreadsheetCache, type Spreadsheets } from './spreadsheet-cache.ts';
import { buildBrowseIndex } from '../model/browse.ts';
import { publishedSpans, spanFigures } from '../model/periods.ts';
import { yearFigures } from '../model/stats.ts';
import { EXPORT_COLUMNS, type ExportRow } from '../schemas/export.ts';
import { folderSize } from './files.ts';
import type { ParsedContent } from '../validate/integrity.ts';
import type { PublishedDecision } from '../model/portal.ts';
import { formatProblems } from '../validate/problems.ts';
import { DATA_FILES, DATA_FOLDER, NAME_ROW_FOLDER, SHARD_FOLDER } from '../routes/urls.ts';
import { bucketNameRows, nameRowFile, type NameRow } from '../search/name-rows.ts';
import { SHARD_MANIFEST, buildShards, shardFile, shardManifest, type NameEntry } from '../search/names.ts';
import { redirectTemplate, type PublishedAddressCheck } from './url-manifest.ts';
import type { DatasetSizes } from './staging.ts';
import { localAttachmentPath } from '../validate/attachments.ts';
import { validateFolder, type ContentCounts } from '../validate/validate.ts';

export type ContentCheck = { ok: true; counts: ContentCounts; content: ParsedContent; ms: number } | { ok: false; report: string };

/** The validator over the content folder (PORTAL_CONTENT_DIR), with every problem in one report. */
export function checkContent(): ContentCheck {
  const started = performance.now();
  const { problems, counts, content } = validateFolder();
  if (problems.length) return { ok: false, report: formatProblems(problems) };
  return { ok: true, counts, content, ms: Math.round(performance.now() - started) };
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

/** The search page's name-row buckets (src/search/name-rows.ts): its first answer to a name. */
export function writeNameRows(outDir: string, rows: readonly NameRow[]): number {
  const folder = join(outDir, NAME_ROW_FOLDER);
  mkdirSync(folder, { recursive: true });
  const buckets = bucketNameRows(rows);
  for (const [key, list] of buckets) writeFileSync(join(folder, `${key}.json`), JSON.stringify(nameRowFile(list)));
  return buckets.size;
}

export interface OpenData {
  /** Per-decision CSV, JSON and spreadsheet files written. */
  decisionFiles: number;
  /** Bytes of each whole-data-set file, by its path under `/data/`. */
  datasetSizes: DatasetSizes;
  /** Each decision's export rows, built once here and handed to `writePageData`. */
  rows: ReadonlyMap<string, readonly ExportRow[]>;
}

/**
 * The whole data set (`data/khen-thuong.csv|.json`, and `.xlsx` when its rows fit a spreadsheet) and
 * `data/quyet-dinh/<id>.csv|.json|.xlsx` for every decision, under `outDir`, from one pass that computes each
 * decision's rows once. Plain file writes: as Astro routes, ten thousand small files cost more than the
 * decision pages, and the whole data set outgrows a string, so it is written a decision at a time; its
 * sizes are counted on the way. Spreadsheets come from `spreadsheets`, which may keep them from the last build.
 */
export async function writeOpenData(outDir: string, ctx: ExportContext, spreadsheets: Spreadsheets = spreadsheetCache(undefined)): Promise<OpenData> {
  const dataset = datasetFiles(ctx).map((file) => ({ file, ...openRows(join(outDir, DATA_FOLDER, file.file), file) }));
  const datasetDigest = new RowsDigest();
  const built = new Map<string, readonly ExportRow[]>();
  let written = 0;
  let first = true;
  try {
    for (const decision of ctx.portal.decisions) {
      const rows = exportRows(ctx, [decision]);
      built.set(decision.id, rows);
      // Each row serialised once, for the decision's own files, the whole data set's and the spreadsheets' keys.
      const text = rowsText(rows);
      for (const file of decisionFiles(ctx, decision, text)) {
        const path = join(outDir, DATA_FOLDER, file.file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.body);
        written += 1;
      }
      // Its spreadsheet beside them, which its page links too: one decision's list is far below XLSX_MAX_ROWS.
      const sheet = await spreadsheets.xlsx(EXPORT_COLUMNS, rows, decision.data.number, new RowsDigest().add(text.json).digest());
      writeFileSync(join(outDir, DATA_FOLDER, DATA_FILES.decision(decision.id, 'xlsx')), sheet);
      written += 1;
      if (!rows.length) continue;
      for (const d of dataset) d.bytes += writePiece(d, text, first, datasetDigest);
      first = false;
    }
    for (const d of dataset) d.bytes += write(d.fd, d.file.tail);
  } finally {
    for (const { fd } of dataset) closeSync(fd);
  }
  const datasetSizes: DatasetSizes = Object.fromEntries(dataset.map((d) => [d.file.file, d.bytes]));
  const rowCount = [...built.values()].reduce((n, rows) => n + rows.length, 0);
  if (hasSpreadsheet(rowCount)) {
    const { file } = datasetSpreadsheet();
    const sheet = await spreadsheets.xlsx(EXPORT_COLUMNS, [...built.values()].flat(), 'khen-thuong', datasetDigest.digest());
    writeFileSync(join(outDir, DATA_FOLDER, file), sheet);
    datasetSizes[file] = sheet.length;
  }
  return { decisionFiles: written, datasetSizes, rows: built };
}

/** Writes some rows' text to a file of rows, and the JSON file's piece to `digest`; returns the bytes written. */
function writePiece(stream: { fd: number; file: StreamedRows }, text: RowsText, first: boolean, digest: RowsDigest): number {
  const piece = stream.file.piece(text, first);
  if (stream.file.format === 'json') digest.add(piece);
  return write(stream.fd, piece);
}

/** Opens a file of rows for writing and writes its head. */
function openRows(path: string, file: StreamedRows): { fd: number; bytes: number } {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  return { fd, bytes: write(fd, file.head) };
}

/**
 * The files of each place, award form, year and kind page (src/publish/page-data.ts): CSV and JSON
 * written a piece at a time as their rows come, the spreadsheet beside the CSV where the page has one
 * (`hasSpreadsheet`), and the spreadsheet beside each statistics CSV. Plain file writes from the rows
 * the open-data step built: as an Astro route they were the heaviest part of the render, on its one
 * core, and built every row again.
 */
export async function writePageData(
  outDir: string,
  ctx: ExportContext,
  rows: ReadonlyMap<string, readonly ExportRow[]>,
  spreadsheets: Spreadsheets = spreadsheetCache(undefined),
): Promise<{ files: number; bytes: number }> {
  const browse = buildBrowseIndex(ctx.portal);
  const rowsOf = (d: PublishedDecision) => rows.get(d.id) ?? [];
  let files = 0;
  let bytes = 0;
  const writeFile = (file: string, body: string | Uint8Array) => {
    const path = join(outDir, DATA_FOLDER, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
    files += 1;
    bytes += body.length;
  };
  for (const page of pageRows(ctx, ctx.portal, browse, rowsOf)) {
    const streams = streamedRows(ctx, page.source).map((file) => ({ file, ...openRows(join(outDir, DATA_FOLDER, DATA_FILES.page(page.section, page.key, file.format)), file) }));
    const all: ExportRow[] = [];
    const digest = new RowsDigest();
    let count = 0;
    let first = true;
    try {
      for (const piece of page.pieces()) {
        if (!piece.length) continue;
        const text = rowsText(piece);
        for (const s of streams) s.bytes += writePiece(s, text, first, digest);
        count += piece.length;
        // Kept only while the page can still have a spreadsheet.
        if (hasSpreadsheet(count)) all.push(...piece);
        first = false;
      }
      for (const s of streams) s.bytes += write(s.fd, s.file.tail);
    } finally {
      for (const { fd } of streams) closeSync(fd);
    }
    files += streams.length;
    bytes += streams.reduce((n, s) => n + s.bytes, 0);
    if (hasSpreadsheet(count)) writeFile(DATA_FILES.page(page.section, page.key, 'xlsx'), await spreadsheets.xlsx(EXPORT_COLUMNS, all, page.key, digest.digest()));
  }
  const byYear = new Map([...browse.byYear].map(([year, list]) => [year, yearFigures(list, year)]));
  for (const file of statisticsXlsx(ctx.portal, publishedSpans(browse.years), (span) => spanFigures(byYear, span))) writeFile(file.file, await file.body(spreadsheets.xlsx));
  return { files, bytes };
}

function write(fd: number, text: string): number {
  writeSync(fd, text);
  return byteSize(text);
}

/** The content-folder paths of the decisions' local attachments, each once. */
export function localAttachments(content: ParsedContent): string[] {
  const paths = content.decisions.flatMap((d) => {
    const href = d.data.attachment?.href;
    const path = href === undefined ? undefined : localAttachmentPath(d.id, href);
    return path === undefined ? [] : [path];
  });
  return [...new Set(paths)].sort();
}

/**
 * Copies the attachments from the content folder into `into`, each at its path there: the address the
 * decision page links (src/routes/urls.ts `attachment`). The validator has checked that each exists
 * inside the content folder.
 */
export function copyAttachments(contentDir: string, paths: readonly string[], into: string): void {
  for (const path of paths) {
    const target = join(into, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(contentDir, path), target);
  }
}

/**
 * What the address check found, as the build says it; throws with the missing addresses and a
 * redirect template when a published address has neither a page nor a redirect.
 */
export function permanenceReport(check: PublishedAddressCheck): string {
  if (check.problems.length) {
    const noManifest = check.problems.some((p) => p.code === 'url-manifest-missing');
    const template = check.missing.length && !noManifest ? `\nMẫu chuyển hướng (sửa to: thành trang thay thế):\n${redirectTemplate(check.missing, check.pages)}` : '';
    const heading = noManifest ? 'Không có danh sách địa chỉ đã công bố, dừng build.' : 'Có địa chỉ đã công bố không còn dùng được, dừng build.';
    throw new Error(`${heading}\n${formatProblems(check.problems)}${template}`);
  }
  if (check.firstPublication) return `Lần công bố đầu tiên: đã tạo ${check.manifestFile} với ${check.pages.size} địa chỉ cố định.`;
  return `Địa chỉ cố định: mọi địa chỉ trong ${check.manifestFile} đều còn (${check.redirected} qua chuyển hướng); ${check.added.length} địa chỉ mới${check.added.length ? ', chạy npm run urls:update để thêm vào danh sách' : ''}.`;
}

/** What went in and what came out: the line every build ends with, and its figures. */
export function buildSummary(outDir: string, counts: ContentCounts | undefined, decisionFiles: number): { line: string; pages: number; files: number; bytes: number } {
  const size = folderSize(outDir);
  const pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const read = counts ? `${counts.decisions} quyết định, ${counts.recipients} lượt khen thưởng` : 'nội dung';
  const line = `Đã đọc ${read}; đã ghi ${pages} trang và ${decisionFiles} tệp dữ liệu theo quyết định (${size.files} tệp, ${(size.bytes / 1048576).toFixed(1)} MB).`;
  return { line, pages, ...size };
}
