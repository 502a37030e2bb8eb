/**
 * New content entries from a few answers: a decision, a story or a movement, written where the site
 * reads it, under a name the validator accepts, checked before anything touches the disk. Shared by
 * `npm run new` and `npm run import` (which drafts a decision whose recipients come from a list).
 */
import { constants, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import yaml from 'js-yaml';
import type { Recipient } from '../schemas/recipient.ts';
import { SOURCE_KINDS, UNKNOWN_SIGNER, awardFields, type AwardLine } from './import/decision-shape.ts';
import { matchCatalogue, type CatalogueEntry } from './catalogue-match.ts';
import { RECIPIENT_KINDS, type RecipientKind } from '../schemas/vocab.ts';
import { CONTENT_LAYOUT, readContent, type EntryCollection, type RawContent, type RawEntry } from '../validate/content-files.ts';
import { todayIso } from '../text/dates.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Problem } from '../validate/problems.ts';
import { dumpYaml } from './yaml.ts';
import { contentContext, validateContent } from '../validate/validate.ts';
import { foldVietnamese, normaliseSpace, slugify } from '../text/vietnamese.ts';
import { CliError } from './cli-error.ts';
import { writeFileSafely } from './write-safely.ts';
import { placeFinder, type PlaceRef } from './import/places.ts';
import { kindFromName, parseKind, parseOccupation, tidyName } from './import/rows.ts';

export const ENTRY_TYPES = ['decision', 'story', 'movement'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface FlagSpec {
  flag: string;
  label: Record<Lang, string>;
  /** Always, or depending on the other answers (a signer's title only when the signer is known). */
  required?: boolean | ((values: Values) => boolean);
  /** May be given several times (`--recipient A --recipient B`). */
  multiple?: boolean;
}

/** Answers by flag name, as `node:util` parseArgs returns them. */
export type Values = Record<string, string | string[] | boolean | undefined>;

const flag = (name: string, vi: string, en: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({ flag: name, label: { vi, en }, ...extra });

/** The fields of a decision a list import needs too; `recipient` is scaffold-only. */
export const DECISION_FLAGS: readonly FlagSpec[] = [
  flag('number', 'Số quyết định, như in trên văn bản (ví dụ 1234/QĐ-UBND)', 'Decision number as printed (e.g. 1234/QĐ-UBND)', { required: true }),
  flag('date', 'Ngày ký (2017-08-10 hoặc 10/8/2017; chỉ biết tháng: 2014-09 hoặc 9/2014; chỉ biết năm: 2014)', 'Date of signature (2017-08-10 or 10/8/2017; month only: 2014-09; year only: 2014)', { required: true }),
  flag('authority', 'Cơ quan ban hành (mã hoặc tên trong authorities.yaml, ví dụ "UBND tỉnh")', 'Issuing authority (id or name in authorities.yaml)', { required: true }),
  flag('award', 'Hình thức khen thưởng (mã hoặc tên trong awards.yaml, ví dụ "Lao động tiên tiến"); với danh sách nhập, chỉ dùng cho dòng bảng tính không ghi hình thức', 'Award form (id or name in awards.yaml); in an import, only for rows whose sheet names none', {
    required: (values) => list(values.recipient).length > 0,
  }),
  flag('reason', 'Lý do khen thưởng ("Đã hoàn thành tốt nhiệm vụ …")', 'Reason for the award', { required: true }),
  flag('year', 'Năm của thành tích (năm học 2016–2017 ghi 2016)', 'Year of the achievement (school year 2016–2017: 2016)', { required: true }),
  flag('signer', 'Họ tên người ký ("unknown" nếu nguồn không ghi)', 'Name of the signer ("unknown" when the source does not say)', { required: true }),
  flag('signer-title', 'Chức vụ người ký (ví dụ "KT. Chủ tịch – Phó Chủ tịch")', 'Title the signer signed under', { required: (values) => !signerUnknown(values.signer) }),
  flag('source-kind', `Nguồn của quyết định: ${SOURCE_KINDS.join(', ')} (không bắt buộc)`, `Where the decision was read: ${SOURCE_KINDS.join(', ')} (optional)`),
  flag('source-title', 'Tên báo, công báo hoặc cổng thông tin (không bắt buộc)', 'Title of the newspaper, gazette or portal (optional)'),
  flag('source-url', 'Địa chỉ bài báo hoặc văn bản (không bắt buộc)', 'Address of the article or document (optional)'),
  flag('source-date', 'Ngày của bài báo hoặc số công báo (không bắt buộc)', 'Date of the article or issue (optional)'),
  flag('source-checked', 'Đã đối chiếu với bản gốc có chữ ký: yes hoặc no (mặc định no)', 'Compared with the signed original: yes or no (default no)'),
  flag('movement', 'Phong trào thi đua (mã hoặc tên, không bắt buộc)', 'Emulation movement (id or title, optional)'),
  flag('occasion', 'Dịp khen thưởng (ví dụ "Tổng kết năm học 2016–2017", không bắt buộc)', 'Occasion (optional)'),
  flag('kind', 'Loại đối tượng mặc định: individual (cá nhân), collective (tập thể), household (hộ gia đình)', 'Default recipient kind'),
  flag('place', 'Xã mặc định của người được khen (mã hoặc tên trong places.yaml)', 'Default commune of the recipients'),
  flag('occupation', 'Thành phần mặc định (ví dụ teacher, farmer)', 'Default occupational group'),
  flag('slug', 'Phần cuối tên tệp (mặc định là mã hình thức khen thưởng)', 'End of the file name (default: the award id)'),
];

export const ENTRY_FLAGS: Record<EntryType, readonly FlagSpec[]> = {
  decision: [
    ...DECISION_FLAGS,
    flag('recipient', 'Tên người hoặc tập thể được khen, có thể nhiều lần (không bắt buộc: danh sách nhập sau bằng npm run import -- … --decision)', 'Name of a recipient, repeatable (optional: import the list later with npm run import -- … --decision)', { multiple: true }),
  ],
  story: [
    flag('title', 'Tiêu đề bài viết', 'Title', { required: true }),
    flag('summary', 'Tóm tắt một hai câu', 'One- or two-sentence summary', { required: true }),
    flag('date', 'Ngày đăng (mặc định hôm nay)', 'Date (default today)'),
    flag('honoree', 'Mã người được khen trong quyết định (trường id), có thể nhiều lần', 'Honoree id (recipients’ id), repeatable', { multiple: true }),
    flag('decision', 'Mã quyết định liên quan (ví dụ 2017/1820-qd-ubnd-bang-khen-nong-thon-moi), có thể nhiều lần', 'Related decision id, repeatable', { multiple: true }),
    flag('place', 'Xã (mã hoặc tên trong places.yaml)', 'Commune (id or name)'),
    flag('movement', 'Phong trào (mã hoặc tên)', 'Movement (id or title)'),
    flag('image', 'Tệp ảnh (sẽ được chép vào cạnh bài viết)', 'Photo file (copied beside the story)'),
    flag('image-alt', 'Mô tả ảnh cho người khiếm thị (bắt buộc khi có ảnh)', 'Description of the photo (required with a photo)'),
    flag('author', 'Tác giả', 'Author'),
    flag('slug', 'Tên tệp (mặc định theo tiêu đề)', 'File name (default from the title)'),
  ],
  movement: [
    flag('title', 'Tên phong trào', 'Title', { required: true }),
    flag('title-en', 'Tên tiếng Anh', 'English title'),
    flag('launched-by', 'Cơ quan phát động (mã hoặc tên trong authorities.yaml)', 'Launching authority (id or name)', { required: true }),
    flag('summary', 'Tóm tắt một hai câu', 'One- or two-sentence summary', { required: true }),
    flag('from', 'Ngày phát động (không bắt buộc)', 'Launch date (optional)'),
    flag('to', 'Ngày kết thúc (không bắt buộc)', 'End date (optional)'),
    flag('slug', 'Tên tệp (mặc định theo tên phong trào)', 'File name (default from the title)'),
  ],
};

function single(value: Values[string]): string | undefined {
  const v = Array.isArray(value) ? value.at(-1) : value;
  return typeof v === 'string' && v.trim() ? normaliseSpace(v) : undefined;
}

function list(value: Values[string]): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return items.map(normaliseSpace).filter(Boolean);
}

function signerUnknown(value: Values[string]): boolean {
  const v = foldVietnamese(single(value) ?? '');
  return v === UNKNOWN_SIGNER || v === 'chua ro' || v === 'khong ro';
}

function isRequired(spec: FlagSpec, values: Values): boolean {
  return typeof spec.required === 'function' ? spec.required(values) : spec.required === true;
}

/** Required flags with no answer, as `--flag` words. */
export function missingFlags(specs: readonly FlagSpec[], values: Values): string[] {
  return specs.filter((s) => isRequired(s, values) && (s.multiple ? list(values[s.flag]).length === 0 : !single(values[s.flag]))).map((s) => `--${s.flag}`);
}

/** Asks for each missing required field, one question at a time (several answers for a list). */
export async function askMissing(
  specs: readonly FlagSpec[],
  values: Values,
  lang: Lang,
  ask: (question: string) => Promise<string>,
): Promise<Values> {
  const out: Values = { ...values };
  for (const spec of specs) {
    if (!missingFlags([spec], out).length) continue;
    if (!spec.multiple) {
      let answer = '';
      while (!answer.trim()) answer = await ask(`${spec.label[lang]}: `);
      out[spec.flag] = answer;
      continue;
    }
    const answers: string[] = [];
    for (;;) {
      const answer = (await ask(`${spec.label[lang]} [${answers.length + 1}]: `)).trim();
      if (answer) answers.push(answer);
      else if (answers.length) break;
    }
    out[spec.flag] = answers;
  }
  return out;
}

/**
 * Fills in missing required answers: asked one by one in a terminal; without one (a script, CI) the
 * command stops and names every missing flag.
 */
export async function completeValues(
  specs: readonly FlagSpec[],
  values: Values,
  lang: Lang,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stdout,
): Promise<Values> {
  const missing = missingFlags(specs, values);
  if (!missing.length) return values;
  if (!input.isTTY) throw new CliError('missing-options', { flags: missing.join(', ') });
  const rl = createInterface({ input, output });
  try {
    return await askMissing(specs, values, lang, (question) => rl.question(question));
  } finally {
    rl.close();
  }
}

/** "10/8/2017" or "10-08-2017" → "2017-08-10", "9/2014" → "2014-09"; anything else is kept for the validator to judge. */
export function isoDateInput(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  return month ? `${month[2]}-${month[1]!.padStart(2, '0')}` : t;
}

/** A file-name slug of at most `max` characters, cut between words. */
export function shortSlug(text: string, max = 60): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

const LABELS = {
  awards: ['name', 'nameEn'],
  authorities: ['name', 'nameEn', 'shortName'],
  movements: ['title', 'titleEn'],
  places: ['name'],
} as const;

function field(entry: RawEntry, key: string): string | undefined {
  const value = (entry.data as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * An id from what staff typed: the id itself, or a name of the entry ("Lao động tiên tiến", "UBND
 * tỉnh"), with or without tone marks. Unknown or ambiguous text becomes an id-shaped guess,
 * so that the validator reports it as unknown, with a suggestion.
 */
export function resolveId(content: RawContent, collection: keyof typeof LABELS, value: string): string {
  const entries = content[collection];
  if (entries.some((e) => e.id === value)) return value;
  const folded = foldVietnamese(value);
  const hits = entries.filter((e) => slugify(value) === e.id || LABELS[collection].some((key) => foldVietnamese(field(e, key) ?? '\0') === folded));
  if (hits.length === 1) return hits[0]!.id;
  // "CT UBND tỉnh", "QĐ-TTg", "HCLĐ hạng 3", "TT. Na Dương": the abbreviations offices type.
  const match = matchCatalogue(catalogueEntries(content, collection), value);
  return 'id' in match ? match.id : slugify(value) || value;
}

/** A catalogue's entries with the names staff may type for them. */
export function catalogueEntries(content: RawContent, collection: keyof typeof LABELS): CatalogueEntry[] {
  return content[collection].map((e) => ({ id: e.id, labels: LABELS[collection].map((key) => field(e, key)).filter((v): v is string => v !== undefined) }));
}

/** The nearest entries to a value that names none, for a message ("ubnd-tinh-lang-son?"). */
export function suggestIds(content: RawContent, collection: keyof typeof LABELS, value: string): string[] {
  const match = matchCatalogue(catalogueEntries(content, collection), value);
  return 'id' in match ? [match.id] : match.suggestions;
}

/** Recipient kinds the award may go to, from awards.yaml. */
export function awardKinds(content: RawContent, award: string): RecipientKind[] {
  const kinds = (content.awards.find((a) => a.id === award)?.data as { recipientKinds?: unknown } | undefined)?.recipientKinds;
  return Array.isArray(kinds) ? kinds.filter((k): k is RecipientKind => (RECIPIENT_KINDS as readonly unknown[]).includes(k)) : [];
}

/** Kind for rows that do not say: `--kind`, else the award's only kind, else individual (a guess). */
export function defaultKind(flagValue: string | undefined, kinds: readonly RecipientKind[]): { value: RecipientKind; chosen: boolean } {
  if (flagValue) {
    const parsed = parseKind(flagValue);
    if (!parsed) throw new CliError('bad-option', { flag: '--kind', value: flagValue, expected: RECIPIENT_KINDS.join(', ') });
    return { value: parsed, chosen: true };
  }
  return kinds.length === 1 ? { value: kinds[0]!, chosen: true } : { value: 'individual', chosen: false };
}

export function placeRefs(content: RawContent): PlaceRef[] {
  return content.places.map((p) => {
    const d = (p.data ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof d[key] === 'string' ? d[key] : undefined);
    return { id: p.id, name: text('name') ?? '', kind: text('kind') ?? '', validFrom: text('validFrom'), validTo: text('validTo') };
  });
}

/** The commune id for `--place`, as it was on `date`; unknown text is kept for the validator. */
export function resolvePlace(content: RawContent, value: string | undefined, date: string): string | undefined {
  if (!value) return undefined;
  const match = placeFinder(placeRefs(content), date).byName(value);
  return 'found' in match ? match.found : value;
}

export function parseOccupationFlag(value: string | undefined): Recipient['occupation'] {
  if (!value) return undefined;
  const parsed = parseOccupation(value);
  if (!parsed) throw new CliError('bad-option', { flag: '--occupation', value, expected: 'farmer, direct-worker, small-collective, official, teacher, pupil, armed-forces, business, other' });
  return parsed;
}

/** Drops undefined fields, which YAML cannot write. */
function compact<T>(object: { [K in keyof T]?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** A content entry ready to write. */
export interface Draft {
  collection: EntryCollection;
  /** Path inside the content folder, `/`-separated: `decisions/2017/1234-qd-ubnd-lao-dong-tien-tien.md`. */
  relPath: string;
  data: Record<string, unknown>;
  body: string;
  /** Files to copy beside the entry (a story's photo): from a path on disk to a path inside the content folder. */
  copies: { from: string; to: string }[];
}

/** Content id of a draft: its path inside the collection folder, without extension. */
function draftId(draft: Draft): string {
  return draft.relPath.slice(CONTENT_LAYOUT[draft.collection].dir.length + 1).replace(/\.[^.]+$/, '');
}

/**
 * A decision from its fields; recipients from a list import, or from `--recipient` names. The file
 * goes to decisions/<year of signature>/<number>-<slug>.md, e.g. 2017/1399-qd-ubnd-lao-dong-tien-tien.md.
 */
export function draftDecision(values: Values, content: RawContent, lines?: AwardLine[]): Draft {
  const date = isoDateInput(single(values.date) ?? '');
  const awardText = single(values.award);
  const award = awardText ? resolveId(content, 'awards', awardText) : undefined;
  const year = single(values.year) ?? '';
  const movement = single(values.movement);
  const number = single(values.number) ?? '';
  const kind = defaultKind(single(values.kind), award ? awardKinds(content, award) : []);
  const place = resolvePlace(content, single(values.place), date);
  const occupation = parseOccupationFlag(single(values.occupation));
  const named = list(values.recipient).map((name) => {
    const k = kind.chosen ? kind.value : (kindFromName(name) ?? kind.value);
    return compact<Recipient>({ kind: k, name: tidyName(name, k), place, occupation });
  });
  if (named.length && !award) throw new CliError('missing-options', { flags: '--award' });
  // Without recipients the decision is a draft with an empty list, which `npm run import -- … --decision` fills.
  const awards = lines ? awardFields(lines) : { ...(award ? { award } : {}), recipients: named };
  const data = {
    ...compact({
      number,
      date,
      authority: resolveId(content, 'authorities', single(values.authority) ?? ''),
      signer: signerUnknown(values.signer) ? UNKNOWN_SIGNER : { name: single(values.signer) ?? '', title: single(values['signer-title']) ?? '' },
      source: sourceOf(values),
      award: 'award' in awards ? awards.award : undefined,
      reason: single(values.reason) ?? '',
    period: compact({
      year: /^\d{4}$/.test(year) ? Number(year) : year,
      movement: movement ? resolveId(content, 'movements', movement) : undefined,
      occasion: single(values.occasion),
    }),
    }),
    ...('lines' in awards ? { lines: awards.lines } : { recipients: awards.recipients }),
  };
  const folder = /^\d{4}/.exec(date)?.[0] ?? 'undated';
  const slug = shortSlug(single(values.slug) ?? ('award' in awards && awards.award ? awards.award : 'khen-thuong'));
  return {
    collection: 'decisions',
    relPath: `${CONTENT_LAYOUT.decisions.dir}/${folder}/${slugify(number)}-${slug}.md`,
    data,
    body: '<!-- Trích yếu hoặc toàn văn quyết định (không bắt buộc). -->',
    copies: [],
  };
}

/** `--source-*` flags as the decision's `source`, or nothing when no kind is given. */
function sourceOf(values: Values): Record<string, unknown> | undefined {
  const kind = single(values['source-kind']);
  if (!kind) return undefined;
  if (!(SOURCE_KINDS as readonly string[]).includes(kind)) throw new CliError('bad-option', { flag: '--source-kind', value: kind, expected: SOURCE_KINDS.join(', ') });
  const checked = foldVietnamese(single(values['source-checked']) ?? 'no');
  if (!['yes', 'no', 'co', 'khong', 'true', 'false'].includes(checked)) throw new CliError('bad-option', { flag: '--source-checked', value: checked, expected: 'yes, no' });
  // The portal names every source it shows; a kind alone ("newspaper") would tell a reader nothing.
  if (!single(values['source-title'])) throw new CliError('missing-options', { flags: '--source-title' });
  const date = single(values['source-date']);
  return compact({
    kind,
    title: single(values['source-title']),
    url: single(values['source-url']),
    date: date ? isoDateInput(date) : undefined,
    checked: ['yes', 'co', 'true'].includes(checked),
  });
}

function draftStory(values: Values, content: RawContent): Draft {
  const title = single(values.title) ?? '';
  const slug = shortSlug(single(values.slug) ?? title);
  const date = isoDateInput(single(values.date) ?? todayIso());
  const image = single(values.image);
  const photo = image ? `${slug}${extname(image).toLowerCase()}` : undefined;
  if (image && !existsSync(image)) throw new CliError('image-not-found', { file: image });
  const place = single(values.place);
  const movement = single(values.movement);
  const data = compact({
    title,
    summary: single(values.summary) ?? '',
    date,
    honorees: list(values.honoree),
    decisions: list(values.decision),
    place: resolvePlace(content, place, date),
    movement: movement ? resolveId(content, 'movements', movement) : undefined,
    image: photo ? `./${photo}` : undefined,
    imageAlt: single(values['image-alt']),
    author: single(values.author),
  });
  const dir = CONTENT_LAYOUT.stories.dir;
  return {
    collection: 'stories',
    relPath: `${dir}/${slug}.mdx`,
    data,
    body: '{/* Viết bài ở đây. Ảnh khác: đặt tệp ảnh cạnh tệp này và chèn bằng ![mô tả ảnh](./ten-anh.jpg). */}',
    copies: image && photo ? [{ from: image, to: `${dir}/${photo}` }] : [],
  };
}

function draftMovement(values: Values, content: RawContent): Draft {
  const title = single(values.title) ?? '';
  const from = single(values.from);
  const to = single(values.to);
  const data = compact({
    title,
    titleEn: single(values['title-en']),
    launchedBy: resolveId(content, 'authorities', single(values['launched-by']) ?? ''),
    from: from ? isoDateInput(from) : undefined,
    to: to ? isoDateInput(to) : undefined,
    summary: single(values.summary) ?? '',
  });
  return {
    collection: 'movements',
    relPath: `${CONTENT_LAYOUT.movements.dir}/${shortSlug(single(values.slug) ?? title)}.md`,
    data,
    body: '<!-- Giới thiệu phong trào: mục tiêu, thời gian, các gương tiêu biểu. -->',
    copies: [],
  };
}

export function draftEntry(type: EntryType, values: Values, content: RawContent): Draft {
  if (type === 'decision') return draftDecision(values, content);
  if (type === 'story') return draftStory(values, content);
  return draftMovement(values, content);
}

export function renderEntry(draft: Pick<Draft, 'data' | 'body'>): string {
  return `---\n${dumpYaml(draft.data)}---\n${draft.body ? `\n${draft.body.trimEnd()}\n` : ''}`;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A path as the validator prints it: relative to the content folder's parent. */
export function displayPath(root: string, path: string): string {
  return relative(dirname(root), path).split(sep).join('/');
}

/**
 * Validates the whole content folder as it would be with `text` written at `relPath`, without writing
 * it: the same checks, and the same messages, as `npm run check` after the fact.
 */
export function checkDraft(root: string, draft: Pick<Draft, 'collection' | 'relPath' | 'copies'>, text: string, today = todayIso()): Problem[] {
  const { content, problems } = readContent(root);
  const path = join(root, draft.relPath);
  const file = displayPath(root, path);
  const match = FRONTMATTER.exec(text);
  const data = match ? yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }) : undefined;
  const body = match ? text.slice(match[0].length) : text;
  const entry: RawEntry = { id: draftId(draft as Draft), file, path, data, prefix: '', body, bodyLine: match ? match[0].split('\n').length : 1 };
  content[draft.collection] = [...content[draft.collection].filter((e) => e.path !== path), entry];
  // A photo to be copied is not there yet; everything else is checked as it will be.
  const pending = draft.copies.length > 0;
  return [...problems, ...validateContent(content, today, contentContext(root, problems)).problems].filter((p) => !(pending && p.file === file && p.code === 'image-missing'));
}

/** Writes a new entry and its companion files; never replaces a file that exists. */
export function writeDraft(root: string, draft: Draft, text: string): void {
  const targets = [draft.relPath, ...draft.copies.map((c) => c.to)];
  for (const target of targets) if (existsSync(join(root, target))) throw new CliError('file-exists', { file: displayPath(root, join(root, target)) });
  const path = join(root, draft.relPath);
  mkdirSync(dirname(path), { recursive: true });
  for (const { from, to } of draft.copies) copyFileSync(from, join(root, to), constants.COPYFILE_EXCL);
  try {
    writeFileSafely(path, text, displayPath(root, path), true);
  } catch (error) {
    // The photos went with the entry; without it they would make every retry stop at "already exists".
    for (const { to } of draft.copies) rmSync(join(root, to), { force: true });
    throw error;
  }
}
