import { z } from 'zod';
import {
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  CHANGE_KIND_LABELS,
  CHANGE_KINDS,
  DECISION_STATUS_LABELS,
  DECISION_STATUSES,
  OCCUPATION_GROUP_LABELS,
  OCCUPATION_GROUPS,
  RECIPIENT_KIND_LABELS,
  RECIPIENT_KINDS,
} from './vocab.ts';

type Labels = Record<string, { vi: string; en: string }>;

/** "national (Nhà nước), province (Bộ, ngành, tỉnh), …": a vocabulary's values with their labels in one language. */
function values(labels: Labels, lang: 'vi' | 'en' = 'vi'): string {
  return Object.entries(labels)
    .map(([key, label]) => `${key} (${label[lang].toLowerCase()})`)
    .join(', ');
}

/**
 * The open-data row: one recipient of one decision, flat, in the order of the CSV columns. The JSON
 * files, the CSV header, the generated JSON Schema and the column list on the open-data page all come
 * from this one object, so none of them can drift from the others. Descriptions are in Vietnamese:
 * they are what the open-data page shows for each column.
 */
export const exportRowSchema = z
  .object({
    decisionId: z.string().describe('Mã quyết định trên cổng (đường dẫn trang quyết định)'),
    decisionNumber: z.string().describe('Số quyết định như in trên văn bản, ví dụ 1820/QĐ-UBND'),
    date: z.iso.date().describe('Ngày ký, dạng NĂM-THÁNG-NGÀY'),
    authorityId: z.string().describe('Mã cơ quan ban hành'),
    authorityName: z.string().describe('Tên cơ quan ban hành'),
    awardId: z.string().describe('Mã hình thức khen thưởng hoặc danh hiệu thi đua'),
    awardName: z.string().describe('Tên hình thức khen thưởng hoặc danh hiệu thi đua'),
    level: z.enum(AWARD_LEVELS).describe(`Cấp khen thưởng: ${values(AWARD_LEVEL_LABELS)}`),
    row: z.number().int().positive().describe('Số thứ tự (STT) của dòng trong danh sách của quyết định'),
    recipientName: z.string().describe('Họ và tên cá nhân hoặc tên tập thể, hộ gia đình như in trong quyết định'),
    kind: z.enum(RECIPIENT_KINDS).describe(`Đối tượng: ${values(RECIPIENT_KIND_LABELS)}`),
    role: z.string().nullable().describe('Chức vụ như in trong quyết định; trống nếu không có'),
    unit: z.string().nullable().describe('Đơn vị công tác hoặc thôn, bản; trống nếu không có'),
    placeId: z.string().nullable().describe('Mã xã, thị trấn vào ngày ký'),
    placeName: z.string().nullable().describe('Tên xã, thị trấn vào ngày ký (tên của thời điểm đó, không đổi theo sáp nhập sau này)'),
    occupation: z.enum(OCCUPATION_GROUPS).nullable().describe(`Nhóm nghề nghiệp dùng trong báo cáo thống kê, trống nếu không ghi: ${values(OCCUPATION_GROUP_LABELS)}`),
    status: z.enum(DECISION_STATUSES).describe(`Tình trạng quyết định: ${values(DECISION_STATUS_LABELS)}`),
    amendment: z
      .enum(CHANGE_KINDS)
      .nullable()
      .describe(`Quyết định này sửa quyết định khác: ${values(CHANGE_KIND_LABELS)}; trống nếu là quyết định khen thưởng thông thường. Dòng của quyết định đính chính chỉ nhắc lại danh sách, không phải lượt khen mới`),
    amendsIds: z.string().nullable().describe('Mã các quyết định mà quyết định này đính chính hoặc thu hồi, cách nhau bởi dấu cách (so với cột decisionId); trống nếu không có'),
    amendsNumbers: z.string().nullable().describe('Số của các quyết định đó, cùng thứ tự, cách nhau bởi "; "'),
    amendedByIds: z.string().nullable().describe('Mã các quyết định sau này đã đính chính hoặc thu hồi quyết định này, theo ngày ký, cách nhau bởi dấu cách; trống nếu không có'),
    amendedByNumbers: z.string().nullable().describe('Số của các quyết định đó, cùng thứ tự, cách nhau bởi "; "'),
    url: z.url().describe('Địa chỉ dòng này trên cổng (trang quyết định, neo #r<STT>)'),
  })
  .strict();
export type ExportRow = z.infer<typeof exportRowSchema>;
export type ExportColumn = keyof ExportRow;

/** Column order of the CSV files: the order of the fields above. */
export const EXPORT_COLUMNS = Object.keys(exportRowSchema.shape) as ExportColumn[];

/** One line of a yearly statistics table (`thong-ke/<year>.csv`), as `src/model/stats.ts` counts it. */
export const statsRowSchema = z
  .object({
    awardId: z.string().describe('Mã hình thức khen thưởng hoặc danh hiệu thi đua'),
    awardName: z.string().describe('Tên hình thức khen thưởng hoặc danh hiệu thi đua'),
    level: z.enum(AWARD_LEVELS).describe(`Cấp khen thưởng: ${values(AWARD_LEVEL_LABELS)}`),
    collective: z.number().int().nonnegative().describe('Số lượt tập thể được khen'),
    individual: z.number().int().nonnegative().describe('Số lượt cá nhân được khen'),
    household: z.number().int().nonnegative().describe('Số lượt hộ gia đình được khen'),
    total: z.number().int().nonnegative().describe('Tổng số lượt'),
    decisions: z.string().describe('Mã các quyết định được tính, cách nhau bởi dấu cách, để kiểm tra từng con số'),
  })
  .strict();
export type StatsRow = z.infer<typeof statsRowSchema>;
export type StatsColumn = keyof StatsRow;
export const STATS_COLUMNS = Object.keys(statsRowSchema.shape) as StatsColumn[];

/**
 * The English column descriptions of the open-data page. The Zod descriptions stay Vietnamese (they are
 * the JSON Schema's); typed by the columns, so a column added without its English line fails the type check.
 */
export const COLUMN_DESCRIPTIONS_EN: Record<ExportColumn | StatsColumn, string> = {
  decisionId: "Decision id on the portal (the path of the decision's page)",
  decisionNumber: 'Decision number as printed, e.g. 1820/QĐ-UBND',
  date: 'Date of signature, YEAR-MONTH-DAY',
  authorityId: 'Id of the issuing authority',
  authorityName: 'Name of the issuing authority (Vietnamese, as printed)',
  awardId: 'Id of the award form or emulation title',
  awardName: 'Name of the award form or emulation title (Vietnamese, as printed)',
  level: `Award level: ${values(AWARD_LEVEL_LABELS, 'en')}`,
  row: "Row number (STT) in the decision's list",
  recipientName: 'Name of the person, collective or household as printed in the decision',
  kind: `Recipient kind: ${values(RECIPIENT_KIND_LABELS, 'en')}`,
  role: 'Position as printed in the decision; empty when none',
  unit: 'Workplace, or village; empty when none',
  placeId: 'Id of the commune or township on the date of signature',
  placeName: 'Name of the commune or township on the date of signature (the name of that time, not changed by later mergers)',
  occupation: `Occupation group used in statistics reports, empty when not recorded: ${values(OCCUPATION_GROUP_LABELS, 'en')}`,
  status: `Status of the decision: ${values(DECISION_STATUS_LABELS, 'en')}`,
  amendment: `This decision amends others: ${values(CHANGE_KIND_LABELS, 'en')}; empty for an ordinary award decision. The rows of a correction restate a list; they are not new awards`,
  amendsIds: 'Ids of the decisions this one corrects or revokes, separated by spaces (compare with decisionId); empty when none',
  amendsNumbers: 'Numbers of those decisions, in the same order, separated by "; "',
  amendedByIds: 'Ids of the later decisions that corrected or revoked this one, by date of signature, separated by spaces; empty when none',
  amendedByNumbers: 'Numbers of those decisions, in the same order, separated by "; "',
  url: "Address of this row on the portal (the decision's page, anchor #r<STT>)",
  collective: 'Collectives honoured',
  individual: 'Individuals honoured',
  household: 'Households honoured',
  total: 'Total honoured',
  decisions: 'Ids of the decisions counted, separated by spaces, to check every figure',
};

/** Each column of a flat schema with its description in `lang`, for the open-data page. */
export function describeColumns(schema: z.ZodObject, lang: 'vi' | 'en' = 'vi'): { name: string; description: string }[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    description: (lang === 'en' ? COLUMN_DESCRIPTIONS_EN[name as ExportColumn | StatsColumn] : field.description) ?? '',
  }));
}

/** A JSON file of rows: the whole data set, or one decision's rows. */
export const exportFileSchema = z
  .object({
    $schema: z.url().describe('Địa chỉ JSON Schema của tệp này'),
    title: z.string().describe('Tên bộ dữ liệu'),
    publisher: z.string().describe('Đơn vị công bố'),
    license: z.url().describe('Giấy phép dữ liệu (CC BY 4.0)'),
    source: z.url().describe('Trang gốc của dữ liệu trên cổng'),
    rows: z.array(exportRowSchema).describe('Mỗi dòng là một lượt khen thưởng: một người hoặc tập thể trong một quyết định'),
  })
  .strict();
export type ExportFile = z.infer<typeof exportFileSchema>;

/** The JSON Schema published beside the JSON files, generated so that it never drifts from the Zod model. */
export function exportFileJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(exportFileSchema, { target: 'draft-2020-12' }), $id: id };
}
