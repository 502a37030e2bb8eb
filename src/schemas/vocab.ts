/**
 * Closed vocabularies of the portal. Each is declared once `as const` and used both for the Zod enums
 * and for the TypeScript types; labels in Vietnamese and English live beside the keys so that every
 * page, export and error message names a value the same way.
 */

export const RECIPIENT_KINDS = ['individual', 'collective', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, { vi: string; en: string }> = {
  individual: { vi: 'cá nhân', en: 'individual' },
  collective: { vi: 'tập thể', en: 'collective' },
  household: { vi: 'hộ gia đình', en: 'household' },
};

/** Levels of the 2022 law: national; ministry/sector/province; grassroots (agency, district until 30/6/2025, commune). */
export const AWARD_LEVELS = ['national', 'province', 'grassroots'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, { vi: string; en: string }> = {
  national: { vi: 'Nhà nước', en: 'National' },
  province: { vi: 'Bộ, ngành, tỉnh', en: 'Ministry, sector or province' },
  grassroots: { vi: 'Cơ sở', en: 'Grassroots' },
};

/** Art. 8 (emulation titles) and Art. 9 (commendation forms) of the Law on Emulation and Commendation 2022. */
export const AWARD_CATEGORIES = ['emulation-title', 'commendation'] as const;
export type AwardCategory = (typeof AWARD_CATEGORIES)[number];
/**
 * How a decision confers an award, in the words of the law: an emulation title is recognised ("công nhận
 * danh hiệu Lao động tiên tiến"), a commendation form is given ("tặng Bằng khen"). Some titles are given
 * by name ("tặng danh hiệu Chiến sĩ thi đua toàn quốc"), and emulation flags are handed over ("tặng Cờ thi đua").
 */
export const CONFERRALS = ['recognise-title', 'give-title', 'give'] as const;
export type Conferral = (typeof CONFERRALS)[number];

export const AWARD_CATEGORY_LABELS: Record<AwardCategory, { vi: string; en: string }> = {
  'emulation-title': { vi: 'Danh hiệu thi đua', en: 'Emulation title' },
  commendation: { vi: 'Hình thức khen thưởng', en: 'Commendation' },
};

/**
 * Occupational groups that commendation reports count ("nông dân, lao động trực tiếp và tập thể nhỏ").
 * `small-collective` is for collectives at village, team or school-class size.
 */
export const OCCUPATION_GROUPS = [
  'farmer',
  'direct-worker',
  'small-collective',
  'official',
  'teacher',
  'pupil',
  'armed-forces',
  'business',
  'other',
] as const;
export type OccupationGroup = (typeof OCCUPATION_GROUPS)[number];
export const OCCUPATION_GROUP_LABELS: Record<OccupationGroup, { vi: string; en: string }> = {
  farmer: { vi: 'nông dân', en: 'farmer' },
  'direct-worker': { vi: 'lao động trực tiếp', en: 'direct worker' },
  'small-collective': { vi: 'tập thể nhỏ', en: 'small collective' },
  official: { vi: 'cán bộ, công chức, viên chức', en: 'official' },
  teacher: { vi: 'giáo viên', en: 'teacher' },
  pupil: { vi: 'học sinh, sinh viên', en: 'pupil or student' },
  'armed-forces': { vi: 'lực lượng vũ trang', en: 'armed forces' },
  business: { vi: 'doanh nghiệp, hợp tác xã', en: 'business or cooperative' },
  other: { vi: 'khác', en: 'other' },
};
/** The groups a report counts as "nông dân, lao động trực tiếp và tập thể nhỏ". */
export const GRASSROOTS_GROUPS: readonly OccupationGroup[] = ['farmer', 'direct-worker', 'small-collective'];

export const PLACE_KINDS = ['province', 'city', 'district', 'town', 'commune', 'ward', 'township', 'special-zone'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: Record<PlaceKind, { vi: string; en: string }> = {
  province: { vi: 'tỉnh', en: 'province' },
  city: { vi: 'thành phố', en: 'city' },
  district: { vi: 'huyện', en: 'district' },
  town: { vi: 'thị xã', en: 'town' },
  commune: { vi: 'xã', en: 'commune' },
  ward: { vi: 'phường', en: 'ward' },
  township: { vi: 'thị trấn', en: 'township' },
  'special-zone': { vi: 'đặc khu', en: 'special zone' },
};

/** How a later decision changes an earlier one. Nothing published is deleted; it changes status. */
export const DECISION_STATUSES = ['in-force', 'corrected', 'revoked'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, { vi: string; en: string }> = {
  'in-force': { vi: 'Có hiệu lực', en: 'In force' },
  corrected: { vi: 'Đã được đính chính', en: 'Corrected' },
  revoked: { vi: 'Đã bị thu hồi', en: 'Revoked' },
};

/**
 * Fields of a recipient row a correcting decision may set right, one `corrections` entry each
 * (src/schemas/decision.ts). The row's number and its decision stay; what it says changes.
 */
export const CORRECTABLE_FIELDS = ['name', 'honorific', 'role', 'unit', 'roleAndUnit', 'place', 'kind', 'occupation', 'achievement'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export const CORRECTABLE_FIELD_LABELS: Record<CorrectableField, { vi: string; en: string }> = {
  name: { vi: 'họ tên', en: 'name' },
  honorific: { vi: 'danh xưng', en: 'honorific' },
  role: { vi: 'chức vụ', en: 'position' },
  unit: { vi: 'đơn vị', en: 'unit' },
  roleAndUnit: { vi: 'chức vụ, đơn vị', en: 'position and unit' },
  place: { vi: 'địa phương', en: 'place' },
  kind: { vi: 'đối tượng', en: 'recipient kind' },
  occupation: { vi: 'thành phần', en: 'occupation group' },
  achievement: { vi: 'thành tích', en: 'achievement' },
};

/** What an amending decision does to the decisions it names: corrects ("đính chính") or revokes ("thu hồi"). */
export const CHANGE_KINDS = ['correction', 'revocation'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, { vi: string; en: string }> = {
  correction: { vi: 'Đính chính', en: 'Correction' },
  revocation: { vi: 'Thu hồi', en: 'Revocation' },
};

export const AUTHORITY_LEVELS = ['central', 'province', 'district', 'commune', 'agency'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

/** Where the office got a decision's text: the official gazette, a scan of the original, its own register, a newspaper, another portal. */
export const SOURCE_KINDS = ['gazette', 'scan', 'register', 'newspaper', 'portal'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, { vi: string; en: string }> = {
  gazette: { vi: 'Công báo', en: 'Official gazette' },
  scan: { vi: 'Bản quét văn bản gốc', en: 'Scan of the original' },
  register: { vi: 'Sổ theo dõi của cơ quan', en: "The office's register" },
  newspaper: { vi: 'Báo chí', en: 'Newspaper' },
  portal: { vi: 'Cổng thông tin điện tử', en: 'Web portal' },
};
