/**
 * Publishing a build in one piece. `npm run build` builds into a fresh folder beside the published one
 * and swaps it in only once every step has passed, so a failed build leaves the site that was there; a
 * lock beside the published folder makes a second build into it refuse rather than mix two sites.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Where a build of `publishDir` is made, beside it, so that the swap is a rename on one file system. */
export function nextFolderFor(publishDir: string): string {
  return `${publishDir}.next`;
}

/**
 * Replaces `publishDir` by `next`: two renames back to back (Node has no atomic exchange of folders),
 * then the old site is deleted.
 */
export function publishFolder(next: string, publishDir: string): void {
  const old = `${publishDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(publishDir)) renameSync(publishDir, old);
  renameSync(next, publishDir);
  rmSync(old, { recursive: true, force: true });
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
