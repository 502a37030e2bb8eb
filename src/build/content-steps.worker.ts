/**
 * The `content` lane of the build pipeline (src/build/pipeline.ts) in a worker thread, so that
 * `npm run build` runs it beside `astro build`. Posts each step's line as it comes, so that the build
 * can stop Astro at once on a content problem, then what later steps need.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentProblems, runLane, type BuildSettings, type StepContext } from './pipeline.ts';

export type ContentLaneMessage =
  | { kind: 'log'; line: string }
  | { kind: 'done'; record: StepContext['record'] }
  | { kind: 'failed'; message: string };

const post = (message: ContentLaneMessage) => parentPort!.postMessage(message);
const ctx: StepContext = { settings: workerData as BuildSettings, record: {} };
try {
  await runLane('content', ctx, (line) => post({ kind: 'log', line }));
  post({ kind: 'done', record: ctx.record });
} catch (error) {
  // The validator's report is for staff; anything else is a bug, and its stack says where.
  post({ kind: 'failed', message: error instanceof ContentProblems ? error.message : String((error as Error).stack ?? error) });
}
