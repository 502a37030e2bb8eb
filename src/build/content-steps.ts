/**
 * The build's work that Astro does not do: validate the whole content folder; write the open data
 * (each decision's CSV/JSON and the whole data set) and the name finder's shards from the content the
 * validator parsed; check the published addresses; say what went in and came out. The steps of
 * src/build/pipeline.ts call these, in the order it gives.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byteSize, decisionFiles, exportRows, rowsText, streamedRows, type ExportContext, type RowsText, type StreamedRows } from '../publish/exports.ts';
import { listPages, listPieces, placePageRows, statisticsXlsx } from '../publish/page-data.ts';
import { hasSpreadsheet } from '../publish/xlsx.ts';
import { RowsDigest, spreadsheetCache, type Spreadsheets } from './spreadsheet-cache.ts';
import { buildBrowseIndex } from '../model/browse.ts';
import { publishedSpans, spanFigures } from '../model/periods.ts';
import { yearFigures } from '../model/stats.ts';
import { EXPORT_COLUMNS, type ExportRow } from '../schemas/export.ts';
import { folderSize } from './files.ts';
import type { ParsedContent } from '../validate/integrity.ts';
import { formatProblems } from '../validate/problems.ts';
import { DATA_FILES, DATA_FOLDER, NAME_ROW_FOLDER, SHARD_FOLDER, type PageDataFormat } from '../routes/urls.ts';
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
  /** The year, award form and kind pages' files written, and their bytes. */
  listFiles: { files: number; bytes: number };
}

/**
 * A file of rows as CSV and JSON, written a piece at a time as its rows come, and its spreadsheet beside
 * them when its rows fit one (`hasSpreadsheet`): the whole data set, each list page's, each place's. The
 * spreadsheet is keyed by the hash of the JSON written (`RowsDigest`), so a kept one costs no second
 * serialisation of its rows.
 */
class RowsFile {
  readonly #streams: { fd: number; bytes: number; file: StreamedRows }[] = [];
  readonly #digest = new RowsDigest();
  /** The rows, kept only while the file can still have a spreadsheet. */
  readonly #rows: ExportRow[] = [];
  readonly #path: (format: PageDataFormat) => string;
  #count = 0;

  constructor(ctx: ExportContext, source: string, path: (format: PageDataFormat) => string) {
    this.#path = path;
    try {
      for (const file of streamedRows(ctx, source)) this.#streams.push({ file, ...openRows(path(file.format), file) });
    } catch (error) {
      this.release();
      throw error;
    }
  }

  /** Adds rows after those added before; `text` is their `rowsText` when the caller has it. */
  add(rows: readonly ExportRow[], text?: RowsText): void {
    if (!rows.length) return;
    const written = text ?? rowsText(rows);
    for (const s of this.#streams) {
      const piece = s.file.piece(written, this.#count === 0);
      if (s.file.format === 'json') this.#digest.add(piece);
      s.bytes += write(s.fd, piece);
    }
    this.#count += rows.length;
    if (hasSpreadsheet(this.#count)) this.#rows.push(...rows);
    else this.#rows.length = 0;
  }

  /** Ends the CSV and JSON files and writes the spreadsheet; returns the bytes of each file written, by format. */
  async end(spreadsheets: Spreadsheets, sheet: string): Promise<Partial<Record<PageDataFormat, number>>> {
    const sizes: Partial<Record<PageDataFormat, number>> = {};
    for (const s of this.#streams) sizes[s.file.format] = s.bytes + write(s.fd, s.file.tail);
    this.release();
    if (hasSpreadsheet(this.#count)) {
      const bytes = await spreadsheets.xlsx(EXPORT_COLUMNS, this.#rows, sheet, this.#digest.digest());
      writeFileSync(this.#path('xlsx'), bytes);
      sizes.xlsx = bytes.length;
    }
    return sizes;
  }

  /** Closes the files; after `end`, or when the build stops on an error. */
  release(): void {
    for (const s of this.#streams.splice(0)) closeSync(s.fd);
  }
}

/** Files and bytes of `ends`' files, added up. */
function filesAndBytes(ends: readonly Partial<Record<PageDataFormat, number>>[]): { files: number; bytes: number } {
  const sizes = ends.flatMap((sizes) => Object.values(sizes));
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/**
 * The whole data set (`data/khen-thuong.csv|.json`, and `.xlsx` when its rows fit a spreadsheet),
 * `data/quyet-dinh/<id>.csv|.json|.xlsx` for every decision, and the files of every year, award form
 * and kind page (src/publish/page-data.ts `listPages`), under `outDir`, from one pass over the decisions
 * that builds each decision's rows and their text once: the decision's own files, the whole data set's
 * piece and, for a list page that takes all its rows (its year's; its only form's), that page's piece
 * are the same text. Plain file writes: as Astro routes, ten thousand small files cost more than the
 * decision pages, and the whole data set outgrows a string, so it is written a decision at a time; its
 * sizes are counted on the way. Spreadsheets come from `spreadsheets`, which may keep them from the last build.
 */
export async function writeOpenData(outDir: string, ctx: ExportContext, spreadsheets: Spreadsheets = spreadsheetCache(undefined)): Promise<OpenData> {
  const at = (file: string) => join(outDir, DATA_FOLDER, file);
  const open: RowsFile[] = [];
  const opened = (file: RowsFile) => {
    open.push(file);
    return file;
  };
  const built = new Map<string, readonly ExportRow[]>();
  let written = 0;
  try {
    const dataset = opened(new RowsFile(ctx, ctx.absolute(ctx.urls.openData()), (format) => at(DATA_FILES.dataset(format))));
    const lists = new Map(
      listPages(ctx, buildBrowseIndex(ctx.portal)).map((page) => [`${page.section} ${page.key}`, { page, file: opened(new RowsFile(ctx, page.source, (format) => at(DATA_FILES.page(page.section, page.key, format)))) }]),
    );
    for (const decision of ctx.portal.decisions) {
      const rows = exportRows(ctx, [decision]);
      built.set(decision.id, rows);
      const text = rowsText(rows);
      for (const file of decisionFiles(ctx, decision, text)) {
        const path = at(file.file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.body);
        written += 1;
      }
      // Its spreadsheet beside them, which its page links too: one decision's list is far below XLSX_MAX_ROWS.
      const sheet = await spreadsheets.xlsx(EXPORT_COLUMNS, rows, decision.data.number, new RowsDigest().add(text.json).digest());
      writeFileSync(at(DATA_FILES.decision(decision.id, 'xlsx')), sheet);
      written += 1;
      dataset.add(rows, text);
      for (const piece of listPieces(decision, rows)) lists.get(`${piece.section} ${piece.key}`)!.file.add(piece.rows, piece.rows.length === rows.length ? text : undefined);
    }
    const datasetSizes: DatasetSizes = {};
    for (const [format, bytes] of Object.entries(await dataset.end(spreadsheets, 'khen-thuong'))) datasetSizes[DATA_FILES.dataset(format as PageDataFormat)] = bytes;
    const listEnds = [];
    for (const { page, file } of lists.values()) listEnds.push(await file.end(spreadsheets, page.key));
    return { decisionFiles: written, datasetSizes, rows: built, listFiles: filesAndBytes(listEnds) };
  } finally {
    for (const file of open) file.release();
  }
}

/** Opens a file of rows for writing and writes its head. */
function openRows(path: string, file: StreamedRows): { fd: number; bytes: number } {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  return { fd, bytes: write(fd, file.head) };
}

/**
 * The files of each place page (src/publish/page-data.ts `placePageRows`): CSV and JSON written a piece
 * at a time as their rows come, the spreadsheet beside the CSV where the page has one, and the
 * spreadsheet beside each statistics CSV. Plain file writes from the rows the open-data step built: as
 * an Astro route they were the heaviest part of the render, on its one core, and built every row again.
 * A place page lists its rows in its own order (each place's, then the places it absorbed), so it is
 * not written in the open-data step's pass over the decisions.
 */
export async function writePageData(
  outDir: string,
  ctx: ExportContext,
  rows: ReadonlyMap<string, readonly ExportRow[]>,
  spreadsheets: Spreadsheets = spreadsheetCache(undefined),
): Promise<{ files: number; bytes: number }> {
  const at = (file: string) => join(outDir, DATA_FOLDER, file);
  const browse = buildBrowseIndex(ctx.portal);
  const ends = [];
  for (const page of placePageRows(ctx, ctx.portal, browse, (d) => rows.get(d.id) ?? [])) {
    const file = new RowsFile(ctx, page.source, (format) => at(DATA_FILES.page(page.section, page.key, format)));
    try {
      for (const piece of page.pieces()) file.add(piece);
      ends.push(await file.end(spreadsheets, page.key));
    } finally {
      file.release();
    }
  }
  const byYear = new Map([...browse.byYear].map(([year, list]) => [year, yearFigures(list, year)]));
  for (const xlsx of statisticsXlsx(ctx.portal, publishedSpans(browse.years), (span) => spanFigures(byYear, span))) {
    const body = await xlsx.body(spreadsheets.xlsx);
    mkdirSync(dirname(at(xlsx.file)), { recursive: true });
    writeFileSync(at(xlsx.file), body);
    ends.push({ xlsx: body.length });
  }
  return filesAndBytes(ends);
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
