/**
 * The portal's build pipeline (src/build/pipeline.ts) inside Astro, for `astro build` run alone and for
 * `npm run dev`. `npm run build` (scripts/build.ts) runs the pipeline itself around `astro build` and
 * says so (PORTAL_PIPELINE=outside): Astro then only renders.
 * - `astro build`: the `content` steps before Astro renders (a content problem stops it before any
 *   page), the `site` steps after. Astro's memory and Pagefind's then add up; the script avoids that.
 * - `npm run dev`: the `content` steps when the server starts and again after each change in the
 *   content folder, into a folder in Astro's cache that the server serves, so the dev site has the
 *   same open data and name shards as a build; problems are shown, not fatal.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ContentProblems,
  PIPELINE_VARIABLE,
  abandonBuild,
  buildSettings,
  outDirProblem,
  renderStarted,
  runLane,
  startBuild,
  type BuildSettings,
  type StepContext,
} from '../build/pipeline.ts';
import { exitWithParent } from '../build/publish.ts';
import { STAGING_VARIABLE, stagedFiles } from '../build/staging.ts';
import { contentRoot } from '../validate/content-files.ts';

const MEDIA_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export default function portal(): AstroIntegration {
  let command: string | undefined;
  let ctx: StepContext | undefined;
  let render: ReturnType<typeof renderStarted> | undefined;
  return {
    name: 'commendation-portal',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        if (command === 'build' && process.env[PIPELINE_VARIABLE] === 'outside') exitWithParent();
      },
      'astro:config:done': async ({ config, logger }) => {
        const outDir = fileURLToPath(config.outDir);
        const settings = buildSettings(outDir, config.site, config.base, { cacheDir: fileURLToPath(config.cacheDir), force: process.argv.includes('--force') });
        if (command === 'dev') settings.staging = join(fileURLToPath(config.cacheDir), 'portal-dev');
        // The open-data page reads the data set's sizes from here (src/build/staging.ts).
        process.env[STAGING_VARIABLE] = settings.staging;
        if (command === 'build' && process.env[PIPELINE_VARIABLE] !== 'outside') {
          const refused = outDirProblem(outDir);
          if (refused) throw new Error(refused);
          ctx = { settings, record: {} };
          startBuild(settings);
          await runLane('content', ctx, (line) => logger.info(line)).catch((error: unknown) => {
            abandonBuild(settings);
            throw error;
          });
          render = renderStarted();
        } else if (command === 'dev') {
          ctx = { settings, record: {} };
          await refreshDevContent(ctx, logger);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!ctx) return;
        const devCtx = ctx;
        server.middlewares.use((req, res, next) => {
          const file = stagedFile(devCtx.settings, req.url ?? '');
          if (!file) return next();
          res.setHeader('Content-Type', MEDIA_TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
        const content = contentRoot();
        server.watcher.add(content);
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (relative(content, path).startsWith('..')) return;
          clearTimeout(timer);
          timer = setTimeout(() => void refreshDevContent(devCtx, logger), 300);
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!ctx || !render) return;
        render.done(true);
        await runLane('site', ctx, (line) => logger.info(line));
      },
    },
  };
}

/** The `content` steps for the dev server; a problem is reported, and the previous files stay. */
async function refreshDevContent(ctx: StepContext, logger: { info: (s: string) => void; warn: (s: string) => void; error: (s: string) => void }): Promise<void> {
  try {
    await runLane('content', ctx, (line) => logger.info(line));
  } catch (error) {
    if (error instanceof ContentProblems) logger.warn(error.report);
    else logger.error(String((error as Error).stack ?? error));
  }
}

/** The file the content steps wrote for a request's path under the site's base, if any. */
function stagedFile(settings: BuildSettings, url: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  if (!path.startsWith(settings.base)) return undefined;
  const root = stagedFiles(settings.staging);
  const file = join(root, path.slice(settings.base.length));
  const inside = relative(root, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
