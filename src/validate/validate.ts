/**
 * The content validator: schemas, then cross-file integrity, then a scan for personal data. Shared by
 * `npm run check`, the build (src/build/content-steps.ts) and the staff import.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { awardSchema } from '../schemas/award.ts';
import { authoritySchema } from '../schemas/authority.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { NOT_PERSONAL_FIELDS, consultationSchema } from '../schemas/consultation.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { movementSchema } from '../schemas/movement.ts';
import { placeSchema } from '../schemas/place.ts';
import { redirectSchema } from '../schemas/redirect.ts';
import { plainStorySchema } from '../schemas/story.ts';
import { checkConsultations } from '../model/consultations.ts';
import { contentRoot, readContent, type RawContent, type RawEntry } from './content-files.ts';
import { todayIso } from '../text/dates.ts';
import { checkIntegrity, type BrokenIds, type Located, type ParsedContent } from './integrity.ts';
import { findPersonalData, stringsIn } from './personal-data.ts';
import { problem, type Problem } from './problems.ts';
import { checkRedirects } from './redirects.ts';
import { slugify } from '../text/vietnamese.ts';
import { fieldPath, zodIssuesToProblems } from './zod-problems.ts';

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
  content: ParsedContent;
  counts: ContentCounts;
}

function parseAll<T>(entries: readonly RawEntry[], schema: z.ZodType<T>, problems: Problem[]): Located<T>[] {
  const out: Located<T>[] = [];
  for (const entry of entries) {
    if (entry.unreadable) continue;
    const result = schema.safeParse(entry.data);
    if (result.success) {
      out.push({ id: entry.id, file: entry.file, path: entry.path, prefix: entry.prefix, data: result.data });
      continue;
    }
    for (const p of zodIssuesToProblems(entry.file, entry.data, schema, result.error.issues))
      problems.push(entry.prefix ? { ...p, field: p.field ? `${entry.prefix}.${p.field}` : entry.prefix } : p);
  }
  return out;
}

function checkFileNames(entries: readonly RawEntry[], problems: Problem[]): void {
  for (const { id, file } of entries)
    if (!ID_PATTERN.test(id)) {
      const name = id.split('/').at(-1) ?? id;
      problems.push(problem(file, '', 'bad-file-name', { name, suggestion: slugify(name) }));
    }
}

/** `exempt`: top-level fields a schema declares to hold no personal data (an office's contact details). */
function scanPersonalData(entries: readonly RawEntry[], problems: Problem[], exempt: readonly string[] = []): void {
  for (const entry of entries) {
    for (const [path, text] of stringsIn(entry.data)) {
      if (typeof path[0] === 'string' && exempt.includes(path[0])) continue;
      const hit = findPersonalData(text);
      if (!hit) continue;
      const field = fieldPath(path);
      const index = path[0] === 'recipients' && typeof path[1] === 'number' ? path[1] : undefined;
      const name = index === undefined ? undefined : (entry.data as { recipients: { name?: unknown }[] }).recipients[index]?.name;
      const row = index === undefined ? undefined : typeof name === 'string' ? { number: index + 1, name } : { number: index + 1 };
      problems.push(problem(entry.file, entry.prefix ? `${entry.prefix}.${field}` : field, 'personal-data-value', { value: hit.match, kind: hit.kind.vi }, row));
    }
    const hit = entry.body ? findPersonalData(entry.body) : undefined;
    if (hit) problems.push(problem(entry.file, '(nội dung / body)', 'personal-data-value', { value: hit.match, kind: hit.kind.vi }));
  }
}

/** Ids present in the files but not among the schema-valid entries, and honoree ids they carry. */
function brokenIds(raw: RawContent, content: ParsedContent): BrokenIds {
  const broken = new Set<string>();
  for (const key of Object.keys(raw) as (keyof RawContent)[]) {
    const valid = new Set(content[key].map((e) => e.id));
    for (const entry of raw[key]) {
      if (valid.has(entry.id)) continue;
      broken.add(entry.id);
      const recipients = (entry.data as { recipients?: unknown } | null)?.recipients;
      if (Array.isArray(recipients))
        for (const r of recipients) if (typeof (r as { id?: unknown } | null)?.id === 'string') broken.add((r as { id: string }).id);
    }
  }
  return { ids: broken, unreadableDecision: raw.decisions.some((d) => d.unreadable) };
}

export function validateContent(raw: RawContent, today = todayIso()): ValidationResult {
  const problems: Problem[] = [];
  checkFileNames([...raw.decisions, ...raw.stories, ...raw.movements, ...raw.consultations], problems);
  const readable = (entries: readonly RawEntry[]) => entries.filter((e) => !e.unreadable);
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
  };
  const broken = brokenIds(raw, content);
  problems.push(...checkIntegrity(content, today, broken));
  problems.push(...checkRedirects(content.redirects));
  const data = <T>(entries: readonly Located<T>[]) => new Map(entries.map((e) => [e.id, e.data]));
  problems.push(
    ...checkConsultations(
      content.consultations,
      { awards: data(content.awards), authorities: data(content.authorities), decisions: data(content.decisions), places: data(content.places), broken: broken.ids },
      today,
    ),
  );
  scanPersonalData(readable([...raw.decisions, ...raw.stories, ...raw.movements, ...raw.awards, ...raw.authorities, ...raw.places]), problems);
  scanPersonalData(readable(raw.consultations), problems, NOT_PERSONAL_FIELDS);
  const counts: ContentCounts = {
    decisions: raw.decisions.length,
    recipients: readable(raw.decisions).reduce((n, d) => n + ((d.data as { recipients?: unknown[] } | null)?.recipients?.length ?? 0), 0),
    stories: raw.stories.length,
    movements: raw.movements.length,
    awards: raw.awards.length,
    authorities: raw.authorities.length,
    places: raw.places.length,
  };
  return { problems, content, counts };
}

/** Reads and validates the content folder in one go. */
export function validateFolder(root = contentRoot(), today = todayIso()): ValidationResult {
  const { content, problems: readProblems } = readContent(root);
  const result = validateContent(content, today);
  return { ...result, problems: [...readProblems, ...result.problems] };
}
