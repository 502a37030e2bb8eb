/**
 * The public address for astro.config.mjs, which needs it before any content is read: PORTAL_SITE,
 * else `url` in the content folder's site.yaml. The validator checks that file in full later.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_LAYOUT, contentRoot } from '../validate/content-files.ts';
import { parseContentYaml, readContentText } from '../validate/safe-read.ts';

/** A placeholder origin that is not anyone's: builds without an address still have absolute URLs. */
const NO_ADDRESS = 'https://khenthuong.example.gov.vn';

export function publicOrigin(contentDir = contentRoot(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.PORTAL_SITE) return env.PORTAL_SITE;
  const path = join(contentDir, CONTENT_LAYOUT.site.file);
  if (!existsSync(path)) return NO_ADDRESS;
  const read = readContentText(path, CONTENT_LAYOUT.site.file);
  const parsed = 'problem' in read ? read : parseContentYaml(read.text, CONTENT_LAYOUT.site.file, 0);
  const url = 'problem' in parsed ? undefined : (parsed.value as { url?: unknown } | null)?.url;
  return typeof url === 'string' && URL.canParse(url) ? url : NO_ADDRESS;
}
