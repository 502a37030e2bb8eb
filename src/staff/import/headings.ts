/**
 * Recognises the heading row of a list of honorees as offices send it: Vietnamese or English
 * headings, any case, with or without tone marks, with notes in brackets ("Họ và tên (viết hoa)").
 * Headings are compared folded (src/text/vietnamese.ts), so "HỌ VÀ TÊN", "Ho va ten" and a
 * decomposed "Họ và tên" are the same heading.
 */
import { foldVietnamese } from '../../text/vietnamese.ts';
import type { Cell } from './spreadsheet.ts';

/** What a column can hold. `order`, `ignored` and `personal` columns are recognised but not imported. */
const COLUMN_ROLES = [
  'order',
  'name',
  'kind',
  'role',
  'unit',
  'roleAndUnit',
  'honorific',
  'award',
  'address',
  'commune',
  'achievement',
  'occupation',
  'ignored',
  'personal',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
/** Roles that fill a recipient field; each is taken by one column at most. */
export type DataRole = Exclude<ColumnRole, 'ignored' | 'personal'>;

/**
 * Headings for each role, written as offices write them. A heading may list several roles in order
 * of preference: "Tên đơn vị" is the name in a list of collectives but the unit when another column
 * already holds the name.
 */
const HEADINGS: readonly (readonly [string, readonly ColumnRole[]])[] = [
  ...['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự', 'No', 'No.', 'Nr', 'Number', '#'].map((h) => [h, ['order']] as const),
  ...[
    'Họ và tên',
    'Họ tên',
    'Họ, tên',
    'Tên',
    'Tên cá nhân',
    'Tên tập thể',
    'Tên cá nhân, tập thể',
    'Tên tập thể, cá nhân',
    'Họ và tên, tên tập thể',
    'Họ tên, tên tập thể',
    'Cá nhân, tập thể',
    'Tên tập thể, cá nhân được khen thưởng',
    'Tên hộ',
    'Họ tên chủ hộ',
    'Chủ hộ',
    'Name',
    'Full name',
    'Recipient',
    'Honoree',
  ].map((h) => [h, ['name']] as const),
  ['Tên đơn vị', ['name', 'unit']],
  ['Tên cơ quan, đơn vị', ['name', 'unit']],
  ...['Loại', 'Loại đối tượng', 'Đối tượng', 'Cá nhân/Tập thể', 'Kind', 'Type'].map((h) => [h, ['kind']] as const),
  ...['Chức vụ', 'Chức danh', 'Chức vụ, chức danh', 'Position', 'Role', 'Job title', 'Title'].map((h) => [h, ['role']] as const),
  ...[
    'Đơn vị công tác',
    'Đơn vị',
    'Nơi công tác',
    'Cơ quan',
    'Cơ quan, đơn vị',
    'Cơ quan công tác',
    'Unit',
    'Organisation',
    'Organization',
    'Workplace',
  ].map((h) => [h, ['unit']] as const),
  // A combined cell is kept as typed: which words are the role and which the unit is not certain.
  ...['Chức vụ, đơn vị công tác', 'Chức vụ, đơn vị', 'Chức vụ và đơn vị công tác', 'Chức vụ, nơi công tác', 'Chức vụ, cơ quan', 'Role and unit'].map(
    (h) => [h, ['roleAndUnit']] as const,
  ),
  ...['Danh xưng', 'Cấp bậc', 'Quân hàm', 'Học hàm, học vị', 'Honorific', 'Rank'].map((h) => [h, ['honorific']] as const),
  ...['Hình thức khen thưởng', 'Hình thức khen', 'Hình thức', 'Danh hiệu', 'Danh hiệu thi đua', 'Loại khen thưởng', 'Award', 'Award form'].map(
    (h) => [h, ['award']] as const,
  ),
  ...['Địa chỉ', 'Nơi ở', 'Nơi cư trú', 'Thôn', 'Thôn, bản', 'Thôn, xóm', 'Thôn, tổ dân phố', 'Address', 'Village'].map((h) => [h, ['address']] as const),
  ...[
    'Xã',
    'Xã, phường',
    'Xã, phường, thị trấn',
    'Xã, thị trấn',
    'Phường, xã',
    'Đơn vị hành chính',
    'Địa bàn',
    'Commune',
    'Ward',
    'Place',
  ].map((h) => [h, ['commune']] as const),
  ...[
    'Thành tích',
    'Thành tích đạt được',
    'Thành tích khen thưởng',
    'Nội dung thành tích',
    'Tóm tắt thành tích',
    'Achievement',
    'Achievements',
  ].map((h) => [h, ['achievement']] as const),
  ...['Thành phần', 'Nhóm', 'Nhóm đối tượng', 'Nghề nghiệp', 'Occupation', 'Group'].map((h) => [h, ['occupation']] as const),
  ...[
    'Ghi chú',
    'Note',
    'Notes',
    'Remarks',
    'Giới tính',
    'Nam, nữ',
    'Dân tộc',
    'Số quyết định',
  ].map((h) => [h, ['ignored']] as const),
  ...[
    'Ngày sinh',
    'Năm sinh',
    'Ngày tháng năm sinh',
    'Ngày, tháng, năm sinh',
    'Số CCCD',
    'CCCD',
    'Số CMND',
    'CMND',
    'Căn cước',
    'Căn cước công dân',
    'Số định danh',
    'Mã định danh',
    'Điện thoại',
    'Số điện thoại',
    'SĐT',
    'Email',
    'E-mail',
    'Thư điện tử',
    'Date of birth',
    'Birth date',
    'Phone',
    'Identity card',
  ].map((h) => [h, ['personal']] as const),
];

/** Folded headings, longest first, so "chức vụ, đơn vị công tác" wins over "chức vụ". */
const FOLDED = HEADINGS.map(([heading, roles]) => [foldVietnamese(heading), roles] as const).sort((a, b) => b[0].length - a[0].length);

/** The roles a heading can take, or undefined when it is not a heading the import knows. */
export function headingRoles(heading: string): readonly ColumnRole[] | undefined {
  const raw = heading.trim();
  if (raw === '#') return ['order'];
  // "Họ và tên (viết in hoa)": notes in brackets are not part of the heading.
  const folded = foldVietnamese(raw.replace(/\([^)]*\)/g, ' '));
  if (!folded) return undefined;
  for (const [known, roles] of FOLDED) if (folded === known || folded.startsWith(`${known} `)) return roles;
  return undefined;
}

export interface Column {
  /** 0-based index in the row. */
  index: number;
  /** The heading as written, tidied. */
  heading: string;
  role: ColumnRole | 'unknown' | 'duplicate';
}

/** Spreadsheet column letters: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function text(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Gives each non-empty heading cell a role. Headings with one possible role are placed first; a
 * heading with several takes the first still free; a second column for a role already taken is
 * marked `duplicate` (reported, not imported).
 */
export function recogniseColumns(row: readonly Cell[]): Column[] {
  const cells = row.map((cell, index) => ({ index, heading: text(cell), roles: headingRoles(text(cell)) })).filter((c) => c.heading);
  const taken = new Set<ColumnRole>();
  const chosen = new Map<number, Column['role']>();
  const place = (c: (typeof cells)[number], roles: readonly ColumnRole[]) => {
    const role = roles.find((r) => r === 'ignored' || r === 'personal' || !taken.has(r));
    chosen.set(c.index, role ?? 'duplicate');
    if (role) taken.add(role);
  };
  for (const c of cells) if (c.roles?.length === 1) place(c, c.roles);
  for (const c of cells) if (c.roles && c.roles.length > 1) place(c, c.roles);
  return cells.map((c) => ({ index: c.index, heading: c.heading, role: chosen.get(c.index) ?? 'unknown' }));
}

/** How far down a sheet the heading row is looked for (title rows, the issuing office, a date). */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Index of the heading row within the first rows of the sheet: the first row with a name heading and
 * at least one other known heading, so that a title such as "Tên đơn vị: Trường THCS Nam Quan" above
 * the table is not taken for it; failing that, the first row with a name heading alone.
 */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): { index: number; columns: Column[] } | undefined {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS).map((row, index) => ({ index, columns: recogniseColumns(row) }));
  const named = candidates.filter((c) => c.columns.some((col) => col.role === 'name'));
  return named.find((c) => c.columns.filter((col) => col.role !== 'unknown').length >= 2) ?? named[0];
}

/** Data columns by role, for reading rows. */
export function dataColumns(columns: readonly Column[]): Partial<Record<DataRole, number>> {
  const out: Partial<Record<DataRole, number>> = {};
  for (const c of columns) if (c.role !== 'unknown' && c.role !== 'duplicate' && c.role !== 'ignored' && c.role !== 'personal') out[c.role] = c.index;
  return out;
}
