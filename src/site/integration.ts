/**
 * The portal's build steps around Astro's: validate all content first and stop on any problem; after
 * the pages are written, check that every address published before still works, write the open data
 * and the name finder's shards, and say how much went in and came out (src/build/content-steps.ts).
 *
 * `npm run build` (scripts/build.ts) does the content steps itself, in a worker beside Astro, and sets
 * PORTAL_CONTENT_STEPS=worker: Astro then only renders. The search index is built after Astro has exited.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSummary, checkContent, checkPermanentUrls, fillDatasetSizes, writeContentFiles } from '../build/content-steps.ts';
import type { ParsedContent } from '../validate/integrity.ts';
import { formatCounts } from '../validate/counts.ts';
import type { ContentCounts } from '../validate/validate.ts';

/** Set by scripts/build.ts when it runs the content steps beside Astro. */
const CONTENT_STEPS_ELSEWHERE = process.env.PORTAL_CONTENT_STEPS === 'worker';

export default function portal(): AstroIntegration {
  let counts: ContentCounts | undefined;
  let content: ParsedContent | undefined;
  let site: string | undefined;
  let base = '/';
  return {
    name: 'commendation-portal',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if ((command !== 'build' && command !== 'dev') || CONTENT_STEPS_ELSEWHERE) return;
        const check = checkContent();
        if (!check.ok) {
          if (command === 'build') throw new Error(`Nội dung có lỗi, dừng build.\n${check.report}`);
          logger.warn(check.report);
          return;
        }
        logger.info(`${formatCounts(check.counts)} (${check.ms} ms)`);
        ({ counts, content } = check);
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (CONTENT_STEPS_ELSEWHERE) return;
        const outDir = fileURLToPath(dir);
        logger.info(checkPermanentUrls(outDir, content?.redirects ?? [], site, base));
        const written = content ? writeContentFiles(outDir, content, site, base) : undefined;
        if (written) fillDatasetSizes(outDir);
        logger.info(buildSummary(outDir, counts, written?.dataFiles ?? 0));
      },
    },
  };
}
