/**
 * Turns the rows under a heading row into recipients, or into a reason the row is not one: blank,
 * a column-numbering row, a group heading ("I. TẬP THỂ"), a total, a signature line, or a row that
 * cannot be read. Pure: the caller reports every result, so no row disappears.
 */
import type { LineRecipient } from './decision-shape.ts';
import { splitHonorific } from '../../text/honorifics.ts';
import { OCCUPATION_GROUP_LABELS, OCCUPATION_GROUPS, RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type OccupationGroup, type RecipientKind } from '../../schemas/vocab.ts';
import { findPersonalData } from '../../validate/personal-data.ts';
import { findDeceptive, repairDeceptive } from '../../text/deceptive.ts';
import { findLegacyEncoding } from '../../text/legacy-encoding.ts';
import { foldVietnamese, normaliseSpace, titleCaseName } from '../../text/vietnamese.ts';
import { columnLetter, dataColumns, type Column, type DataRole } from './headings.ts';
import type { RowNoteCode, RowReason } from '../../i18n/cli.ts';
import { formulaKey, type SheetFormulas } from './formulas.ts';
import type { PlaceFinder } from './places.ts';
import type { Cell } from './spreadsheet.ts';

export interface RowContext {
  /** Kind for rows that do not say, and whether it was chosen (flag, or the award allows one kind) rather than assumed. */
  kind: { value: RecipientKind; chosen: boolean };
  place?: string | undefined;
  occupation?: OccupationGroup | undefined;
  places: PlaceFinder;
  /** The decision's date, for the communes of that day. */
  date: string;
}

export interface RowNote {
  code: RowNoteCode;
  params: Record<string, string | number>;
}

/** The award a row's sheet names: its own award cell, or the award group row it stands under. */
export interface SheetAward {
  text: string;
  /** The group row as printed, when the award came from one. */
  heading?: string;
  /** Spreadsheet row of the cell or group row that named it. */
  row: number;
}

/** One row of the sheet: its spreadsheet row number and what became of it. */
export type RowResult =
  | { row: number; recipient: LineRecipient; notes: RowNote[]; award?: SheetAward }
  | { row: number; reason: RowReason; params: Record<string, string | number> };

/** Cell text as staff meant it: composed Unicode, single spaces; dates as the day they show. */
function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return normaliseSpace(String(cell));
}

const KIND_WORDS: readonly (readonly [string, RecipientKind])[] = [
  ...RECIPIENT_KINDS.flatMap((k) => [[foldVietnamese(RECIPIENT_KIND_LABELS[k].vi), k], [k, k]] as const),
  ['cn', 'individual'],
  ['tt', 'collective'],
  ['ho', 'household'],
  ['hgd', 'household'],
  ['ho gia dinh', 'household'],
];

/** "Cá nhân", "TẬP THỂ", "hộ", "collective" → the recipient kind. */
export function parseKind(text: string): RecipientKind | undefined {
  const v = foldVietnamese(text);
  return KIND_WORDS.find(([word]) => v === word)?.[1];
}

const OCCUPATION_WORDS: readonly (readonly [string, OccupationGroup])[] = [
  ...OCCUPATION_GROUPS.flatMap((g) => [[foldVietnamese(OCCUPATION_GROUP_LABELS[g].vi), g], [foldVietnamese(OCCUPATION_GROUP_LABELS[g].en), g], [foldVietnamese(g), g]] as const),
  ...(['can bo', 'cong chuc', 'vien chuc', 'can bo cong chuc', 'cong chuc vien chuc'] as const).map((w) => [w, 'official'] as const),
  ...(['hoc sinh', 'sinh vien'] as const).map((w) => [w, 'pupil'] as const),
  ...(['cong nhan', 'nguoi lao dong', 'lao dong'] as const).map((w) => [w, 'direct-worker'] as const),
  ...(['doanh nghiep', 'doanh nhan', 'hop tac xa'] as const).map((w) => [w, 'business'] as const),
  ...(['quan doi', 'cong an', 'bo doi'] as const).map((w) => [w, 'armed-forces'] as const),
];

export function parseOccupation(text: string): OccupationGroup | undefined {
  const v = foldVietnamese(text);
  return OCCUPATION_WORDS.find(([word]) => v === word)?.[1];
}

/**
 * Words that make a group row an award heading ("A. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT", "Điều 2: …",
 * "II. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (02 tập thể)") rather than a sub-group ("I. Cá nhân").
 */
const AWARD_WORDS = /^(dieu \d+ )?(tang |truy tang |phong tang |cong nhan )?(danh hieu |hinh thuc )?(huan chuong|huy chuong|bang khen|giay khen|co thi dua|chien si thi dua|chien si tien tien|lao dong tien tien|tap the lao dong|don vi|ky niem chuong|anh hung|nha giao|thay thuoc|nghe si|nghe nhan|giai thuong|hcld|bk|gk)\b/;
const GROUP_NUMBER = /^\s*(điều\s+\d+|[IVXL]+|[A-D]|\d{1,2})\s*[.):/-]\s*/iu;

/** Whether a group row names an award: its words after the numbering start like an award form's. */
export function isAwardHeading(text: string): boolean {
  return AWARD_WORDS.test(foldVietnamese(text.replace(/^\s*(điều\s+\d+)\s*[.:]\s*/iu, '$1 ').replace(GROUP_NUMBER, '')));
}

/** Names that start like a collective or a household, in composed lower case (so "Trương" is a person and "Trường" a school). */
const COLLECTIVE_START = /^(trường|tập thể|phòng|tổ|lớp|đội|chi bộ|chi đoàn|chi hội|ủy ban|uỷ ban|ubnd|hđnd|công ty|hợp tác xã|htx|thôn|bản|xã|phường|thị trấn|hội|khoa|trạm|trung tâm|bệnh viện|sở|ban|nhân dân|cán bộ và nhân dân|đảng bộ|liên đội|câu lạc bộ|clb|liên hiệp|liên đoàn|liên minh|đoàn|nhà văn hóa|nhà văn hoá|ngân hàng|kho bạc|chi cục|văn phòng|huyện đoàn|hạt|đồn|cục|viện|tòa án|toà án|viện kiểm sát)(\s|$)/u;
const HOUSEHOLD_START = /^(hộ|gia đình)(\s|$)/u;

/** A guess at the kind from the name alone, used only when nothing else says. */
export function kindFromName(name: string): RecipientKind | undefined {
  const lower = name.toLocaleLowerCase('vi');
  if (HOUSEHOLD_START.test(lower)) return 'household';
  if (COLLECTIVE_START.test(lower)) return 'collective';
  return undefined;
}

const NUMBERING = /^\(?(\d{1,2}|[A-Za-z])\)?$/;
const TOTAL = /^(tổng cộng|tổng số|tổng|cộng|tong cong|tong so|total)(?=[\s:.,(]|$)/u;
/** "I. TẬP THỂ", "B) Cá nhân": a group heading, in one cell or with its numeral in the numbering column. */
const SECTION = /^((?:[IVXL]+|[A-D])\s*[.)/-]|điều\s+\d+\s*[.:])\s*\S/iu;
const SECTION_NUMBER = /^([IVXL]+|[A-D])\s*[.)/-]?$/u;
const FOOTER = /^(người lập( biểu| danh sách)?|cán bộ lập biểu|thủ trưởng|xác nhận|ký tên|ký, ghi rõ|tm\.?\s|t\/m|kt\.?\s|k\/t|chủ tịch|phó chủ tịch|giám đốc|hiệu trưởng|trưởng phòng|nơi nhận)/u;
const DATE_LINE = /ngày\s+\S+\s+tháng\s+\S+\s+năm/u;

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const ABOVE_COMMUNE = /^(huyen|quan|thi xa|thanh pho|tinh) /;

/** An address without its commune, district and province parts, which `place` records. */
export function withoutCommune(address: string, communeName: string): string {
  const commune = foldVietnamese(communeName);
  return address
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && foldVietnamese(part) !== commune && !ABOVE_COMMUNE.test(foldVietnamese(part)))
    .join(', ');
}

/** "Hộ ông", "Hộ bà", "Hộ gia đình" before the head of a household's name, in any case. */
const HOUSEHOLD_PREFIX = /^(hộ(?:\s+gia\s+đình)?(?:\s+(?:ông|bà))?)\s+(.+)$/iu;

/**
 * A person's name typed in capitals or in lower case is written in title case, word by word, so
 * "NGUYỄN Văn An" and "hoàng văn kháy" come out right; a household's "Hộ ông/bà" stays as it is
 * written in decisions. Collectives keep their spelling: their capitals are acronyms (UBND, THCS).
 */
export function tidyName(name: string, kind: RecipientKind): string {
  if (kind === 'collective') return name;
  const household = kind === 'household' ? HOUSEHOLD_PREFIX.exec(name) : null;
  if (household) return `${household[1]![0]!.toUpperCase()}${household[1]!.slice(1).toLowerCase()} ${tidyName(household[2]!, 'individual')}`;
  return name
    .split(' ')
    .map((word) => (word === word.toLocaleUpperCase('vi') || word === word.toLocaleLowerCase('vi') ? titleCaseName(word) : word))
    .join(' ');
}

type Get = (role: DataRole) => string;
type Rejection = { reason: RowReason; params: Record<string, string | number> };
type Section = Rejection & { kind?: RecipientKind; award?: boolean; heading?: string };
type Filled = { text: string; i: number }[];

/** Rows that are part of the table's layout rather than the list: blank, numbering, group headings, totals, signatures. */
function layoutRow(filled: Filled, content: Filled, get: Get): Section | undefined {
  const order = get('order');
  // Blank, or only a number: templates come with numbered rows nobody filled in.
  if (filled.length === 0 || (content.length === 0 && /^\d+\.?$/.test(order))) return { reason: 'blank', params: {} };
  if (filled.length >= 2 && filled.every((c) => NUMBERING.test(c.text))) return { reason: 'numbering', params: {} };
  const heading = filled.map((c) => c.text).join(' ');
  const numbered = filled.length === 2 && SECTION_NUMBER.test(order);
  const award = (filled.length === 1 || numbered) && isAwardHeading(heading);
  if ((filled.length === 1 || numbered) && (numbered || award || SECTION.test(heading) || parseKind(heading.replace(/\(.*\)$/, '')))) {
    const words = ` ${foldVietnamese(award ? (/\(([^)]*)\)\s*$/.exec(heading)?.[1] ?? '') : heading)} `;
    // "I. Cá nhân", or the count of an award heading: "(04 tập thể)".
    const kind = RECIPIENT_KINDS.find((k) => words.includes(` ${foldVietnamese(RECIPIENT_KIND_LABELS[k].vi)} `));
    return { reason: 'section', params: { value: shorten(heading) }, heading, ...(award ? { award: true } : {}), ...(kind ? { kind } : {}) };
  }
  if (order) return undefined;
  const first = (content[0] ?? filled[0])!.text;
  const lower = first.toLocaleLowerCase('vi');
  if (TOTAL.test(lower)) return { reason: 'total', params: { value: shorten(first) } };
  const name = get('name');
  if (FOOTER.test(name.toLocaleLowerCase('vi') || lower) || DATE_LINE.test(lower)) return { reason: 'footer', params: { value: shorten(name || first) } };
  return undefined;
}

/** The columns whose text would be published: those that are not imported stay in the office. */
function publishedColumns(columns: readonly Column[], get: Get): { role: DataRole; index: number; label: string }[] {
  const col = dataColumns(columns);
  return (['name', 'honorific', 'role', 'unit', 'roleAndUnit', 'address', 'commune', 'achievement'] as const)
    .filter((r) => col[r] !== undefined && !(r === 'address' && get('unit')))
    .map((role) => ({ role, index: col[role]!, label: `${columnLetter(col[role]!)} "${columns.find((c) => c.index === col[role])?.heading ?? ''}"` }));
}

/**
 * Text a spreadsheet or a browser would run rather than show: a formula typed as text (`=cmd|…`,
 * `+HYPERLINK(…)`, `@SUM(…)`), and markup (`<script>`, `</b>`, `<!--`). No name, unit or achievement has either.
 */
const CODE_LIKE = /^[=+@]|^-[=+@(]|<\/?[a-z!?]/iu;

/** What a row needs before it can be published: a name, and no personal data, code or legacy-font text in what would be. */
function unreadable(filled: Filled, content: Filled, get: Get, columns: readonly Column[]): Rejection | undefined {
  if (!get('name')) return { reason: 'no-name', params: { value: shorten((content.length ? content : filled).map((c) => c.text).join(' | ')) } };
  const published = publishedColumns(columns, get);
  for (const { role, label } of published) {
    const hit = findPersonalData(get(role));
    if (hit) return { reason: 'personal-data', params: { column: label, kind: hit.kind.vi, value: hit.match } };
  }
  for (const { role, label } of published) {
    const text = get(role);
    const legacy = findLegacyEncoding(text);
    if (legacy) return { reason: 'legacy-encoding', params: { column: label, value: legacy.word, encoding: legacy.encoding } };
    if (CODE_LIKE.test(text)) return { reason: 'not-text', params: { column: label, value: shorten(text) } };
  }
  return undefined;
}

/** Notes on what the row was written from: formula cells (their saved value is used), and characters repaired. */
function cellNotes(row: number, raw: readonly string[], get: Get, columns: readonly Column[], formulas: SheetFormulas | undefined): RowNote[] {
  const notes: RowNote[] = [];
  for (const { role, index, label } of publishedColumns(columns, get)) {
    const formula = formulas?.get(formulaKey(row - 1, index));
    if (formula !== undefined) notes.push({ code: 'formula-cell', params: { cell: `${columnLetter(index)}${row}`, formula: shorten(`=${formula}`, 40), value: get(role) } });
    const hits = findDeceptive(raw[index] ?? '');
    if (hits.length) notes.push({ code: 'repaired-characters', params: { column: label, codes: [...new Set(hits.map((h) => h.code))].join(', '), value: get(role) } });
  }
  return notes;
}

/** The kind of a row: its own cell, its group heading, the flag or award, an honorific, or a guess from the name. */
function rowKind(get: Get, sectionKind: RecipientKind | undefined, ctx: RowContext, notes: RowNote[]): RecipientKind | Rejection {
  const cell = get('kind');
  if (cell) return parseKind(cell) ?? { reason: 'bad-kind', params: { value: cell } };
  if (sectionKind) return sectionKind;
  if (ctx.kind.chosen) return ctx.kind.value;
  // "Ông", "Bà", "Trung tá" name a person.
  if (get('honorific') || splitHonorific(get('name')).honorific) return 'individual';
  const guess = kindFromName(get('name'));
  if (guess && guess !== ctx.kind.value) notes.push({ code: 'kind-from-name', params: { value: RECIPIENT_KIND_LABELS[guess].vi } });
  return guess ?? ctx.kind.value;
}

/** Unit and commune: a commune column must resolve; otherwise the commune is looked for in the address or unit. */
function rowPlace(get: Get, ctx: RowContext): { unit: string; place: string | undefined } | Rejection {
  const address = get('address');
  const unit = get('unit') || address;
  const commune = get('commune');
  if (commune) {
    const match = ctx.places.byName(commune);
    if ('ambiguous' in match) return { reason: 'ambiguous-commune', params: { value: commune, ids: match.ambiguous.join(', ') } };
    if ('unknown' in match) return { reason: 'unknown-commune', params: { value: commune, date: ctx.date, suggestion: match.suggestion } };
    return { unit, place: match.found };
  }
  const found = ctx.places.inAddress(address) ?? ctx.places.inAddress(unit);
  if (!found) return { unit, place: ctx.place };
  // "thôn Nà Vàng, xã Như Khuê, tỉnh …" as a unit is "thôn Nà Vàng": the commune is in `place`.
  return { unit: get('unit') || withoutCommune(address, found.name), place: found.id };
}

/**
 * Reads the rows under the heading row; `first` is the 0-based index of the first of them. Invisible and
 * look-alike characters are repaired (src/text/deceptive.ts), and the row says so.
 */
export function readRows(rows: readonly (readonly Cell[])[], first: number, columns: readonly Column[], ctx: RowContext, formulas?: SheetFormulas): RowResult[] {
  const col = dataColumns(columns);
  const out: RowResult[] = [];
  let sectionKind: RecipientKind | undefined;
  let award: SheetAward | undefined;
  let group: string | undefined;
  // An award cell merged down over several rows is read as blank below its first row.
  let cellAward: SheetAward | undefined;
  // Rows after the last one with anything in it are not part of the list.
  let last = rows.length - 1;
  while (last >= first && (rows[last] ?? []).every((c) => cellText(c) === '')) last--;

  for (let index = first; index <= last; index++) {
    const row = index + 1;
    const raw = (rows[index] ?? []).map(cellText);
    const cells = raw.map(repairDeceptive);
    const get: Get = (role) => (col[role] === undefined ? '' : (cells[col[role]] ?? ''));
    const filled = cells.map((text, i) => ({ text, i })).filter((c) => c.text !== '');
    const content = filled.filter((c) => c.i !== col.order);

    const layout = layoutRow(filled, content, get);
    if (layout?.award) {
      // A new award line: the sub-groups and kinds of the one before do not carry over.
      award = { text: layout.heading!, heading: layout.heading!, row };
      group = undefined;
      sectionKind = col.kind === undefined ? layout.kind : undefined;
      cellAward = undefined;
    } else if (layout?.heading) {
      group = layout.heading;
      cellAward = undefined;
      if (layout.kind && col.kind === undefined) sectionKind = layout.kind;
    }
    const notes: RowNote[] = [];
    const kind = layout ?? unreadable(filled, content, get, columns) ?? rowKind(get, sectionKind, ctx, notes);
    if (typeof kind !== 'string') {
      out.push({ row, reason: kind.reason, params: kind.params });
      continue;
    }
    const where = rowPlace(get, ctx);
    if ('reason' in where) {
      out.push({ row, reason: where.reason, params: where.params });
      continue;
    }

    let occupation = ctx.occupation;
    const occupationCell = get('occupation');
    if (occupationCell) {
      const parsed = parseOccupation(occupationCell);
      if (parsed) occupation = parsed;
      else notes.push({ code: 'unknown-occupation', params: { value: occupationCell, allowed: OCCUPATION_GROUPS.map((g) => OCCUPATION_GROUP_LABELS[g].vi).join(', ') } });
    }

    const split = kind === 'individual' ? splitHonorific(get('name')) : { name: get('name') };
    const recipient: LineRecipient = { kind, name: tidyName(split.name, kind) };
    const honorific = [get('honorific'), split.honorific].filter(Boolean).join(' ');
    const stt = get('order');
    const role = get('role');
    const roleAndUnit = get('roleAndUnit');
    const achievement = get('achievement');
    if (stt) recipient.stt = stt.replace(/\.$/, '');
    if (group) recipient.group = group;
    if (honorific) recipient.honorific = honorific;
    if (role) recipient.role = role;
    if (roleAndUnit) recipient.roleAndUnit = roleAndUnit;
    if (where.unit) recipient.unit = where.unit;
    if (where.place) recipient.place = where.place;
    if (occupation) recipient.occupation = occupation;
    if (achievement) recipient.achievement = achievement;
    notes.push(...cellNotes(row, raw, get, columns, formulas));
    if (get('award')) cellAward = { text: get('award'), row };
    const rowAward = cellAward ?? award;
    out.push({ row, recipient, notes, ...(rowAward ? { award: rowAward } : {}) });
  }
  return out;
}
