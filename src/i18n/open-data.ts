/**
 * The open data in Vietnamese, for the spreadsheets (.xlsx) beside each CSV: a heading for every column
 * and a label for every code. The CSV and JSON keep their stable English column names and codes; these
 * tables only dress the spreadsheet. A column added to src/schemas/export.ts needs its heading here
 * (the type says so, and tests/i18n/open-data.test.ts checks every CSV column).
 */
import { DATE_PRECISION_LABELS, type ExportColumn, type StatsColumn } from '../schemas/export.ts';
import { AWARD_LEVEL_LABELS, CHANGE_KIND_LABELS, DECISION_STATUS_LABELS, OCCUPATION_GROUP_LABELS, RECIPIENT_KIND_LABELS, SOURCE_KIND_LABELS } from '../schemas/vocab.ts';

export const COLUMN_HEADINGS_VI: Record<ExportColumn | StatsColumn, string> = {
  decisionId: 'Mã quyết định trên cổng',
  decisionNumber: 'Số quyết định',
  date: 'Ngày ký',
  datePrecision: 'Ngày ký biết đến',
  signer: 'Người ký',
  authorityId: 'Mã cơ quan ban hành',
  authorityName: 'Cơ quan ban hành',
  awardId: 'Mã hình thức khen thưởng',
  awardName: 'Hình thức khen thưởng',
  level: 'Cấp khen thưởng',
  line: 'Thứ tự hình thức trong quyết định',
  reason: 'Thành tích',
  achievement: 'Thành tích riêng của dòng',
  achievementYear: 'Năm thành tích',
  row: 'Dòng',
  stt: 'STT (như in)',
  group: 'Nhóm',
  honorific: 'Danh xưng',
  recipientName: 'Họ và tên, tên tập thể',
  kind: 'Đối tượng',
  role: 'Chức vụ',
  unit: 'Đơn vị công tác, thôn, bản',
  roleAndUnit: 'Chức vụ, đơn vị',
  placeId: 'Mã địa phương',
  placeName: 'Địa phương (tên vào ngày ký)',
  communeName: 'Xã, phường, thị trấn',
  districtName: 'Huyện, thị xã, thành phố thuộc tỉnh',
  provinceName: 'Tỉnh, thành phố',
  occupation: 'Thành phần',
  status: 'Tình trạng quyết định',
  amendment: 'Quyết định này đính chính, thu hồi',
  amendsIds: 'Mã quyết định được đính chính, thu hồi',
  amendsNumbers: 'Số quyết định được đính chính, thu hồi',
  amendedByIds: 'Mã quyết định đính chính, thu hồi quyết định này',
  amendedByNumbers: 'Số quyết định đính chính, thu hồi quyết định này',
  rowStatus: 'Tình trạng dòng',
  correctedBy: 'Mã quyết định đính chính dòng này',
  correctedFrom: 'Giá trị trước khi đính chính',
  sourceKind: 'Loại nguồn văn bản',
  sourceTitle: 'Nguồn văn bản',
  sourceUrl: 'Địa chỉ nguồn',
  sourceChecked: 'Đã đối chiếu bản gốc',
  url: 'Địa chỉ trên cổng',
  collective: 'Tập thể',
  individual: 'Cá nhân',
  household: 'Hộ gia đình',
  total: 'Tổng số lượt',
  decisions: 'Mã các quyết định được tính',
};

const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Columns whose values are codes, each code with its Vietnamese label ("Cá nhân", "Cơ sở", "Có hiệu lực"). */
export const CODE_LABELS_VI: Partial<Record<ExportColumn | StatsColumn, Record<string, string>>> = Object.fromEntries(
  (
    [
      ['kind', RECIPIENT_KIND_LABELS],
      ['level', AWARD_LEVEL_LABELS],
      ['occupation', OCCUPATION_GROUP_LABELS],
      ['status', DECISION_STATUS_LABELS],
      ['rowStatus', DECISION_STATUS_LABELS],
      ['amendment', CHANGE_KIND_LABELS],
      ['sourceKind', SOURCE_KIND_LABELS],
      ['datePrecision', DATE_PRECISION_LABELS],
    ] as const
  ).map(([column, labels]) => [column, Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, sentence(label.vi)]))]),
);
