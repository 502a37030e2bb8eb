/**
 * Where the content steps of the build (src/build/pipeline.ts) write: a folder beside the output
 * folder, which Astro empties when it starts and fills while they run. `files/` joins the site once
 * Astro is done; `dataset-sizes.json` is what the open-data page reads to list the whole data set's
 * sizes, so that no rendered page is rewritten afterwards. Under `npm run dev` the same folder lives in
 * Astro's cache, and the dev server serves `files/` (src/site/integration.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Set by the portal integration for the pages: the staging folder of this build or dev server. */
export const STAGING_VARIABLE = 'PORTAL_STAGING_DIR';

export function stagingFor(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.staging`;
}

/** Files that join the site, in the site's layout. */
export function stagedFiles(staging: string): string {
  return join(staging, 'files');
}

function sizesFile(staging: string): string {
  return join(staging, 'dataset-sizes.json');
}

/** Bytes of each whole-data-set file, by its path under `/data/`. */
export type DatasetSizes = Record<string, number>;

/** Written last by the open-data step, in one rename, so a reader never sees half of it. */
export function writeDatasetSizes(staging: string, sizes: DatasetSizes): void {
  const file = sizesFile(staging);
  writeFileSync(`${file}.part`, JSON.stringify(sizes));
  renameSync(`${file}.part`, file);
}

/**
 * The sizes the open-data step wrote. `npm run build` renders beside that step, so a build waits for
 * them (holding one of Astro's page slots, not the others); the dev server does not wait, and has none
 * when the content had problems when it started.
 */
export async function readDatasetSizes({ wait }: { wait: boolean }): Promise<DatasetSizes | undefined> {
  const staging = process.env[STAGING_VARIABLE];
  if (!staging) throw new Error(`${STAGING_VARIABLE} is not set: the portal integration (src/site/integration.ts) sets it for the pages.`);
  const file = sizesFile(staging);
  const until = Date.now() + 15 * 60_000;
  while (!existsSync(file)) {
    if (!wait) return undefined;
    if (Date.now() > until) throw new Error(`${file} was not written: the open-data step of the build did not finish.`);
    await sleep(100);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as DatasetSizes;
}
