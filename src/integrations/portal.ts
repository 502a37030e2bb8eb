/**
 * The portal's build steps around Astro's: validate all content first and stop on any problem; after
 * the pages are written, build the Pagefind search index and say how much went in and came out.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { formatReport } from '../lib/problems.ts';
import { formatCounts } from '../lib/report.ts';
import { validateFolder, type ContentCounts } from '../lib/validate.ts';

/** Files and bytes below a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function validate(logger: AstroIntegrationLogger, stopOnProblems: boolean): ContentCounts | undefined {
  const started = performance.now();
  const { problems, counts } = validateFolder();
  if (problems.length) {
    const report = formatReport(problems);
    if (stopOnProblems) throw new Error(`Nội dung có lỗi, dừng build.\n${report}`);
    logger.warn(report);
    return undefined;
  }
  logger.info(`${formatCounts(counts)} (${Math.round(performance.now() - started)} ms)`);
  return counts;
}

async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const size = folderSize(join(outDir, 'pagefind'));
  logger.info(
    `Chỉ mục tìm kiếm: ${added.page_count} trang, ${size.files} tệp, ${(size.bytes / 1024).toFixed(0)} KB (${Math.round(performance.now() - started)} ms).`,
  );
}

export default function portal(): AstroIntegration {
  let counts: ContentCounts | undefined;
  return {
    name: 'commendation-portal',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' || command === 'dev') counts = validate(logger, command === 'build');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const size = folderSize(outDir);
        const html = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
        const summary = counts ? `${counts.decisions} quyết định, ${counts.recipients} lượt khen thưởng` : 'nội dung';
        logger.info(`Đã đọc ${summary}; đã ghi ${html} trang (${size.files} tệp, ${(size.bytes / 1048576).toFixed(1)} MB).`);
        await buildSearchIndex(outDir, logger);
      },
    },
  };
}
