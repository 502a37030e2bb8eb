/**
 * The public address for astro.config.mjs, which needs it before any content is read: PORTAL_SITE,
 * else `url` in the content folder's site.yaml. The validator checks that file in full later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../validate/content-files.ts';
import yaml from 'js-yaml';

/** A placeholder origin that is not anyone's: builds without an address still have absolute URLs. */
const NO_ADDRESS = 'https://khenthuong.example.gov.vn';

export function publicOrigin(contentDir = contentRoot(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.PORTAL_SITE) return env.PORTAL_SITE;
  try {
    const url = (yaml.load(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as { url?: unknown } | null)?.url;
    return typeof url === 'string' && URL.canParse(url) ? url : NO_ADDRESS;
  } catch {
    return NO_ADDRESS;
  }
}
