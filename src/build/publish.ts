/**
 * Publishing a build in one piece. `npm run build` builds into a fresh folder beside the published one
 * and swaps it in only once every step has passed, so a failed build leaves the site that was there; a
 * lock beside the published folder makes a second build into it refuse rather than mix two sites.
 */
import { dirname } from 'node:path';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Where a build of `publishDir` is made, beside it, so that the swap is a rename on one file system. */
export function nextFolderFor(publishDir: string): string {
  return `${publishDir}.next`;
}

function oldFolderFor(publishDir: string): string {
  return `${publishDir}.old`;
}

/**
 * Replaces `publishDir` by `next`: two renames back to back (Node has no atomic exchange of folders).
 * The new site is live from the second rename; the previous one is left beside it for `removeOldSite`,
 * so that deleting its tree (16.7 s of an edit's build at the default corpus, bench/README.md) comes
 * after the site is published rather than before.
 */
export function publishFolder(next: string, publishDir: string): void {
  const old = oldFolderFor(publishDir);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(publishDir)) renameSync(publishDir, old);
  renameSync(next, publishDir);
}

/** Deletes the site `publishFolder` replaced. */
export function removeOldSite(publishDir: string): void {
  rmSync(oldFolderFor(publishDir), { recursive: true, force: true });
}

/**
 * Puts the previous site back when a build was killed between the two renames of `publishFolder`:
 * the published folder is gone and the old one is still beside it.
 */
export function restoreInterruptedPublish(publishDir: string): void {
  const old = oldFolderFor(publishDir);
  if (!existsSync(publishDir) && existsSync(old)) renameSync(old, publishDir);
}

/** Set by scripts/build.ts for Astro: the build's process id. */
export const BUILD_PROCESS_VARIABLE = 'PORTAL_BUILD_PROCESS';

/**
 * Ends this process soon after the build that started it dies. Astro, started by scripts/build.ts, would
 * otherwise go on writing into the fresh folder after the build was killed, and into the fresh folder
 * of the next build, which reuses the name; or wait for ever for the data set the build's worker was
 * writing. The build's id comes from the build itself: Astro may reach this after the build has died.
 */
export function exitWithParent(): void {
  const parent = Number(process.env[BUILD_PROCESS_VARIABLE]);
  if (!parent) return;
  const check = () => {
    if (process.ppid !== parent) process.exit(1);
  };
  check();
  setInterval(check, 250).unref();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock of `publishDir` for this process, or says who holds it. A lock left by a build that
 * no longer runs is taken over. Returns the function that releases it.
 */
export function lockBuild(publishDir: string): { release: () => void } | { heldBy: number | undefined } {
  const file = `${publishDir}.lock`;
  // The lock sits beside the published folder, whose parent a first build may not have yet.
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const text = readFileSync(file, 'utf8');
      // Empty: another build has just created it and not yet written its id.
      if (!text) return { heldBy: undefined };
      const pid = Number(text);
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return { heldBy: pid };
      rmSync(file, { force: true });
    }
  }
  throw new Error(`${file}: could not take the build lock.`);
}
