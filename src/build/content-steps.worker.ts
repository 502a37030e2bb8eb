/**
 * `npm run build`'s content steps (src/build/content-steps.ts) in a worker thread, beside `astro build`:
 * validate, then write the open data and the name finder's shards into `dataDir`. Posts `checked` (or
 * the problems) as soon as the validator is done, so that the build can stop Astro at once, then
 * `written`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, writeContentFiles } from './content-steps.ts';

export interface ContentStepsInput {
  dataDir: string;
  site: string | undefined;
  base: string;
}

const { dataDir, site, base } = workerData as ContentStepsInput;
const check = checkContent();
if (!check.ok) {
  parentPort!.postMessage({ step: 'problems', report: check.report });
} else {
  parentPort!.postMessage({ step: 'checked', counts: check.counts, ms: check.ms });
  const started = performance.now();
  const written = writeContentFiles(dataDir, check.content, site, base);
  parentPort!.postMessage({ step: 'written', ...written, redirects: check.content.redirects, ms: Math.round(performance.now() - started) });
}
