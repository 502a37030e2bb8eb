import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Moves every file under `from` to the same place under `to`, a whole folder at a time where `to` has
 * none yet; a file both already hold is a bug (two steps wrote one address), and throws.
 */
export function moveInto(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (!existsSync(target)) {
      mkdirSync(to, { recursive: true });
      renameSync(source, target);
    } else if (statSync(source).isDirectory() && statSync(target).isDirectory()) moveInto(source, target);
    else throw new Error(`Both Astro and the content steps wrote ${target}.`);
  }
}
