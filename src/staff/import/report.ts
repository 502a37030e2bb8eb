/**
 * The import report staff read in the terminal: where the list was found, what each column becomes,
 * each recipient to be written, each row not written and why, and the balance of rows in against
 * rows written and reported.
 */
import { RECIPIENT_KIND_LABELS } from '../../schemas/vocab.ts';
import { ROW_NOTES, ROW_REASONS, type RowNoteCode, type RowReason } from '../../i18n/cli.ts';
import { translate, type Lang } from '../../i18n/lang.ts';
import { columnLetter, type Column } from './headings.ts';
import { NOT_TEXT, UNREADABLE, type ImportPlan, type RowRef } from './plan.ts';
import type { ImportResult } from './run.ts';

const ROLE_WORDS: Record<Column['role'], Record<Lang, string>> = {
  order: { vi: 'số thứ tự (không nhập)', en: 'numbering (not imported)' },
  name: { vi: 'tên (name)', en: 'name' },
  kind: { vi: 'loại đối tượng (kind)', en: 'recipient kind' },
  role: { vi: 'chức vụ (role)', en: 'role' },
  unit: { vi: 'đơn vị (unit)', en: 'unit' },
  roleAndUnit: { vi: 'chức vụ, đơn vị (roleAndUnit), giữ nguyên như gõ', en: 'role and unit (roleAndUnit), kept as typed' },
  honorific: { vi: 'danh xưng, cấp bậc (honorific)', en: 'honorific or rank' },
  award: { vi: 'hình thức khen thưởng của dòng, tra trong awards.yaml', en: 'the row’s award form, looked up in awards.yaml' },
  address: { vi: 'đơn vị (unit) khi ô đơn vị trống; dùng để nhận ra xã', en: 'unit when the unit cell is empty; used to find the commune' },
  commune: { vi: 'xã (place), tra trong places.yaml', en: 'commune (place), looked up in places.yaml' },
  achievement: { vi: 'thành tích (achievement)', en: 'achievement' },
  occupation: { vi: 'thành phần (occupation)', en: 'occupational group' },
  ignored: { vi: 'không nhập', en: 'not imported' },
  personal: { vi: 'KHÔNG NHẬP: dữ liệu cá nhân, cổng không công bố', en: 'NOT IMPORTED: personal data the portal does not publish' },
  unknown: { vi: 'không nhận ra tiêu đề, không nhập', en: 'heading not recognised, not imported' },
  duplicate: { vi: 'cột lặp vai trò của cột trước, không nhập', en: 'repeats an earlier column’s role, not imported' },
};

/** Groups of reported rows in the balance line. */
const GROUPS: readonly { reasons: readonly RowReason[]; label: Record<Lang, string> }[] = [
  { reasons: ['blank'], label: { vi: 'trống', en: 'blank' } },
  { reasons: ['numbering'], label: { vi: 'đánh số cột', en: 'column numbering' } },
  { reasons: ['section'], label: { vi: 'tiêu đề nhóm', en: 'group heading' } },
  { reasons: ['total'], label: { vi: 'tổng cộng', en: 'total' } },
  { reasons: ['footer'], label: { vi: 'ký tên/ghi chú cuối bảng', en: 'signature/footnote' } },
  { reasons: ['duplicate'], label: { vi: 'trùng lặp', en: 'repeated' } },
  { reasons: ['already-listed'], label: { vi: 'đã có trong quyết định', en: 'already in the decision' } },
  { reasons: UNREADABLE, label: { vi: 'không đọc được', en: 'unreadable' } },
  { reasons: NOT_TEXT, label: { vi: 'công thức, mã hoặc bảng mã cũ', en: 'formula, code or legacy encoding' } },
];

/** Written rows the report asks staff to look at again, counted after the balance. */
const NOTED: readonly { code: RowNoteCode; label: Record<Lang, string> }[] = [
  { code: 'formula-cell', label: { vi: 'có ô công thức', en: 'with a formula cell' } },
  { code: 'repaired-characters', label: { vi: 'đã sửa ký tự lạ', en: 'with characters repaired' } },
];

const WORDS = {
  vi: {
    source: (file: string, sheet: string | undefined, sheets: string[], header: number) =>
      `Tệp ${file}${sheet ? ` — trang "${sheet}"${sheets.length > 1 ? ` (các trang: ${sheets.join(', ')})` : ''}` : ''} — dòng tiêu đề: ${header}${header > 1 ? ` (dòng 1–${header - 1} phía trên là tên bảng, không nhập)` : ''}`,
    column: 'Cột',
    newFile: (file: string) => `Quyết định mới: ${file}`,
    append: (file: string, n: number) => `Thêm vào cuối danh sách ${n} người của ${file}`,
    willWrite: (n: number) => `Sẽ ghi ${n} người/tập thể:`,
    wrote: (n: number) => `Đã ghi ${n} người/tập thể:`,
    notWritten: (n: number) => `Dòng không ghi (${n}):`,
    row: 'dòng',
    balance: (rowsIn: number, written: number, reported: number, detail: string) =>
      `Cân đối: ${rowsIn} dòng đọc vào = ${written} dòng ghi + ${reported} dòng báo cáo${detail ? ` (${detail})` : ''}`,
    noted: (n: number, what: string) => `${n} dòng ghi ${what}`,
    dryRun: 'Chạy thử: chưa ghi gì. Xem lại danh sách trên rồi chạy lại lệnh, thêm --write để ghi.',
    preview: 'Nếu ghi, kiểm tra nội dung sẽ báo:',
    clean: 'Kiểm tra nội dung: không có lỗi.',
    previewClean: 'Nếu ghi, kiểm tra nội dung: không có lỗi.',
  },
  en: {
    source: (file: string, sheet: string | undefined, sheets: string[], header: number) =>
      `File ${file}${sheet ? ` — sheet "${sheet}"${sheets.length > 1 ? ` (sheets: ${sheets.join(', ')})` : ''}` : ''} — heading row: ${header}${header > 1 ? ` (rows 1–${header - 1} above are the table's title, not imported)` : ''}`,
    column: 'Column',
    newFile: (file: string) => `New decision: ${file}`,
    append: (file: string, n: number) => `Appending to the ${n} recipients of ${file}`,
    willWrite: (n: number) => `Will write ${n} recipients:`,
    wrote: (n: number) => `Wrote ${n} recipients:`,
    notWritten: (n: number) => `Rows not written (${n}):`,
    row: 'row',
    balance: (rowsIn: number, written: number, reported: number, detail: string) =>
      `Balance: ${rowsIn} rows in = ${written} rows written + ${reported} rows reported${detail ? ` (${detail})` : ''}`,
    noted: (n: number, what: string) => `${n} row${n === 1 ? '' : 's'} written ${what}`,
    dryRun: 'Dry run: nothing written. Check the list above, then run the command again with --write.',
    preview: 'If written, the content check would report:',
    clean: 'Content check: no problems.',
    previewClean: 'If written, the content check: no problems.',
  },
} as const;

/** "rows in = written + reported", with the reported rows by kind. */
export function formatBalance(plan: ImportPlan, lang: Lang = 'vi'): string {
  const detail = GROUPS.map((g) => ({ g, n: plan.reported.filter((r) => g.reasons.includes(r.reason)).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${x.g.label[lang]}`)
    .join(', ');
  const noted = NOTED.map((n) => ({ n, count: plan.recipients.filter((r) => r.notes.some((note) => note.code === n.code)).length }))
    .filter((x) => x.count > 0)
    .map((x) => WORDS[lang].noted(x.count, x.n.label[lang]));
  return `${WORDS[lang].balance(plan.rowsIn, plan.recipients.length, plan.reported.length, detail)}${noted.length ? `; ${noted.join(', ')}` : ''}`;
}

export function formatPlan(result: Pick<ImportResult, 'plan' | 'target' | 'written'>, lang: Lang = 'vi'): string {
  const w = WORDS[lang];
  const { plan, target } = result;
  const several = plan.sources.length > 1;
  const where = (ref: RowRef) => `${several ? `${ref.file} › ` : ''}${w.row} ${ref.row}`;
  const lines: string[] = [];
  for (const s of plan.sources) {
    lines.push(w.source(s.file, s.format === 'xlsx' ? s.sheet : undefined, s.sheets, s.headerRow));
    for (const c of s.columns) lines.push(`  ${w.column} ${columnLetter(c.index)} "${c.heading}" → ${ROLE_WORDS[c.role][lang]}`);
  }
  lines.push(target.isNew ? w.newFile(target.file) : w.append(target.file, target.existing));
  lines.push((result.written ? w.wrote : w.willWrite)(plan.recipients.length));
  // With several award lines each row says which it is on; the sheet decided it, staff check it.
  const severalAwards = new Set(plan.recipients.map((p) => p.award)).size > 1;
  for (const { ref, recipient: r, notes, award } of plan.recipients) {
    const name = r.honorific ? `${r.name} (${r.honorific})` : r.name;
    const parts = [severalAwards ? `[${award}]` : '', r.stt ? `${r.stt}.` : '', name, RECIPIENT_KIND_LABELS[r.kind][lang], r.group, r.role, r.unit, r.roleAndUnit, r.place, r.occupation, r.achievement].filter(Boolean);
    lines.push(`  ${where(ref).padEnd(several ? 0 : 9)} ${parts.join(' · ')}`);
    for (const note of notes) lines.push(`      ↳ ${translate(ROW_NOTES, note.code, lang, note.params)}`);
  }
  if (plan.reported.length) {
    lines.push(w.notWritten(plan.reported.length));
    for (const r of plan.reported) lines.push(`  ${where(r.ref).padEnd(several ? 0 : 9)} ${translate(ROW_REASONS, r.reason, lang, r.params)}`);
  }
  lines.push(formatBalance(plan, lang));
  return lines.join('\n');
}

export const IMPORT_WORDS = WORDS;
