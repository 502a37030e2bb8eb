/** Turns Zod issues into staff-readable problems (the portal's error map). */
import type { z } from 'zod';
import { problem, type Problem } from './problems.ts';
import { rowAt } from './raw-rows.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

const PERSONAL_KEY = /cccd|cmnd|can_?cuoc|cancuoc|chung_?minh|dinh_?danh|identity|id_?card|passport|ho_?chieu|birth|ngay_?sinh|nam_?sinh|dob|phone|mobile|tel|dien_?thoai|sdt|email|e_?mail|thu_?dien_?tu/i;

/** `recipients[3].name` from ['recipients', 3, 'name']. */
export function fieldPath(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text / chữ',
  number: 'number / số',
  boolean: 'true / false',
  array: 'list / danh sách (- …)',
  object: 'fields / các trường con',
  date: 'YYYY-MM-DD',
};


/** Keys the object at `path` accepts, from the schema's shape when it has one. */
function knownKeys(schema: z.ZodType, path: Path): string {
  let node: unknown = schema;
  for (const key of path) {
    const def = (node as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown>; innerType?: unknown; in?: unknown } }).def;
    if (!def) return '';
    if (def.type === 'array') node = def.element;
    else if (def.type === 'object' && typeof key === 'string') node = def.shape?.[key];
    else return '';
    while ((node as { def?: { innerType?: unknown; in?: unknown } } | undefined)?.def?.innerType) node = (node as { def: { innerType: unknown } }).def.innerType;
  }
  const shape = (node as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape).join(', ') : '';
}

export function zodIssuesToProblems(file: string, data: unknown, schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(data, path);
    const row = rowAt(data, path);
    const at = (code: Parameters<typeof problem>[2], params: Problem['params'] = {}, field = fieldPath(path)) =>
      out.push(problem(file, field, code, params, row));
    switch (issue.code) {
      case 'invalid_type':
        if (value === undefined) at('required', { expected: TYPE_WORDS[issue.expected] ?? issue.expected });
        else at('wrong-type', { value: show(value), expected: TYPE_WORDS[issue.expected] ?? issue.expected });
        break;
      case 'too_small':
        if (issue.origin === 'string') at('empty');
        else if (issue.origin === 'array') at('empty-list', { minimum: Number(issue.minimum) });
        else at('out-of-range', { value: show(value), minimum: Number(issue.minimum), maximum: '…' });
        break;
      case 'too_big':
        at('out-of-range', { value: show(value), minimum: '…', maximum: Number(issue.maximum) });
        break;
      case 'invalid_value':
        at('not-in-list', { value: show(value), allowed: issue.values.map(String).join(', ') });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const field = fieldPath([...path, key]);
          if (PERSONAL_KEY.test(key)) at('personal-data-field', { key }, field);
          else at('unknown-field', { key, allowed: knownKeys(schema, path) }, field);
        }
        break;
      case 'invalid_format':
        at('bad-format', { value: show(value), expected: formatHint(fieldPath(path)) });
        break;
      case 'invalid_union':
        // The unions are dates (a string or a Date) and the signer (`unknown` or a name and title).
        if (fieldPath(path) === 'signer') at('bad-signer', { value: show(value) });
        else at('wrong-type', { value: show(value), expected: TYPE_WORDS.date! });
        break;
      case 'custom':
        if (issue.message === 'not-a-date') at('not-a-date', { value: show(value) });
        else if (issue.message === 'not-a-partial-date') at('not-a-partial-date', { value: show(value) });
        else if (issue.message === 'lines-and-single') at('lines-and-single');
        else if (issue.message === 'award-or-lines') at('award-or-lines');
        else if (issue.message === 'reason-missing') at('reason-missing');
        else at('bad-format', { value: show(value), expected: issue.message });
        break;
      default:
        at('bad-format', { value: show(value), expected: issue.message });
    }
  }
  return out;
}

/** What a pattern-checked field should look like, in words. */
function formatHint(field: string): string {
  if (field === 'number') return 'số quyết định như in trên văn bản / the number as printed, e.g. "1234/QĐ-UBND"';
  if (/(^|\.)code$/.test(field)) return 'mã thống kê 2–5 chữ số / a 2–5 digit statistical code';
  if (/(^|\.)email$/.test(field)) return 'địa chỉ thư điện tử của cơ quan / the office\'s e-mail address, e.g. "tdkt@example.gov.vn"';
  if (/(^|\.)phone$/.test(field)) return 'số điện thoại của cơ quan, chỉ chữ số / the office\'s phone number, digits only, e.g. "0205 3840 123"';
  if (field === 'logo') return 'tệp ảnh PNG, JPG hoặc WebP trong content/ / a PNG, JPEG or WebP file inside content/, e.g. "./logo.png"';
  if (field === 'url') return 'địa chỉ công khai bắt đầu bằng https:// / the public address, e.g. "https://khenthuong.example.gov.vn"';
  if (field.startsWith('attachmentHosts')) return 'tên trang viết thường, không có https:// / a lowercase host name without https://, e.g. "vanban.example.gov.vn"';
  return 'mã viết thường không dấu, nối bằng gạch ngang / a lowercase unaccented id with hyphens, e.g. "xa-yen-khoai"';
}
