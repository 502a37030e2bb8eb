/**
 * `content/site.yaml`, the office's identity (src/schemas/site.ts): read once by the validator, which
 * hands it on with the parsed content, so the pages, the open data and the feeds name the same office.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONTENT_LAYOUT } from './content-files.ts';
import { insideContent } from './attachments.ts';
import { problem, type Problem } from './problems.ts';
import { parseContentYaml, readContentText } from './safe-read.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { zodIssuesToProblems } from './zod-problems.ts';

const SITE_FILE = CONTENT_LAYOUT.site.file;

/**
 * What a content folder without a valid site.yaml is published as: nothing, since its problem stops the
 * build; checks that need no office (the staff import on a draft, unit tests) read on with this.
 */
export const UNNAMED_SITE: SiteSettings = Object.freeze({
  name: { vi: '(chưa đặt tên cơ quan trong site.yaml)', en: '(office not named in site.yaml)' },
  shortName: { vi: '(chưa đặt tên)', en: '(unnamed)' },
  level: 'agency',
  jurisdiction: { vi: '(chưa rõ)', en: '(unknown)' },
  area: { vi: 'toàn địa bàn', en: 'the whole area' },
  attachmentHosts: [],
});

/** `content/site.yaml` read and checked; its problems are reported like any file's. */
export function readSiteSettings(root: string, problems: Problem[]): SiteSettings {
  const path = join(root, SITE_FILE);
  const file = `${basename(root)}/${SITE_FILE}`;
  if (!existsSync(path)) {
    problems.push(problem(file, '', 'site-missing'));
    return UNNAMED_SITE;
  }
  const read = readContentText(path, file);
  const parsed = 'problem' in read ? read : parseContentYaml(read.text, file, 0);
  if ('problem' in parsed) {
    problems.push(parsed.problem);
    return UNNAMED_SITE;
  }
  const result = siteSchema.safeParse(parsed.value ?? {});
  if (!result.success) {
    problems.push(...zodIssuesToProblems(file, parsed.value, siteSchema, result.error.issues));
    return UNNAMED_SITE;
  }
  const { logo } = result.data;
  if (logo) {
    const local = insideContent(logo, root, root);
    if (!local) problems.push(problem(file, 'logo', 'path-outside-content', { value: logo }));
    else if (!existsSync(local)) problems.push(problem(file, 'logo', 'logo-missing', { value: logo }));
  }
  return result.data;
}

/** The office's area must be a place the content knows, as any decision's place must. */
export function checkSitePlace(site: SiteSettings, root: string, places: ReadonlySet<string>): Problem[] {
  if (!site.place || places.has(site.place)) return [];
  return [problem(`${basename(root)}/${SITE_FILE}`, 'place', 'unknown-ref', { what: 'place', where: 'places.yaml', value: site.place, suggestion: '' })];
}
