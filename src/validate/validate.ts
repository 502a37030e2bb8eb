/**
 * The content validator: schemas, then cross-file integrity, then a scan for personal data. Shared by
 * `npm run check`, the build (src/build/content-steps.ts) and the staff import.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { awardSchema } from '../schemas/award.ts';
import { authoritySchema } from '../schemas/authority.ts';
import { NOT_PERSONAL_FIELDS, consultationSchema } from '../schemas/consultation.ts';
import { decisionSchema, type Decision } from '../schemas/decision.ts';
import { movementSchema } from '../schemas/movement.ts';
import { placeSchema } from '../schemas/place.ts';
import { redirectSchema } from '../schemas/redirect.ts';
import { plainStorySchema } from '../schemas/story.ts';
import { checkConsultations } from '../model/consultations.ts';
import { contentRoot, readContent, type RawContent, type RawEntry } from './content-files.ts';
import { todayIso } from '../text/dates.ts';
import { checkIntegrity, type BrokenIds, type Located, type ParsedContent } from './integrity.ts';
import { problem, type Problem } from './problems.ts';
import { checkRedirects } from './redirects.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { UNNAMED_SITE, checkSitePlace, readSiteSettings } from './site-file.ts';
import { checkAttachments, checkStoryImages } from './attachments.ts';
import { checkBodies, checkFileNames, scanTexts } from './text-checks.ts';
import { zodIssuesToProblems } from './zod-problems.ts';
import { rawRecipients } from './raw-rows.ts';

export interface ContentCounts {
  decisions: number;
  recipients: number;
  stories: number;
  movements: number;
  awards: number;
  authorities: number;
  places: number;
}

export interface ValidationResult {
  problems: Problem[];
  /** Worth fixing, but published as written (src/text/deceptive.ts): `npm run check` lists them. */
  notices: Problem[];
  content: ParsedContent;
  counts: ContentCounts;
}

function parseAll<T>(entries: readonly RawEntry[], schema: z.ZodType<T>, problems: Problem[]): Located<T>[] {
  const out: Located<T>[] = [];
  for (const entry of entries) {
    if (entry.unreadable) continue;
    // What passes must pass Astro's reading too, where an unquoted 2017-11-20 is a date (src/validate/safe-read.ts).
    let data = entry.data;
    let result = schema.safeParse(data);
    if (result.success && entry.astroData !== undefined) {
      data = entry.astroData;
      const astro = schema.safeParse(data);
      if (!astro.success) result = astro;
    }
    if (result.success) {
      out.push({ id: entry.id, file: entry.file, path: entry.path, prefix: entry.prefix, data: result.data });
      continue;
    }
    for (const p of zodIssuesToProblems(entry.file, data, schema, result.error.issues))
      problems.push(entry.prefix ? { ...p, field: p.field ? `${entry.prefix}.${p.field}` : entry.prefix } : p);
  }
  return out;
}

/** Ids present in the files but not among the schema-valid entries, and honoree ids they carry. */
function brokenIds(raw: RawContent, content: ParsedContent): BrokenIds {
  const broken = new Set<string>();
  for (const key of Object.keys(raw) as (keyof RawContent)[]) {
    const valid = new Set(content[key].map((e) => e.id));
    for (const entry of raw[key]) {
      if (valid.has(entry.id)) continue;
      broken.add(entry.id);
      for (const r of rawRecipients(entry.data)) if (typeof (r as { id?: unknown } | null)?.id === 'string') broken.add((r as { id: string }).id);
    }
  }
  return { ids: broken, unreadableDecision: raw.decisions.some((d) => d.unreadable) };
}

export interface ContentContext {
  /** The content folder: local images and attachments must be inside it. */
  root: string;
  site: SiteSettings;
}

export function validateContent(raw: RawContent, today = todayIso(), context: ContentContext = { root: contentRoot(), site: UNNAMED_SITE }): ValidationResult {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  checkFileNames([...raw.decisions, ...raw.stories, ...raw.movements, ...raw.consultations], problems);
  const readable = (entries: readonly RawEntry[]) => entries.filter((e) => !e.unreadable);
  checkBodies([...raw.decisions, ...raw.movements, ...raw.consultations], context.root, false, problems);
  checkBodies(raw.stories, context.root, true, problems);
  const stories = parseAll(raw.stories, plainStorySchema, problems).map((s) =>
    s.data.image ? { ...s, data: { ...s.data, imageExists: existsSync(resolve(dirname(s.path), s.data.image)) } } : s,
  );
  const content: ParsedContent = {
    decisions: parseAll(raw.decisions, decisionSchema, problems),
    stories,
    movements: parseAll(raw.movements, movementSchema, problems),
    awards: parseAll(raw.awards, awardSchema, problems),
    authorities: parseAll(raw.authorities, authoritySchema, problems),
    places: parseAll(raw.places, placeSchema, problems),
    consultations: parseAll(raw.consultations, consultationSchema, problems),
    redirects: parseAll(raw.redirects, redirectSchema, problems),
    site: context.site,
  };
  const broken = brokenIds(raw, content);
  problems.push(...checkIntegrity(content, today, broken));
  problems.push(...checkRedirects(content.redirects));
  problems.push(...checkSitePlace(context.site, context.root, new Set([...content.places.map((p) => p.id), ...broken.ids])));
  const data = <T>(entries: readonly Located<T>[]) => new Map(entries.map((e) => [e.id, e.data]));
  problems.push(
    ...checkConsultations(
      content.consultations,
      { awards: data(content.awards), authorities: data(content.authorities), decisions: data(content.decisions), places: data(content.places), broken: broken.ids },
      today,
    ),
  );
  checkStoryImages(content.stories, context.root, problems);
  checkAttachments(content.decisions, context.root, context.site, problems);
  notices.push(...unnamedCorrections(content.decisions));
  scanTexts(readable([...raw.decisions, ...raw.stories, ...raw.movements, ...raw.awards, ...raw.authorities, ...raw.places]), problems, notices);
  scanTexts(readable(raw.consultations), problems, notices, NOT_PERSONAL_FIELDS);
  const counts: ContentCounts = {
    decisions: raw.decisions.length,
    recipients: readable(raw.decisions).reduce((n, d) => n + rawRecipients(d.data).length, 0),
    stories: raw.stories.length,
    movements: raw.movements.length,
    awards: raw.awards.length,
    authorities: raw.authorities.length,
    places: raw.places.length,
  };
  return { problems, notices, content, counts };
}

/** Where the content folder is and who publishes it (its site.yaml); problems in site.yaml go to `problems`. */
export function contentContext(root: string, problems: Problem[]): ContentContext {
  return { root, site: readSiteSettings(root, problems) };
}

/** Reads and validates the content folder in one go. */
export function validateFolder(root = contentRoot(), today = todayIso()): ValidationResult {
  const { content, problems: readProblems } = readContent(root);
  const result = validateContent(content, today, contentContext(root, readProblems));
  return { ...result, problems: [...readProblems, ...result.problems] };
}

/**
 * A correcting decision that names no row of a decision it corrects is published, but its target's page can
 * only say "corrected" without saying where (ADR 0015): staff are told to list the rows (`corrections:`).
 */
function unnamedCorrections(decisions: readonly Located<Decision>[]): Problem[] {
  return decisions.flatMap(({ file, data: d }) =>
    (d.corrects ?? []).flatMap((target, i) =>
      (d.corrections ?? []).some((c) => c.decision === target) ? [] : [problem(file, `corrects[${i}]`, 'correction-rows-unnamed', { other: target })],
    ),
  );
}
