/**
 * `npm run new -- authority|place|award`: one more entry at the end of a catalogue (authorities.yaml,
 * places.yaml, awards.yaml). The id is checked against the catalogue, references against theirs, and
 * the entry against the same schema and checks as `npm run check`; the file's comments and order stay
 * as they are, since the entry is appended and the result read back before it is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ID_PATTERN } from '../schemas/common.ts';
import { AUTHORITY_LEVELS, AWARD_CATEGORIES, AWARD_LEVELS, CONFERRALS, PLACE_KINDS, RECIPIENT_KINDS } from '../schemas/vocab.ts';
import { CONTENT_LAYOUT, readContent, type DataCollection, type RawContent, type RawEntry } from '../validate/content-files.ts';
import type { Problem } from '../validate/problems.ts';
import { contentContext, validateContent } from '../validate/validate.ts';
import { todayIso } from '../text/dates.ts';
import { normaliseSpace, slugify } from '../text/vietnamese.ts';
import { CliError } from './cli-error.ts';
import { dumpYaml } from './yaml.ts';
import { writeFileSafely } from './write-safely.ts';
import { displayPath, isoDateInput, resolveId, suggestIds, type FlagSpec, type Values } from './scaffold.ts';

export const CATALOGUE_TYPES = ['authority', 'place', 'award'] as const;
export type CatalogueType = (typeof CATALOGUE_TYPES)[number];

const COLLECTION: Record<CatalogueType, Exclude<DataCollection, 'redirects'>> = { authority: 'authorities', place: 'places', award: 'awards' };

const flag = (name: string, vi: string, en: string, required = false): FlagSpec => ({ flag: name, label: { vi, en }, required });
const choice = (values: readonly string[]) => values.join(', ');
const VALIDITY = [
  flag('valid-from', 'Ngày bắt đầu có hiệu lực (không bắt buộc)', 'First valid day (optional)'),
  flag('valid-to', 'Ngày hết hiệu lực (không bắt buộc)', 'Last valid day (optional)'),
];

export const CATALOGUE_FLAGS: Record<CatalogueType, readonly FlagSpec[]> = {
  authority: [
    flag('name', 'Tên đầy đủ ("Ủy ban nhân dân tỉnh Quảng Bình")', 'Full name in Vietnamese', true),
    flag('name-en', 'Tên tiếng Anh ("People\'s Committee of Quảng Bình Province")', 'English name', true),
    flag('short-name', 'Tên ngắn ("UBND tỉnh Quảng Bình")', 'Short name', true),
    flag('level', `Cấp: ${choice(AUTHORITY_LEVELS)}`, `Level: ${choice(AUTHORITY_LEVELS)}`, true),
    flag('place', 'Địa bàn quản lý (mã hoặc tên trong places.yaml, không bắt buộc)', 'Territory (id or name in places.yaml, optional)'),
    ...VALIDITY,
    flag('id', 'Mã (mặc định theo tên ngắn)', 'Id (default from the short name)'),
  ],
  place: [
    flag('name', 'Tên kèm cấp, như viết ("xã Văn Hóa", "thị xã Gò Công")', 'Name with its kind, as written', true),
    flag('kind', `Loại: ${choice(PLACE_KINDS)}`, `Kind: ${choice(PLACE_KINDS)}`, true),
    flag('parent', 'Đơn vị cấp trên (mã hoặc tên trong places.yaml, không bắt buộc)', 'Parent unit (id or name, optional)'),
    flag('code', 'Mã Tổng cục Thống kê (không bắt buộc)', 'Statistical code (optional)'),
    ...VALIDITY,
    flag('note', 'Ghi chú nguồn (không bắt buộc)', 'Note on the source (optional)'),
    flag('id', 'Mã (mặc định: mã cấp trên/tên)', 'Id (default: parent id/name)'),
  ],
  award: [
    flag('name', 'Tên như in trên quyết định ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")', 'Name as decisions print it', true),
    flag('name-en', 'Tên tiếng Anh chính thức', 'Official English name', true),
    flag('category', `Loại: ${choice(AWARD_CATEGORIES)}`, `Category: ${choice(AWARD_CATEGORIES)}`, true),
    flag('level', `Cấp: ${choice(AWARD_LEVELS)}`, `Level: ${choice(AWARD_LEVELS)}`, true),
    flag('recipient-kinds', `Đối tượng, cách nhau bằng dấu phẩy: ${choice(RECIPIENT_KINDS)}`, `Recipient kinds, comma-separated: ${choice(RECIPIENT_KINDS)}`, true),
    flag('precedence', 'Thứ bậc (1 là cao nhất)', 'Order of precedence (1 is the highest)', true),
    flag('conferred-by', `Cấp quyết định, cách nhau bằng dấu phẩy: ${choice(AUTHORITY_LEVELS)}`, `Conferring levels, comma-separated: ${choice(AUTHORITY_LEVELS)}`, true),
    flag('conferral', `Cách ghi trong quyết định (không bắt buộc): ${choice(CONFERRALS)}`, `How decisions word it (optional): ${choice(CONFERRALS)}`),
    flag('basis', 'Căn cứ pháp lý (không bắt buộc)', 'Legal basis (optional)'),
    ...VALIDITY,
    flag('note', 'Ghi chú (không bắt buộc)', 'Note (optional)'),
    flag('id', 'Mã (mặc định theo tên)', 'Id (default from the name)'),
  ],
};

function text(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' && v.trim() ? normaliseSpace(v) : undefined;
}

function listOf(values: Values, key: string): string[] | undefined {
  const v = text(values, key);
  return v ? v.split(/[,;]\s*/).map((x) => x.trim()).filter(Boolean) : undefined;
}

function date(values: Values, key: string): string | undefined {
  const v = text(values, key);
  return v ? isoDateInput(v) : undefined;
}

/** A reference to another catalogue entry, which must exist: a new entry never points at nothing. */
function reference(content: RawContent, collection: 'places', values: Values, key: string): string | undefined {
  const v = text(values, key);
  if (!v) return undefined;
  const id = resolveId(content, collection, v);
  if (content[collection].some((e) => e.id === id)) return id;
  const near = suggestIds(content, collection, v);
  throw new CliError('unknown-entry', { what: `--${key}`, value: v, where: `${collection}.yaml`, suggestion: near.length ? ` (${near.join(', ')}?)` : '', command: 'place' });
}

function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

/** The entry as it will be written, field order as in the schema. */
export function draftCatalogueEntry(type: CatalogueType, values: Values, content: RawContent): Record<string, unknown> {
  const name = text(values, 'name') ?? '';
  const validity = { validFrom: date(values, 'valid-from'), validTo: date(values, 'valid-to') };
  if (type === 'authority') {
    const shortName = text(values, 'short-name') ?? '';
    return compact({ id: text(values, 'id') ?? slugify(shortName), name, nameEn: text(values, 'name-en'), shortName, level: text(values, 'level'), place: reference(content, 'places', values, 'place'), ...validity });
  }
  if (type === 'place') {
    const parent = reference(content, 'places', values, 'parent');
    return compact({ id: text(values, 'id') ?? (parent ? `${parent}/${slugify(name)}` : slugify(name)), name, kind: text(values, 'kind'), parent, code: text(values, 'code'), ...validity, note: text(values, 'note') });
  }
  const precedence = text(values, 'precedence');
  return compact({
    id: text(values, 'id') ?? slugify(name),
    name,
    nameEn: text(values, 'name-en'),
    category: text(values, 'category'),
    conferral: text(values, 'conferral'),
    level: text(values, 'level'),
    recipientKinds: listOf(values, 'recipient-kinds'),
    precedence: precedence && /^\d+$/.test(precedence) ? Number(precedence) : precedence,
    conferredBy: listOf(values, 'conferred-by'),
    ...validity,
    basis: text(values, 'basis'),
    note: text(values, 'note'),
  });
}

export interface CatalogueResult {
  /** The catalogue file as staff read it (`content/awards.yaml`). */
  file: string;
  id: string;
  /** What was appended. */
  yaml: string;
  /** Problems of the new entry: nothing is written while there are any. */
  problems: Problem[];
  written: boolean;
}

/** Checks the entry as `npm run check` would, and appends it to its catalogue when it has no problem. */
export function addCatalogueEntry(root: string, type: CatalogueType, values: Values, today = todayIso()): CatalogueResult {
  const collection = COLLECTION[type];
  const path = join(root, CONTENT_LAYOUT[collection].file);
  const file = displayPath(root, path);
  const { content, problems: readProblems } = readContent(root);
  const entry = draftCatalogueEntry(type, values, content);
  const id = String(entry.id ?? '');
  if (!ID_PATTERN.test(id)) throw new CliError('bad-option', { flag: '--id', value: id, expected: 'a-z, 0-9, "-" and "/" (ubnd-tinh-quang-binh)' });
  if (content[collection].some((e) => e.id === id)) throw new CliError('id-taken', { id, file });

  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const old = before.trim() ? yaml.load(before, { schema: yaml.CORE_SCHEMA }) : [];
  if (!Array.isArray(old)) throw new CliError('catalogue-unreadable', { file, detail: 'not a list' });
  const added = dumpYaml([entry]);
  const after = `${before}${before && !before.endsWith('\n') ? '\n' : ''}${added}`;
  if (!isDeepStrictEqual(yaml.load(after, { schema: yaml.CORE_SCHEMA }), [...old, entry])) throw new CliError('catalogue-unreadable', { file, detail: 'the end of the file is not a list item' });

  const prefix = `[${old.length}]`;
  const raw: RawEntry = { id, file, path, data: entry, prefix, body: '' };
  content[collection] = [...content[collection], raw];
  const all = validateContent(content, today, contentContext(root, readProblems)).problems;
  const own = all.filter((p) => p.file === file && (p.field === prefix || p.field.startsWith(`${prefix}.`)));
  const result: CatalogueResult = { file, id, yaml: added, problems: own, written: false };
  if (own.length) return result;
  writeFileSafely(path, after, file);
  result.written = true;
  return result;
}
