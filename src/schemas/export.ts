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
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
} from './vocab.ts';
import { DATE_PRECISIONS } from '../text/dates.ts';

export const DATE_PRECISION_LABELS = {
  day: { vi: 'đủ ngày', en: 'full date' },
  month: { vi: 'chỉ rõ tháng', en: 'month only' },
  year: { vi: 'chỉ rõ năm', en: 'year only' },
} as const;

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
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .describe('Ngày ký, dạng NĂM-THÁNG-NGÀY; chỉ NĂM-THÁNG hoặc NĂM khi nguồn không ghi rõ hơn (xem cột datePrecision), không bao giờ thêm ngày tự đặt'),
    datePrecision: z.enum(DATE_PRECISIONS).describe(`Ngày ký được biết đến mức nào: ${values(DATE_PRECISION_LABELS)}`),
    signer: z.string().nullable().describe('Người ký, kèm chức danh khi ký; trống nếu nguồn không ghi'),
    authorityId: z.string().describe('Mã cơ quan ban hành'),
    authorityName: z.string().describe('Tên cơ quan ban hành'),
    line: z.number().int().positive().describe('Thứ tự của hình thức trong quyết định (Điều 1, Điều 2… hoặc A, B…); 1 khi quyết định chỉ tặng một hình thức'),
    awardId: z.string().describe('Mã hình thức khen thưởng hoặc danh hiệu thi đua của dòng này'),
    awardName: z.string().describe('Tên hình thức khen thưởng hoặc danh hiệu thi đua của dòng này'),
    level: z.enum(AWARD_LEVELS).describe(`Cấp khen thưởng: ${values(AWARD_LEVEL_LABELS)}`),
    reason: z.string().describe('Thành tích được khen như quyết định ghi cho hình thức này'),
    achievement: z.string().nullable().describe('Thành tích riêng của dòng này, khi danh sách ghi cho từng người; trống nếu không có'),
    achievementYear: z.number().int().describe('Năm thành tích (năm hoặc năm học bắt đầu)'),
    row: z.number().int().positive().describe('Số thứ tự của dòng trong cả quyết định, 1, 2, 3… theo thứ tự văn bản (neo #r<STT> trên cổng)'),
    stt: z.string().nullable().describe('Số thứ tự như in trong danh sách của quyết định; trống nếu tệp không ghi'),
    group: z.string().nullable().describe('Nhóm trong danh sách như in ("I. Cá nhân"); trống nếu không có'),
    honorific: z.string().nullable().describe('Danh xưng, cấp bậc, học hàm in trước tên ("Ông", "Bà", "Trung tá"); không thuộc tên'),
    recipientName: z.string().describe('Họ và tên cá nhân hoặc tên tập thể, hộ gia đình như in trong quyết định, không kèm danh xưng'),
    kind: z.enum(RECIPIENT_KINDS).describe(`Đối tượng: ${values(RECIPIENT_KIND_LABELS)}`),
    role: z.string().nullable().describe('Chức vụ như in trong quyết định; trống nếu không có'),
    unit: z.string().nullable().describe('Đơn vị công tác hoặc thôn, bản; trống nếu không có'),
    roleAndUnit: z.string().nullable().describe('Ô "Chức vụ, đơn vị" gộp như in, khi danh sách không tách chức vụ và đơn vị; trống nếu không có'),
    placeId: z.string().nullable().describe('Mã địa phương (cấp nào cũng được) vào ngày ký'),
    placeName: z.string().nullable().describe('Tên địa phương vào ngày ký (tên của thời điểm đó, không đổi theo sáp nhập sau này)'),
    communeName: z.string().nullable().describe('Xã, phường, thị trấn của địa phương đó; trống nếu địa phương ở cấp cao hơn'),
    districtName: z.string().nullable().describe('Huyện, thị xã, thành phố thuộc tỉnh của địa phương đó; trống nếu không có'),
    provinceName: z.string().nullable().describe('Tỉnh, thành phố trực thuộc trung ương của địa phương đó'),
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
    rowStatus: z
      .enum(DECISION_STATUSES)
      .describe(`Tình trạng của riêng dòng này: corrected khi một quyết định đính chính sửa dòng này (các dòng khác của quyết định vẫn in-force), revoked khi quyết định bị thu hồi: ${values(DECISION_STATUS_LABELS)}`),
    correctedBy: z.string().nullable().describe('Mã các quyết định đã đính chính dòng này, theo ngày ký, cách nhau bởi dấu cách; trống nếu dòng không bị đính chính'),
    correctedFrom: z
      .string()
      .nullable()
      .describe('Giá trị trước khi đính chính, dạng "trường: giá trị cũ" (ví dụ "recipientName: Nông Thiên Lan"), cách nhau bởi "; "; các cột khác của dòng đã ghi giá trị mới; trống nếu dòng không bị đính chính'),
    sourceKind: z.enum(SOURCE_KINDS).nullable().describe(`Nguồn văn bản mà cơ quan dùng: ${values(SOURCE_KIND_LABELS)}; trống nếu chưa ghi`),
    sourceTitle: z.string().nullable().describe('Tên nguồn (tờ báo, số công báo…); trống nếu chưa ghi'),
    sourceUrl: z.string().nullable().describe('Địa chỉ của nguồn; trống nếu không có'),
    sourceChecked: z.boolean().nullable().describe('Đã đối chiếu với bản gốc có chữ ký hay chưa; trống nếu chưa ghi nguồn'),
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
  date: 'Date of signature, YEAR-MONTH-DAY; only YEAR-MONTH or YEAR when the source gives no more (see datePrecision), never an invented day',
  datePrecision: `How much of the date of signature is known: ${values(DATE_PRECISION_LABELS, 'en')}`,
  signer: 'Who signed, with the title they signed under; empty when the source does not say',
  authorityId: 'Id of the issuing authority',
  authorityName: 'Name of the issuing authority (Vietnamese, as printed)',
  line: "Position of the award line in the decision (Article 1, 2… or A, B…); 1 when the decision confers one award",
  awardId: "Id of the award form or emulation title of this row's line",
  awardName: "Name of the award form or emulation title of this row's line (Vietnamese, as printed)",
  level: `Award level: ${values(AWARD_LEVEL_LABELS, 'en')}`,
  reason: 'The achievement the decision gives for this award',
  achievement: 'The row’s own achievement wording, when the list gives one per person; empty otherwise',
  achievementYear: 'Year of achievement (the year, or the first year of a school year)',
  row: 'Row number across the whole decision, 1, 2, 3… in the order of the text (the #r<STT> anchor on the portal)',
  stt: "Row number as printed in the decision's list; empty when the file does not give it",
  group: 'Group of the list as printed ("I. Cá nhân"); empty when none',
  honorific: 'Honorific, rank or title printed before the name ("Ông", "Bà", "Trung tá"); not part of the name',
  recipientName: 'Name of the person, collective or household as printed in the decision, without honorific',
  kind: `Recipient kind: ${values(RECIPIENT_KIND_LABELS, 'en')}`,
  role: 'Position as printed in the decision; empty when none',
  unit: 'Workplace, or village; empty when none',
  roleAndUnit: 'The combined "position, unit" cell as printed, when the list does not separate them; empty when none',
  placeId: 'Id of the place (any level) on the date of signature',
  placeName: 'Name of the place on the date of signature (the name of that time, not changed by later mergers)',
  communeName: 'Commune, ward or township of that place; empty when the place is of a higher level',
  districtName: 'District, town or provincial city of that place; empty when none',
  provinceName: 'Province or centrally run city of that place',
  occupation: `Occupation group used in statistics reports, empty when not recorded: ${values(OCCUPATION_GROUP_LABELS, 'en')}`,
  status: `Status of the decision: ${values(DECISION_STATUS_LABELS, 'en')}`,
  amendment: `This decision amends others: ${values(CHANGE_KIND_LABELS, 'en')}; empty for an ordinary award decision. The rows of a correction restate a list; they are not new awards`,
  amendsIds: 'Ids of the decisions this one corrects or revokes, separated by spaces (compare with decisionId); empty when none',
  amendsNumbers: 'Numbers of those decisions, in the same order, separated by "; "',
  amendedByIds: 'Ids of the later decisions that corrected or revoked this one, by date of signature, separated by spaces; empty when none',
  amendedByNumbers: 'Numbers of those decisions, in the same order, separated by "; "',
  rowStatus: `This row's own status: corrected when a correcting decision changed this row (the decision's other rows stay in-force), revoked when the decision was revoked: ${values(DECISION_STATUS_LABELS, 'en')}`,
  correctedBy: 'Ids of the decisions that corrected this row, by date of signature, separated by spaces; empty when the row was not corrected',
  correctedFrom: 'The values before correction, as "column: old value" (e.g. "recipientName: Nông Thiên Lan"), separated by "; "; the other columns of the row hold the corrected values; empty when the row was not corrected',
  sourceKind: `Where the office got the text: ${values(SOURCE_KIND_LABELS, 'en')}; empty when not recorded`,
  sourceTitle: 'Name of the source (newspaper, gazette issue…); empty when not recorded',
  sourceUrl: 'Address of the source; empty when none',
  sourceChecked: 'Whether the text was checked against the signed original; empty when no source is recorded',
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
