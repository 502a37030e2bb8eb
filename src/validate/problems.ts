/**
 * One shape for every problem the portal finds in content, and one way of printing it:
 * "file › field › what is wrong › what would be right". The build, `npm run check` and the staff
 * import all print through here; tests pin the wording.
 */
import { fill, type Lang, type Params } from '../i18n/lang.ts';
import { PROBLEM_MESSAGES, type MessageCode } from '../i18n/problems.ts';

export interface Problem {
  /** Path of the content file, relative to the project (or the content folder's parent). */
  file: string;
  /** Field path as staff read it: `recipients[12].name`, `lines[1].recipients[0].kind`, `date`. Empty for the file as a whole. */
  field: string;
  /** 1-based recipient row (counted across award lines) and its name, when the problem is in a recipient. */
  row?: { number: number; name?: string };
  code: MessageCode;
  /** Values the message fills in. */
  params: Params;
}

export function problem(
  file: string,
  field: string,
  code: MessageCode,
  params: Params = {},
  row?: Problem['row'],
): Problem {
  return row ? { file, field, code, params, row } : { file, field, code, params };
}

/** What is wrong and what would be right, in the chosen language. */
export function describeProblem(p: Problem, lang: Lang = 'vi'): { wrong: string; fix: string } {
  const message = PROBLEM_MESSAGES[p.code];
  return { wrong: fill(message[lang].wrong, p.params), fix: fill(message[lang].fix, p.params) };
}

const ROW_WORD: Record<Lang, string> = { vi: 'dòng', en: 'row' };

/** One line: `content/decisions/2017/a.md › recipients, dòng 3 (Hoàng Văn A) › kind › … › …`. */
export function formatProblem(p: Problem, lang: Lang = 'vi'): string {
  const { wrong, fix } = describeProblem(p, lang);
  const where = [p.file];
  if (p.row) {
    const line = /^(lines\[\d+\])\./.exec(p.field)?.[1];
    where.push(`${line ? `${line} › ` : ''}recipients, ${ROW_WORD[lang]} ${p.row.number}${p.row.name ? ` (${p.row.name})` : ''}`);
    const inner = p.field.replace(/^(lines\[\d+\]\.)?recipients\[\d+\]\.?/, '');
    if (inner) where.push(inner);
  } else if (p.field) {
    where.push(p.field);
  }
  return `${where.join(' › ')} › ${wrong} › ${fix}`;
}

const HEADER: Record<Lang, (n: number, files: number) => string> = {
  vi: (n, files) => `Tìm thấy ${n} lỗi trong ${files} tệp. Sửa các lỗi dưới đây rồi chạy lại:`,
  en: (n, files) => `Found ${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and run again:`,
};

/** The whole report, problems grouped in file order. */
export function formatProblems(problems: readonly Problem[], lang: Lang = 'vi'): string {
  const files = new Set(problems.map((p) => p.file));
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.row?.number ?? 0) - (b.row?.number ?? 0));
  return [HEADER[lang](problems.length, files.size), ...sorted.map((p) => `  ✗ ${formatProblem(p, lang)}`)].join('\n');
}

const NOTICE_HEADER: Record<Lang, (n: number) => string> = {
  vi: (n) => `Lưu ý ${n} chỗ nên sửa (vẫn được đăng như đã viết):`,
  en: (n) => `${n} thing${n === 1 ? '' : 's'} worth fixing (published as written):`,
};

/** Notices: the same lines as problems, under their own heading. */
export function formatNotices(notices: readonly Problem[], lang: Lang = 'vi'): string {
  return [NOTICE_HEADER[lang](notices.length), ...notices.map((p) => `  · ${formatProblem(p, lang)}`)].join('\n');
}
