/**
 * The portal's build steps around Astro's: validate all content first and stop on any problem; after
 * the pages are written, check that every address published before still works (and write the
 * redirect pages), write each decision's open-data files and say how much went in and came out.
 * The search index is built after Astro has exited (scripts/build.ts), so that the two never hold
 * their memory at the same time.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { closeSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../lib/content-files.ts';
import { datasetFiles, decisionFiles, exportContext, exportRows } from '../lib/exports.ts';
import { folderSize } from '../lib/files.ts';
import type { Located, ParsedContent } from '../lib/integrity.ts';
import { buildPortal } from '../lib/portal.ts';
import { formatReport } from '../lib/problems.ts';
import { formatCounts } from '../lib/report.ts';
import { checkBuild, redirectTemplate, builtPages } from '../lib/url-manifest.ts';
import { validateFolder, type ContentCounts } from '../lib/validate.ts';
import type { Redirect } from '../schemas/redirect.ts';

function validate(logger: AstroIntegrationLogger, stopOnProblems: boolean): { counts: ContentCounts; content: ParsedContent } | undefined {
  const started = performance.now();
  const { problems, counts, content } = validateFolder();
  if (problems.length) {
    const report = formatReport(problems);
    if (stopOnProblems) throw new Error(`Nội dung có lỗi, dừng build.\n${report}`);
    logger.warn(report);
    return undefined;
  }
  logger.info(`${formatCounts(counts)} (${Math.round(performance.now() - started)} ms)`);
  return { counts, content };
}

/** Every address published before must still have a page or a redirect; new ones are counted. */
function checkPermanentUrls(outDir: string, redirects: Located<Redirect>[], site: string | undefined, base: string, logger: AstroIntegrationLogger): void {
  const check = checkBuild(outDir, contentRoot(), redirects, site, base);
  if (check.problems.length) {
    const template = check.missing.length ? `\nMẫu chuyển hướng (sửa to: thành trang thay thế):\n${redirectTemplate(check.missing, builtPages(outDir))}` : '';
    throw new Error(`Có địa chỉ đã công bố không còn dùng được, dừng build.\n${formatReport(check.problems)}${template}`);
  }
  if (check.created) logger.info(`Lần công bố đầu tiên: đã tạo ${check.manifestFile} với ${check.pages} địa chỉ cố định.`);
  else
    logger.info(
      `Địa chỉ cố định: mọi địa chỉ trong ${check.manifestFile} đều còn (${check.redirected} qua chuyển hướng); ${check.added.length} địa chỉ mới${check.added.length ? ', chạy npm run urls:update để thêm vào danh sách' : ''}.`,
    );
}

/**
 * The whole data set (`/data/khen-thuong.csv|.json`) and `/data/quyet-dinh/<id>.csv|.json` for every
 * decision, from one pass that computes each decision's rows once. Written here with plain file writes
 * from the validated content: as Astro routes, ten thousand small files cost more than the decision
 * pages, and the whole data set outgrows a string, so it is written a decision at a time.
 */
function writeDecisionData(outDir: string, content: ParsedContent, site: string | undefined, base: string): number {
  const portal = buildPortal({ ...content, stories: [] });
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

export default function portal(): AstroIntegration {
  let counts: ContentCounts | undefined;
  let content: ParsedContent | undefined;
  let site: string | undefined;
  let base = '/';
  return {
    name: 'commendation-portal',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const valid = validate(logger, command === 'build');
        counts = valid?.counts;
        content = valid?.content;
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        checkPermanentUrls(outDir, content?.redirects ?? [], site, base, logger);
        const dataFiles = content ? writeDecisionData(outDir, content, site, base) : 0;
        const size = folderSize(outDir);
        const html = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
        const summary = counts ? `${counts.decisions} quyết định, ${counts.recipients} lượt khen thưởng` : 'nội dung';
        logger.info(`Đã đọc ${summary}; đã ghi ${html} trang và ${dataFiles} tệp dữ liệu theo quyết định (${size.files} tệp, ${(size.bytes / 1048576).toFixed(1)} MB).`);
      },
    },
  };
}
