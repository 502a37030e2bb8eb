/**
 * The build's steps as machine-readable events, one JSON object a line, appended to the file named by
 * PORTAL_BUILD_EVENTS (nothing when it is unset). The benchmark reads them instead of the Vietnamese
 * log sentences, which are written for staff and may change wording. Every thread and process of the
 * build appends to the same file; each line is one small append, so lines never interleave.
 */
import { appendFileSync } from 'node:fs';

export const BUILD_EVENTS_VARIABLE = 'PORTAL_BUILD_EVENTS';

export interface StepEvent {
  /** A step of src/build/pipeline.ts (`render` is Astro's). */
  step: string;
  phase: 'start' | 'end' | 'fail';
  /** Wall-clock time, ms since the epoch: events from different processes share one clock. */
  at: number;
  /** Duration, on `end` and `fail`. */
  ms?: number;
  /** What the step read or wrote: decisions, pages, files, bytes… */
  counts?: Record<string, number>;
}

export function emitStepEvent(event: Omit<StepEvent, 'at'>): void {
  const file = process.env[BUILD_EVENTS_VARIABLE];
  if (file) appendFileSync(file, `${JSON.stringify({ ...event, at: Date.now() })}\n`);
}

/** The events in a file written by `emitStepEvent`, in the order they were appended. */
export function parseStepEvents(text: string): StepEvent[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as StepEvent);
}
