/**
 * The heap limit `npm run build` gives Astro's process (scripts/build.ts). Node's default limit is about
 * a quarter of the machine's memory, at most about 4 GB, and V8 lets garbage pile up toward it: at the
 * default corpus Astro's process peaked at 2.2 GB of memory while its heap after a full collection was
 * under 1 GB, and it peaked at 1.4 GB, in no more time, under a 1 GB limit (bench/README.md, 2026-12-05).
 * The limit follows the content: twice the heap a build of this much content keeps (measured after full
 * collections while Astro renders: 1.26 GB at 20,000 decisions, 124 MB of content), so that V8 collects
 * sooner without running short; never below 1 GB, never above Node's own default.
 */
import { existsSync } from 'node:fs';
import { folderSize } from './files.ts';

/** Set to a number of MB to choose Astro's heap limit, or to `0` for Node's default. */
export const ASTRO_HEAP_VARIABLE = 'PORTAL_ASTRO_HEAP_MB';

const MB = 1024 * 1024;
/** What Astro's process holds whatever the content: its own code, the bundle, the pages' code. */
const BASE_MB = 256;
/** Heap kept per MB of content files (frontmatter, Markdown): the data store, the model, page keys. */
const KEPT_PER_CONTENT_MB = 8.2;
const FLOOR_MB = 1024;

/**
 * The limit for `contentBytes` of content, in MB, or undefined for Node's default: when the setting says
 * so, or when the default is no higher (a small machine already collects early).
 */
export function astroHeapLimitMb(contentBytes: number, defaultLimitMb: number, setting?: string): number | undefined {
  if (setting !== undefined && setting.trim() !== '') {
    const chosen = Number(setting);
    if (!Number.isInteger(chosen) || chosen < 0) {
      throw new Error(`${ASTRO_HEAP_VARIABLE}="${setting}": cần một số MB nguyên (0: mặc định của Node). / needs a whole number of MB (0: Node's default).`);
    }
    return chosen === 0 ? undefined : chosen;
  }
  const kept = BASE_MB + (KEPT_PER_CONTENT_MB * contentBytes) / MB;
  const limit = Math.max(FLOOR_MB, Math.ceil(2 * kept));
  return limit < defaultLimitMb ? limit : undefined;
}

/** Node's flag for Astro's process, from the content folder's size and the setting in the environment. */
export function astroHeapFlags(contentDir: string, defaultLimitMb: number, env: NodeJS.ProcessEnv = process.env): string[] {
  // A missing content folder is the validator's to report, in its words.
  const bytes = existsSync(contentDir) ? folderSize(contentDir).bytes : 0;
  const limit = astroHeapLimitMb(bytes, defaultLimitMb, env[ASTRO_HEAP_VARIABLE]);
  return limit === undefined ? [] : [`--max-old-space-size=${limit}`];
}
