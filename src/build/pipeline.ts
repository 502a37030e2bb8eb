/**
 * The build as one ordered list of named steps (docs/adr/0008-build-steps-and-budget.md). Both ways of
 * building run this list, in this order:
 * - `npm run build` (scripts/build.ts) runs the `content` steps in a worker thread while `astro build`
 *   renders in a child process, on the machine's other core, then the `site` steps;
 * - `astro build` alone runs them in the portal integration (src/site/integration.ts): the `content`
 *   steps before Astro renders, the `site` steps after.
 * Each step prints its line for staff and appends start and end events for tools (src/build/events.ts).
 * `render` is Astro's whole run: content sync, bundling and pages.
 */
import { rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { buildPortal, type Portal } from '../model/portal.ts';
import type { Redirect } from '../schemas/redirect.ts';
import { ATTACHMENT_FOLDER } from '../routes/urls.ts';
import { nameEntries } from '../search/names.ts';
import { nameRows } from '../search/name-rows.ts';
import { contentRoot } from '../validate/content-files.ts';
import { formatCounts } from '../validate/counts.ts';
import type { Located, ParsedContent } from '../validate/integrity.ts';
import type { ContentCounts } from '../validate/validate.ts';
import { buildSummary, checkContent, copyAttachments, localAttachments, permanenceReport, writeNameRows, writeNameShards, writeOpenData, writePageData } from './content-steps.ts';
import { exportContext } from '../publish/exports.ts';
import { emitStepEvent } from './events.ts';
import { moveInto } from './files.ts';
import { publishFolder, removeOldSite, restoreInterruptedPublish } from './publish.ts';
import { buildSearchIndex } from './search-index.ts';
import { SPREADSHEET_CACHE_FOLDER, spreadsheetCache } from './spreadsheet-cache.ts';
import { stagedFiles, stagingFor, writeDatasetSizes } from './staging.ts';
import { checkPublishedAddresses, writeManifest, writeRedirectPages } from './url-manifest.ts';

/** Set to `outside` by scripts/build.ts, which runs the pipeline around `astro build` itself. */
export const PIPELINE_VARIABLE = 'PORTAL_PIPELINE';

/** Set to `1` (or by `npm run build -- --first-publication`) when a site publishes for the first time. */
export const FIRST_PUBLICATION_VARIABLE = 'PORTAL_FIRST_PUBLICATION';

export interface BuildSettings {
  /** Where Astro and the steps write. */
  outDir: string;
  /** The published folder, which `publish` replaces by `outDir` when they differ (src/build/publish.ts). */
  publishDir: string;
  /** Where the content steps write while Astro empties and fills `outDir` (src/build/staging.ts). */
  staging: string;
  site: string | undefined;
  base: string;
  /** Where spreadsheets are kept from build to build (src/build/spreadsheet-cache.ts), under Astro's `cacheDir`; none: written anew. */
  spreadsheetCache: string | undefined;
  /** `--force`: nothing kept from an earlier build is used, as Astro renders every page again. */
  force: boolean;
}

export function buildSettings(
  outDir: string,
  site: string | undefined,
  base: string,
  { publishDir = outDir, cacheDir, force = false }: { publishDir?: string; cacheDir?: string; force?: boolean } = {},
): BuildSettings {
  const spreadsheetCache = cacheDir === undefined ? undefined : join(cacheDir, SPREADSHEET_CACHE_FOLDER);
  return { outDir, publishDir, staging: stagingFor(outDir), site, base, spreadsheetCache, force };
}

/** What a step hands on to later ones: plain data, so that it crosses from the content worker. */
export interface BuildRecord {
  counts?: ContentCounts;
  redirects?: Located<Redirect>[];
  decisionFiles?: number;
  /** Local attachments of decisions, by their path in the content folder, to publish beside the pages. */
  attachments?: string[];
}

/** A step's view of the build on its own thread; the parsed content and the model never leave it. */
export interface StepContext {
  settings: BuildSettings;
  record: BuildRecord;
  content?: ParsedContent;
  portal?: Portal;
}

interface StepOutcome {
  /** The line staff read, given the step's duration. */
  log?: (ms: number) => string;
  counts?: Record<string, number>;
}

/** `content`: on the content alone, beside or before rendering; `render`: Astro's; `site`: on the rendered site. */
export type Lane = 'content' | 'render' | 'site';

export interface BuildStep {
  name: string;
  lane: Lane;
  /** Absent for `render`, which each way of building has Astro do. */
  run?: (ctx: StepContext) => StepOutcome | Promise<StepOutcome>;
}

/** Problems in the content: the validator's report, which the dev server shows without stopping. */
export class ContentProblems extends Error {
  readonly report: string;
  constructor(report: string) {
    super(`Nội dung có lỗi, dừng build.\n${report}`);
    this.report = report;
  }
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`A build step ran before the step that gives ${what}.`);
  return value;
}

export const PIPELINE: readonly BuildStep[] = [
  {
    name: 'validate',
    lane: 'content',
    run: (ctx) => {
      const check = checkContent();
      if (!check.ok) throw new ContentProblems(check.report);
      ctx.content = check.content;
      ctx.record.counts = check.counts;
      ctx.record.redirects = check.content.redirects;
      ctx.record.attachments = localAttachments(check.content);
      return { log: (ms) => `${formatCounts(check.counts)} (${ms} ms)`, counts: { decisions: check.counts.decisions, recipients: check.counts.recipients } };
    },
  },
  {
    name: 'open-data',
    lane: 'content',
    run: async (ctx) => {
      const { staging, site, base } = ctx.settings;
      ctx.portal = buildPortal({ ...need(ctx.content, 'the content'), stories: [] });
      const exportCtx = exportContext(ctx.portal, site, base);
      const spreadsheets = spreadsheetCache(ctx.settings.spreadsheetCache, { fresh: ctx.settings.force });
      const data = await writeOpenData(stagedFiles(staging), exportCtx, spreadsheets);
      // Before the place pages' files, so that the open-data page, which waits for it, waits only for the files it lists.
      writeDatasetSizes(staging, data.datasetSizes);
      const places = await writePageData(stagedFiles(staging), exportCtx, data.rows, spreadsheets);
      const pages = { files: data.listFiles.files + places.files, bytes: data.listFiles.bytes + places.bytes };
      const sheets = spreadsheets.finish();
      ctx.record.decisionFiles = data.decisionFiles;
      const datasetBytes = Object.values(data.datasetSizes).reduce((a, b) => a + b, 0);
      return {
        log: (ms) =>
          `Dữ liệu mở: ${data.decisionFiles} tệp theo quyết định, toàn bộ dữ liệu và ${pages.files} tệp theo trang; bảng tính: ${sheets.written} viết mới, ${sheets.reused} giữ từ lần build trước (${ms} ms).`,
        counts: { files: data.decisionFiles, datasetBytes, pageFiles: pages.files, pageBytes: pages.bytes, spreadsheetsWritten: sheets.written, spreadsheetsReused: sheets.reused },
      };
    },
  },
  {
    name: 'name-shards',
    lane: 'content',
    run: (ctx) => {
      const portal = need(ctx.portal, 'the portal model');
      const shards = writeNameShards(stagedFiles(ctx.settings.staging), nameEntries(portal));
      const buckets = writeNameRows(stagedFiles(ctx.settings.staging), nameRows(portal));
      return { log: (ms) => `Tra tên: ${shards} tệp; dòng theo tên: ${buckets} tệp (${ms} ms).`, counts: { files: shards + buckets } };
    },
  },
  { name: 'render', lane: 'render' },
  {
    name: 'add-content-files',
    lane: 'site',
    run: ({ settings, record }) => {
      moveInto(stagedFiles(settings.staging), settings.outDir);
      rmSync(settings.staging, { recursive: true, force: true });
      const attachments = record.attachments ?? [];
      copyAttachments(contentRoot(), attachments, join(settings.outDir, ATTACHMENT_FOLDER));
      return { counts: { attachments: attachments.length } };
    },
  },
  {
    name: 'check-addresses',
    lane: 'site',
    run: ({ settings, record }) => {
      const declared = process.env[FIRST_PUBLICATION_VARIABLE] === '1';
      const check = checkPublishedAddresses(settings.outDir, contentRoot(), need(record.redirects, 'the redirects'), declared);
      const log = permanenceReport(check);
      if (check.firstPublication) writeManifest(contentRoot(), check.pages);
      record.redirects = check.redirects;
      return { log: () => log, counts: { pages: check.pages.size, added: check.added.length, redirected: check.redirected } };
    },
  },
  {
    name: 'redirect-pages',
    lane: 'site',
    run: ({ settings, record }) => {
      const redirects = need(record.redirects, 'the redirects');
      writeRedirectPages(settings.outDir, redirects, settings.site, settings.base);
      return { counts: { pages: redirects.length } };
    },
  },
  {
    name: 'summary',
    lane: 'site',
    run: ({ settings, record }) => {
      const summary = buildSummary(settings.outDir, record.counts, record.decisionFiles ?? 0);
      return { log: () => summary.line, counts: { pages: summary.pages, files: summary.files, bytes: summary.bytes } };
    },
  },
  {
    name: 'search-index',
    lane: 'site',
    run: async ({ settings }) => {
      const index = await buildSearchIndex(settings.outDir);
      return {
        log: (ms) => `Chỉ mục tìm kiếm: ${index.pages} trang, ${index.files} tệp, ${(index.bytes / 1024).toFixed(0)} KB (${ms} ms).`,
        counts: { pages: index.pages, files: index.files, bytes: index.bytes },
      };
    },
  },
  {
    name: 'publish',
    lane: 'site',
    run: ({ settings }) => {
      if (settings.outDir !== settings.publishDir) publishFolder(settings.outDir, settings.publishDir);
      return {};
    },
  },
  {
    name: 'remove-old-site',
    lane: 'site',
    run: ({ settings }) => {
      if (settings.outDir !== settings.publishDir) removeOldSite(settings.publishDir);
      return {};
    },
  },
];

/** Runs the steps of `lane` in order, each timed, announced and logged; the first failure stops it. */
export async function runLane(lane: Exclude<Lane, 'render'>, ctx: StepContext, say: (line: string) => void): Promise<void> {
  for (const step of PIPELINE) {
    if (step.lane !== lane || !step.run) continue;
    emitStepEvent({ step: step.name, phase: 'start' });
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    let outcome: StepOutcome;
    try {
      outcome = await step.run(ctx);
    } catch (error) {
      emitStepEvent({ step: step.name, phase: 'fail', ms: ms() });
      throw error;
    }
    const took = ms();
    emitStepEvent({ step: step.name, phase: 'end', ms: took, ...(outcome.counts ? { counts: outcome.counts } : {}) });
    if (outcome.log) say(outcome.log(took));
  }
}

/** Astro's rendering as a step for the events: call when it starts, and `done` with its outcome. */
export function renderStarted(): { done: (ok: boolean) => void } {
  emitStepEvent({ step: 'render', phase: 'start' });
  const started = performance.now();
  return { done: (ok) => emitStepEvent({ step: 'render', phase: ok ? 'end' : 'fail', ms: Math.round(performance.now() - started) }) };
}

/**
 * Fresh folders for the build: a previous build's files, or its data set sizes, must not reach this
 * one. The published folder is left alone until `publish`, or put back if a killed build left it aside.
 */
export function startBuild(settings: BuildSettings): void {
  if (settings.outDir !== settings.publishDir) restoreInterruptedPublish(settings.publishDir);
  abandonBuild(settings);
}

/** Leaves nothing half-written beside the published folder, and the published folder as it was. */
export function abandonBuild(settings: BuildSettings): void {
  // Retried: a build stopped from outside may still have a step writing into these folders.
  const gone = { recursive: true, force: true, maxRetries: 5 } as const;
  rmSync(settings.staging, gone);
  if (settings.outDir !== settings.publishDir) rmSync(settings.outDir, gone);
}

/**
 * Why the output folder cannot be used, or nothing. Astro puts its prerender bundle inside the output
 * folder when the folder's path starts with the working folder's, as a string: a sibling such as
 * `/srv/portal-site` of `/srv/portal` passes that test, and Node then finds none of the project's
 * packages from there (`Cannot find package '@oslojs/encoding'`). A folder inside the project, or
 * anywhere else, works.
 */
export function outDirProblem(outDir: string, cwd = process.cwd()): string | undefined {
  const inside = relative(cwd, outDir);
  const isInside = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  if (isInside || !outDir.startsWith(cwd)) return undefined;
  return (
    `Thư mục build ${outDir} nằm cạnh thư mục dự án ${cwd} và có tên bắt đầu giống nó: Astro sẽ không chạy được ở đó. ` +
    `Hãy đặt PORTAL_OUT_DIR trong thư mục dự án (ví dụ dist) hoặc một thư mục có tên khác.\n` +
    `The output folder ${outDir} sits beside the project ${cwd} and its path starts with the project's: Astro would ` +
    `put its prerender bundle there, where the project's packages cannot be found. Use a folder inside the project, or one named otherwise.`
  );
}
