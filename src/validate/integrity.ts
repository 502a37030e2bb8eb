/**
 * Checks that span files: references resolve, numbers are unique, awards go to the kinds and on the
 * dates the rules allowed, corrections and revocations are recorded on both sides. Works on parsed,
 * schema-valid entries; every finding is a Problem naming file and field.
 */
import type { Award } from '../schemas/award.ts';
import type { Authority } from '../schemas/authority.ts';
import type { Consultation } from '../schemas/consultation.ts';
import { decisionLines, type Decision } from '../schemas/decision.ts';
import type { Recipient } from '../schemas/recipient.ts';
import type { Movement } from '../schemas/movement.ts';
import type { Place } from '../schemas/place.ts';
import type { Redirect } from '../schemas/redirect.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { StoryData } from '../schemas/story.ts';
import { OCCUPATION_GROUPS, RECIPIENT_KIND_LABELS, RECIPIENT_KINDS } from '../schemas/vocab.ts';
import { firstDate, formatSpan, sortDate, yearOfDate } from '../text/dates.ts';
import { problem, type Problem } from './problems.ts';
import { foldVietnamese } from '../text/vietnamese.ts';

export interface Located<T> {
  id: string;
  file: string;
  /** Absolute path of the file. */
  path: string;
  /** Prefix of field paths inside a shared data file: `[3]`. */
  prefix: string;
  data: T;
}

export interface ParsedContent {
  decisions: Located<Decision>[];
  stories: Located<StoryData & { imageExists?: boolean }>[];
  movements: Located<Movement>[];
  awards: Located<Award>[];
  authorities: Located<Authority>[];
  places: Located<Place>[];
  consultations: Located<Consultation>[];
  redirects: Located<Redirect>[];
  /** The office that publishes the portal (content/site.yaml). */
  site: SiteSettings;
}

/** Anything with ids to look a reference up in. */
type Known = { has(key: string): boolean; keys(): Iterable<string> };

function byId<T>(entries: readonly Located<T>[]): Map<string, Located<T>> {
  return new Map(entries.map((e) => [e.id, e]));
}

function at(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}

/** Normalised decision number for uniqueness: case, spaces and Đ/D do not make two numbers different. */
export function numberKey(number: string): string {
  return foldVietnamese(number).replace(/\s+/g, '');
}

/** When two rows of one decision are the same honoree: kind, folded name, folded unit and commune. */
export function recipientKey(r: Pick<Recipient, 'kind' | 'name' | 'unit' | 'place'>): string {
  return `${r.kind}|${foldVietnamese(r.name)}|${foldVietnamese(r.unit ?? '')}|${r.place ?? ''}`;
}

/**
 * Whether something valid from `from` to `to` (either end open) could have been in force on `date`: for a
 * full date, that day; for a date known only to the month or year, some day of it (ADR 0013). The
 * validator cannot reject what may be right, and staff who learn the day get the exact check.
 */
function couldBeWithin(date: string, from?: string, to?: string): boolean {
  return (!from || sortDate(date) >= from) && (!to || firstDate(date) <= to);
}

/**
 * Ids of entries that exist but failed their schema: references to them are not reported again, since
 * the broken file has its own message and one mistake should produce one line.
 */
export interface BrokenIds {
  ids: ReadonlySet<string>;
  /** A decision file could not be parsed at all, so the honoree ids it holds are unknown. */
  unreadableDecision: boolean;
}

export function checkIntegrity(content: ParsedContent, today: string, broken: BrokenIds = { ids: new Set(), unreadableDecision: false }): Problem[] {
  const problems: Problem[] = [];
  const awards = byId(content.awards);
  const authorities = byId(content.authorities);
  const places = byId(content.places);
  const movements = byId(content.movements);
  const decisions = byId(content.decisions);

  const ref = (file: string, field: string, what: string, where: string, value: string, known: Known, row?: Problem['row']) => {
    if (known.has(value)) return true;
    if (broken.ids.has(value)) return false;
    const folded = foldVietnamese(value).replace(/\s/g, '-');
    const near = [...known.keys()].find((k) => k.includes(folded) || folded.includes(k));
    problems.push(problem(file, field, 'unknown-ref', { what, where, value, suggestion: near ? ` (${near}?)` : '' }, row));
    return false;
  };

  for (const collection of ['awards', 'authorities', 'places'] as const) {
    const seen = new Map<string, string>();
    for (const e of content[collection]) {
      if (seen.has(e.id)) problems.push(problem(e.file, at(e.prefix, 'id'), 'duplicate-id', { value: e.id }));
      seen.set(e.id, e.file);
    }
  }

  for (const { file, prefix, data } of content.places) {
    if (data.parent) ref(file, at(prefix, 'parent'), 'place', 'places.yaml', data.parent, places);
    data.succeededBy?.forEach((s, i) => ref(file, at(prefix, `succeededBy[${i}].place`), 'place', 'places.yaml', s.place, places));
  }
  for (const { file, prefix, data } of content.authorities) {
    if (data.place) ref(file, at(prefix, 'place'), 'place', 'places.yaml', data.place, places);
  }
  for (const { file, data } of content.movements) {
    ref(file, 'launchedBy', 'authority', 'authorities.yaml', data.launchedBy, authorities);
  }

  const numbers = new Map<string, Located<Decision>>();
  const corrected = new Map<string, string>();
  const honoreeIds = new Set<string>();
  for (const entry of content.decisions) {
    const { file, data: d } = entry;
    // A partial date is in the future only when its first possible day is.
    if (firstDate(d.date) > today) problems.push(problem(file, 'date', 'future-date', { value: d.date, today }));
    const when = d.date;
    const authority = ref(file, 'authority', 'authority', 'authorities.yaml', d.authority, authorities) ? authorities.get(d.authority)!.data : undefined;
    if (d.period.movement) ref(file, 'period.movement', 'movement', 'content/movements/', d.period.movement, movements);

    if (authority) {
      // Numbering starts again each year, so "15/QĐ-UBND" of 2017 and of 2018 are two decisions.
      const year = String(yearOfDate(d.date));
      const key = `${d.authority}|${year}|${numberKey(d.number)}`;
      const other = numbers.get(key);
      if (other)
        problems.push(problem(file, 'number', 'duplicate-number', { value: d.number, authority: authority.shortName, year, other: other.file }));
      else numbers.set(key, entry);
      if (!couldBeWithin(d.date, authority.validFrom, authority.validTo))
        problems.push(problem(file, 'authority', 'authority-not-valid-then', { authority: authority.name, date: when, span: formatSpan(authority.validFrom, authority.validTo) }));
    }

    for (const line of decisionLines(d)) {
      const at = (field: string) => (line.field ? `${line.field}.${field}` : field);
      const award = ref(file, at('award'), 'award form', 'awards.yaml', line.award, awards) ? awards.get(line.award)!.data : undefined;
      if (award) {
        if (!couldBeWithin(d.date, award.validFrom, award.validTo))
          problems.push(problem(file, at('award'), 'award-not-valid-then', { award: award.name, date: when, span: formatSpan(award.validFrom, award.validTo) }));
        if (authority && !award.conferredBy.includes(authority.level))
          problems.push(problem(file, at('award'), 'authority-cannot-confer', { authority: authority.shortName, level: authority.level, award: award.name, allowed: award.conferredBy.join(', ') }));
      }

      // "No one twice" holds within a line: the same collective under two lines of one decision is two awards.
      const seenPeople = new Map<string, number>();
      line.recipients.forEach((r, i) => {
        const rowNumber = line.firstRow + i;
        const row = { number: rowNumber, name: r.name };
        const field = at(`recipients[${i}]`);
        if (award && !award.recipientKinds.includes(r.kind))
          problems.push(problem(file, `${field}.kind`, 'kind-not-allowed', {
            award: award.name,
            kind: RECIPIENT_KIND_LABELS[r.kind].vi,
            allowed: award.recipientKinds.map((k) => RECIPIENT_KIND_LABELS[k].vi).join(', '),
          }, row));
        if (r.place && ref(file, `${field}.place`, 'place', 'places.yaml', r.place, places, row)) {
          const place = places.get(r.place)!.data;
          if (!couldBeWithin(d.date, place.validFrom, place.validTo)) {
            const next = place.succeededBy?.filter((s) => s.from <= sortDate(d.date)).map((s) => s.place).join(', ');
            problems.push(problem(file, `${field}.place`, 'place-not-valid-then', { place: place.name, date: when, successor: next ? ` (${next})` : '' }, row));
          }
        }
        const keys = [recipientKey(r)];
        if (r.id) {
          keys.push(`id|${r.id}`);
          honoreeIds.add(r.id);
        }
        for (const key of keys) {
          const earlier = seenPeople.get(key);
          if (earlier !== undefined) {
            problems.push(problem(file, `${field}.name`, 'duplicate-recipient', { value: r.name, other: earlier }, row));
            break;
          }
        }
        for (const key of keys) if (!seenPeople.has(key)) seenPeople.set(key, rowNumber);
      });
    }

    checkAmendments(entry, decisions, problems, ref);
    checkCorrections(entry, decisions, places, corrected, problems, ref);
  }

  for (const { file, data: s } of content.stories) {
    if (!broken.unreadableDecision) s.honorees.forEach((h, i) => ref(file, `honorees[${i}]`, 'honoree id', 'the recipients of a decision (field id)', h, honoreeIds));
    s.decisions.forEach((d, i) => ref(file, `decisions[${i}]`, 'decision', 'content/decisions/', d, decisions));
    if (s.place) ref(file, 'place', 'place', 'places.yaml', s.place, places);
    if (s.movement) ref(file, 'movement', 'movement', 'content/movements/', s.movement, movements);
    if (s.image && s.imageExists === false) problems.push(problem(file, 'image', 'image-missing', { value: s.image }));
    if (s.image && !s.imageAlt) problems.push(problem(file, 'imageAlt', 'image-alt-missing'));
    if (s.date > today) problems.push(problem(file, 'date', 'future-date', { value: s.date, today }));
  }
  return problems;
}

type RefCheck = (file: string, field: string, what: string, where: string, value: string, known: Known) => boolean;

/**
 * Each `corrections` entry names a decision the file `corrects`, a row that decision has, and the value
 * the row holds now, so a correction never lands on the wrong person; a field of a row is corrected once.
 * `corrected` maps "decision#row#field" to the decision that corrected it, across all decisions.
 */
function checkCorrections(
  entry: Located<Decision>,
  decisions: Map<string, Located<Decision>>,
  places: Known,
  corrected: Map<string, string>,
  problems: Problem[],
  ref: RefCheck,
): void {
  const { id, file, data: d } = entry;
  (d.corrections ?? []).forEach((c, i) => {
    const field = (name: string) => `corrections[${i}].${name}`;
    if (!ref(file, field('decision'), 'decision', 'content/decisions/', c.decision, decisions)) return;
    if (!(d.corrects ?? []).includes(c.decision)) problems.push(problem(file, field('decision'), 'correction-not-listed', { other: c.decision }));
    const rows = decisionLines(decisions.get(c.decision)!.data).flatMap((line) => [...line.recipients]);
    const recipient = rows[c.row - 1];
    if (!recipient) {
      problems.push(problem(file, field('row'), 'correction-no-row', { other: c.decision, row: c.row, rows: rows.length }));
      return;
    }
    const current = recipient[c.field];
    if (current !== c.from)
      problems.push(problem(file, field('from'), 'correction-from-mismatch', { other: c.decision, row: c.row, field: c.field, current: current ?? '', value: c.from ?? '' }));
    const allowed = c.field === 'kind' ? RECIPIENT_KINDS : c.field === 'occupation' ? OCCUPATION_GROUPS : undefined;
    if (allowed && !(allowed as readonly string[]).includes(c.to))
      problems.push(problem(file, field('to'), 'correction-bad-value', { field: c.field, value: c.to, allowed: allowed.join(', ') }));
    if (c.field === 'place') ref(file, field('to'), 'place', 'places.yaml', c.to, places);
    const key = `${c.decision}#${c.row}#${c.field}`;
    const earlier = corrected.get(key);
    if (earlier) problems.push(problem(file, field('field'), 'correction-twice', { other: c.decision, row: c.row, field: c.field, earlier }));
    else corrected.set(key, id);
  });
}

/** Corrections and revocations must be written on both decisions, and the later one must be later. */
function checkAmendments(entry: Located<Decision>, decisions: Map<string, Located<Decision>>, problems: Problem[], ref: RefCheck): void {
  const { id, file, data: d } = entry;
  const pairs = [
    { field: 'corrects', targets: d.corrects ?? [], back: 'correctedBy', holds: (o: Decision) => (o.correctedBy ?? []).includes(id), later: true },
    { field: 'revokes', targets: d.revokes ?? [], back: 'revokedBy', holds: (o: Decision) => o.revokedBy === id, later: true },
    { field: 'correctedBy', targets: d.correctedBy ?? [], back: 'corrects', holds: (o: Decision) => (o.corrects ?? []).includes(id), later: false },
    { field: 'revokedBy', targets: d.revokedBy ? [d.revokedBy] : [], back: 'revokes', holds: (o: Decision) => (o.revokes ?? []).includes(id), later: false },
  ];
  for (const { field, targets, back, holds, later } of pairs) {
    targets.forEach((target, i) => {
      const fieldPath = field === 'revokedBy' ? field : `${field}[${i}]`;
      if (!ref(file, fieldPath, 'decision', 'content/decisions/', target, decisions)) return;
      const other = decisions.get(target)!;
      if (!holds(other.data))
        problems.push(problem(file, fieldPath, 'amend-mismatch', { this: id, field, other: target, otherField: back, expected: id }));
      // With a partial date on either side, only an order that no day of theirs allows is wrong.
      if (later && sortDate(d.date) < firstDate(other.data.date))
        problems.push(problem(file, 'date', 'amend-before-original', { date: d.date, other: target, otherDate: other.data.date }));
    });
  }
}
