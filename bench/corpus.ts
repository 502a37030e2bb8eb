/**
 * A synthetic "province over ten years" of commendation content, for benchmarks and tests: places,
 * authorities, movements, decisions and stories that pass the validator, made from a seed so that the
 * same options always give the same files. The province, its districts, communes and villages, every
 * person and every text are made up ("tỉnh Tổng Hợp" means "synthetic province"; see bench/README.md);
 * the award forms are the real ones (content/awards.yaml), given by their rules: the levels that may
 * confer them, the kinds of recipient and the dates they were valid.
 *
 * Pure: the caller reads the award list and the name lists and writes the files
 * (bench/generate-corpus.ts).
 */
import yaml from 'js-yaml';
import { z } from 'zod';
import { awardSchema, type Award } from '../src/schemas/award.ts';
import type { AuthorityLevel, OccupationGroup, RecipientKind } from '../src/schemas/vocab.ts';
import { isWithin } from '../src/text/dates.ts';
import { recipientKey } from '../src/validate/integrity.ts';
import { slugify } from '../src/text/vietnamese.ts';

export interface CorpusOptions {
  decisions: number;
  /** Recipient rows over all decisions, exactly. */
  recipients: number;
  stories: number;
  /** Years of decisions, ending with `lastYear`. */
  years: number;
  lastYear: number;
  seed: number;
}

/** A province over ten years. */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  decisions: 5000,
  recipients: 150_000,
  stories: 200,
  years: 10,
  lastYear: 2024,
  seed: 1,
};

/** Bump when the same options start giving different files, so that saved corpora are made again. */
export const CORPUS_VERSION = 1;

/** The texts the corpus is made from, read by the caller. */
export interface CorpusSources {
  /** content/awards.yaml, copied as it is. */
  awardsYaml: string;
  /** One name (middle + given) per line. */
  maleNames: string;
  femaleNames: string;
}

interface CorpusFile {
  /** Path inside the content folder, with `/`. */
  path: string;
  text: string;
}

export interface Corpus {
  counts: { decisions: number; recipients: number; stories: number; movements: number; awards: number; authorities: number; places: number };
  /** The files, made one by one as they are read; iterate once. */
  files: Iterable<CorpusFile>;
}

// --- Randomness -------------------------------------------------------------------------------------

/** mulberry32: small, fast and the same on every platform. */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p: number): boolean => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    weighted<T>(items: readonly T[], weight: (item: T) => number): T {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weight(item);
        if (r < 0) return item;
      }
      return items[items.length - 1] as T;
    },
    /** Standard normal (Box–Muller). */
    normal: (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}
type Random = ReturnType<typeof makeRandom>;

/**
 * Splits `total` into whole parts, one per weight, each at least 1 and at most its cap, in proportion
 * to the weights; the parts sum to `total` exactly.
 */
export function allocate(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const sizes = weights.map(() => 1);
  let rest = total - weights.length;
  if (rest < 0) throw new RangeError(`${total} rows cannot fill ${weights.length} decisions of at least one row`);
  let open = sizes.map((_, i) => i).filter((i) => (caps[i] ?? 1) > 1);
  while (rest > 0) {
    if (!open.length) throw new RangeError(`${total} rows do not fit: the decisions hold at most ${total - rest}`);
    const sum = open.reduce((s, i) => s + (weights[i] ?? 0), 0);
    const share = (i: number) => (rest * (weights[i] ?? 0)) / sum;
    const full = open.filter((i) => 1 + share(i) >= (caps[i] ?? 1));
    if (full.length) {
      for (const i of full) {
        rest -= (caps[i] ?? 1) - 1;
        sizes[i] = caps[i] ?? 1;
      }
      open = open.filter((i) => !full.includes(i));
      continue;
    }
    const shares = open.map((i) => ({ i, share: share(i) }));
    for (const { i, share: s } of shares) sizes[i] = 1 + Math.floor(s);
    const left = rest - shares.reduce((n, { share: s }) => n + Math.floor(s), 0);
    shares.sort((a, b) => (b.share % 1) - (a.share % 1) || a.i - b.i);
    for (const { i } of shares.slice(0, left)) sizes[i] = (sizes[i] ?? 1) + 1;
    rest = 0;
  }
  return sizes;
}

// --- Word lists (made-up combinations of common syllables) ----------------------------------------------

const PLACE_SYLLABLES = [
  'An', 'Bình', 'Phú', 'Hòa', 'Thạnh', 'Tân', 'Long', 'Phước', 'Hưng', 'Thịnh', 'Đông', 'Tây', 'Nam', 'Bắc',
  'Trung', 'Hải', 'Sơn', 'Thủy', 'Lâm', 'Quang', 'Minh', 'Đức', 'Thành', 'Xuân', 'Hồng', 'Kim', 'Ngọc', 'Vĩnh',
  'Hiệp', 'Lợi', 'Khánh', 'Yên', 'Mỹ', 'Lạc', 'Thiện', 'Tiến', 'Quyết', 'Thắng', 'Cường', 'Nghĩa', 'Tín', 'Gia',
  'Vạn', 'Châu', 'Cẩm', 'Hà', 'Lộc', 'Tường', 'Phong', 'Điền',
] as const;
const VILLAGE_PREFIXES = ['Nà', 'Khòn', 'Pò', 'Khau', 'Bản', 'Còn', 'Pác', 'Nặm', 'Phai', 'Co', 'Làng', 'Đồng'] as const;
const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Đinh', 'Hà',
  'Lương', 'Lộc', 'Nông', 'Vi', 'Triệu', 'Lăng', 'Chu', 'Mã', 'Tô', 'La', 'Hứa', 'Vy', 'Đàm',
] as const;
const SCHOOLS = ['Mầm non', 'Tiểu học', 'Trung học cơ sở'] as const;
const ORGANISATIONS = [
  'Ủy ban nhân dân', 'Trạm Y tế', 'Công an', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Đoàn Thanh niên',
  'Hội Nông dân', 'Mặt trận Tổ quốc',
] as const;
const MILITIA = ['Ban Chỉ huy Quân sự', 'Trung đội dân quân cơ động', 'Tiểu đội dân quân thường trực'] as const;
const ROLES = {
  education: ['Giáo viên', 'Giáo viên', 'Giáo viên', 'Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Nhân viên'],
  village: ['Nông dân', 'Nông dân', 'Nông dân', 'Nông dân', 'Trưởng thôn', 'Chi hội trưởng Chi hội Nông dân'],
  administration: [
    'Chủ tịch UBND xã', 'Phó Chủ tịch UBND xã', 'Công chức Tư pháp – Hộ tịch', 'Công chức Địa chính – Xây dựng',
    'Công chức Văn hóa – Xã hội', 'Công chức Tài chính – Kế toán', 'Công chức Văn phòng – Thống kê',
  ],
  military: ['Chiến sĩ dân quân', 'Chiến sĩ dân quân', 'Chiến sĩ dân quân', 'Trung đội trưởng', 'Chỉ huy trưởng Ban CHQS xã'],
} as const;

// --- The model of the synthetic province ---------------------------------------------------------------

/** What a decision's list is about; decides the names, units and roles of its rows. */
type Sector = 'education' | 'village' | 'administration' | 'military' | 'commune';

const KIND_WEIGHTS: Record<Sector, Partial<Record<RecipientKind, number>>> = {
  education: { individual: 3, collective: 1 },
  village: { individual: 3, household: 4, collective: 3 },
  administration: { individual: 3, collective: 1 },
  military: { individual: 3, collective: 1 },
  commune: { collective: 1 },
};
const OCCUPATIONS: Record<Exclude<Sector, 'commune'>, OccupationGroup> = {
  education: 'teacher',
  village: 'farmer',
  administration: 'official',
  military: 'armed-forces',
};

const COLLECTIVE_OCCUPATIONS: Record<Sector, OccupationGroup> = {
  education: 'small-collective',
  village: 'small-collective',
  administration: 'official',
  military: 'armed-forces',
  commune: 'other',
};

interface AwardPlan {
  /** How many decisions give it, relative to the others. */
  weight: number;
  /** How long its lists run, relative to the others. */
  scale: number;
  sectors: readonly Sector[];
}
const ALL: readonly Sector[] = ['education', 'village', 'administration', 'military'];
const OFFICE: readonly Sector[] = ['education', 'administration'];

/** The forms the corpus gives; forms missing from awards.yaml are left out. */
const AWARD_PLANS: Readonly<Record<string, AwardPlan>> = {
  'lao-dong-tien-tien': { weight: 10, scale: 3, sectors: OFFICE },
  'tap-the-lao-dong-tien-tien': { weight: 6, scale: 1, sectors: OFFICE },
  'chien-si-thi-dua-co-so': { weight: 6, scale: 1, sectors: OFFICE },
  'chien-si-tien-tien': { weight: 2, scale: 1.5, sectors: ['military'] },
  'don-vi-tien-tien': { weight: 1, scale: 0.5, sectors: ['military'] },
  'thon-to-dan-pho-van-hoa': { weight: 3, scale: 1.5, sectors: ['village'] },
  'gia-dinh-van-hoa': { weight: 4, scale: 4, sectors: ['village'] },
  'giay-khen-chu-tich-ubnd-huyen': { weight: 14, scale: 1, sectors: ALL },
  'giay-khen-thu-truong-co-quan': { weight: 3, scale: 1, sectors: ['education', 'military'] },
  'bang-khen-chu-tich-ubnd-tinh': { weight: 12, scale: 0.8, sectors: ALL },
  'tap-the-lao-dong-xuat-sac': { weight: 3, scale: 0.6, sectors: OFFICE },
  'chien-si-thi-dua-cap-tinh': { weight: 2, scale: 0.5, sectors: OFFICE },
  'co-thi-dua-ubnd-tinh': { weight: 1.5, scale: 0.3, sectors: ['education', 'administration', 'village'] },
  'don-vi-quyet-thang': { weight: 0.5, scale: 0.3, sectors: ['military'] },
  'xa-phuong-thi-tran-tieu-bieu': { weight: 3, scale: 0.3, sectors: ['commune'] },
  'ky-niem-chuong': { weight: 1, scale: 0.5, sectors: ['administration'] },
  'bang-khen-thu-tuong': { weight: 2, scale: 0.3, sectors: ALL },
  'co-thi-dua-cua-chinh-phu': { weight: 0.5, scale: 0.1, sectors: OFFICE },
  'chien-si-thi-dua-toan-quoc': { weight: 0.3, scale: 0.1, sectors: OFFICE },
  'huan-chuong-lao-dong-hang-ba': { weight: 0.8, scale: 0.15, sectors: OFFICE },
  'huan-chuong-lao-dong-hang-nhi': { weight: 0.3, scale: 0.1, sectors: OFFICE },
  'nha-giao-uu-tu': { weight: 0.3, scale: 0.1, sectors: ['education'] },
  'huan-chuong-bao-ve-to-quoc': { weight: 0.2, scale: 0.1, sectors: ['military'] },
};

/** Longest list of one decision. */
const MAX_ROWS = 1000;
const DISTRICTS = 10;
const COMMUNES_PER_DISTRICT = 15;
const VILLAGES_PER_COMMUNE = 12;
/** Share of individual rows that are a known honoree, with an id, who may appear again. */
const HONOREE_SHARE = 0.1;
/** Chance that a known honoree row is someone already honoured before. */
const HONOREE_RETURNS = 0.7;

interface Commune {
  id: string;
  /** "xã Hòa Bình". */
  name: string;
  district: District;
  villages: string[];
}
interface District {
  id: string;
  /** "An Phú". */
  name: string;
  communes: Commune[];
}

interface MovementPlan {
  id: string;
  title: string;
  titleEn: string;
  /** Year it was launched in the province. */
  from: number;
  sectors: readonly Sector[];
  summary: string;
}
const MOVEMENTS: readonly Omit<MovementPlan, 'from'>[] = [
  {
    id: 'nong-thon-moi',
    title: 'Cả nước chung sức xây dựng nông thôn mới',
    titleEn: 'The whole country joins hands to build new rural areas',
    sectors: ['village', 'commune'],
    summary: 'Xây dựng giao thông nông thôn, phát triển sản xuất và hoàn thành các tiêu chí nông thôn mới ở từng xã.',
  },
  {
    id: 'doi-song-van-hoa',
    title: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
    titleEn: 'All people unite to build a cultural life',
    sectors: ['village'],
    summary: 'Xây dựng gia đình văn hóa, thôn văn hóa và nếp sống văn minh ở khu dân cư.',
  },
  {
    id: 'day-tot-hoc-tot',
    title: 'Thi đua dạy tốt, học tốt',
    titleEn: 'Emulation for good teaching and good learning',
    sectors: ['education'],
    summary: 'Nâng cao chất lượng dạy và học ở các trường mầm non, tiểu học và trung học cơ sở.',
  },
  {
    id: 'vi-nguoi-ngheo',
    title: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
    titleEn: 'The whole country joins hands for the poor – leave no one behind',
    sectors: ['village'],
    summary: 'Hỗ trợ hộ nghèo làm nhà, phát triển sinh kế và thoát nghèo bền vững.',
  },
  {
    id: 'bao-ve-an-ninh-to-quoc',
    title: 'Toàn dân bảo vệ an ninh Tổ quốc',
    titleEn: 'All people protect national security',
    sectors: ['military', 'administration'],
    summary: 'Giữ gìn an ninh trật tự ở cơ sở, xây dựng lực lượng dân quân vững mạnh.',
  },
  {
    id: 'cai-cach-hanh-chinh',
    title: 'Thi đua đẩy mạnh cải cách hành chính',
    titleEn: 'Emulation for administrative reform',
    sectors: ['administration'],
    summary: 'Rút ngắn thời gian giải quyết thủ tục hành chính, nâng cao sự hài lòng của người dân.',
  },
  {
    id: 'chuyen-doi-so',
    title: 'Thi đua thực hiện chuyển đổi số',
    titleEn: 'Emulation for digital transformation',
    sectors: ['administration', 'education'],
    summary: 'Đưa dịch vụ công trực tuyến và học liệu số đến từng xã, từng trường.',
  },
];

interface Issuer {
  id: string;
  name: string;
  nameEn: string;
  shortName: string;
  level: AuthorityLevel;
  place: string;
  /** Number suffix: "QĐ-UBND". */
  suffix: string;
  /** Part of the file name that tells apart issuers sharing a suffix. */
  tag: string;
  /** Signing titles: the head, and a deputy signing for the head. */
  titles: readonly [string, string];
  communes: readonly Commune[];
  /** Sectors it decides on; all when absent. */
  sectors?: readonly Sector[];
  /** Forms it gives; all its level may give when absent. */
  awards?: readonly string[];
}

interface Province {
  id: string;
  name: string;
  districts: District[];
  communes: Commune[];
  issuers: Issuer[];
  movements: MovementPlan[];
}

const PROVINCE_NAME = 'Tổng Hợp';

/** `count` names from `make`, none the same in a slug as another or as one already `taken`. */
function uniqueNames(count: number, make: () => string, taken = new Set<string>()): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const name = make();
    const key = slugify(name);
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(name);
  }
  return out;
}

function makeProvince(rng: Random, firstYear: number): Province {
  const id = slugify(PROVINCE_NAME);
  const syllables = () => `${rng.pick(PLACE_SYLLABLES)} ${rng.pick(PLACE_SYLLABLES)}`;
  const districts: District[] = uniqueNames(DISTRICTS, syllables, new Set([id])).map((name) => ({ id: slugify(name), name, communes: [] }));
  for (const district of districts) {
    const names = uniqueNames(COMMUNES_PER_DISTRICT - 1, syllables, new Set([slugify(district.name)]));
    for (const full of [`thị trấn ${district.name}`, ...names.map((n) => `xã ${n}`)]) {
      const villages = uniqueNames(VILLAGES_PER_COMMUNE, () => `thôn ${rng.pick(VILLAGE_PREFIXES)} ${rng.pick(PLACE_SYLLABLES)}`);
      district.communes.push({ id: `${district.id}/${slugify(full)}`, name: full, district, villages });
    }
  }
  const communes = districts.flatMap((d) => d.communes);
  const province = `tỉnh ${PROVINCE_NAME}`;
  const issuers: Issuer[] = [
    {
      id: 'chu-tich-nuoc',
      name: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      nameEn: 'President of the Socialist Republic of Viet Nam',
      shortName: 'Chủ tịch nước',
      level: 'central',
      place: '',
      suffix: 'QĐ-CTN',
      tag: '',
      titles: ['Chủ tịch nước', 'KT. Chủ tịch nước – Phó Chủ tịch nước'],
      communes,
      awards: ['huan-chuong-lao-dong-hang-ba', 'huan-chuong-lao-dong-hang-nhi', 'nha-giao-uu-tu', 'huan-chuong-bao-ve-to-quoc'],
    },
    {
      id: 'thu-tuong-chinh-phu',
      name: 'Thủ tướng Chính phủ',
      nameEn: 'Prime Minister',
      shortName: 'Thủ tướng Chính phủ',
      level: 'central',
      place: '',
      suffix: 'QĐ-TTg',
      tag: '',
      titles: ['Thủ tướng', 'KT. Thủ tướng – Phó Thủ tướng'],
      communes,
      awards: ['bang-khen-thu-tuong', 'co-thi-dua-cua-chinh-phu', 'chien-si-thi-dua-toan-quoc'],
    },
    {
      id: `ubnd-tinh-${id}`,
      name: `Ủy ban nhân dân ${province}`,
      nameEn: `People's Committee of ${PROVINCE_NAME} Province (synthetic)`,
      shortName: `UBND ${province}`,
      level: 'province',
      place: id,
      suffix: 'QĐ-UBND',
      tag: 'tinh',
      titles: ['Chủ tịch', 'KT. Chủ tịch – Phó Chủ tịch'],
      communes,
    },
    {
      id: `so-gddt-${id}`,
      name: `Sở Giáo dục và Đào tạo ${province}`,
      nameEn: `Department of Education and Training of ${PROVINCE_NAME} Province (synthetic)`,
      shortName: `Sở GD&ĐT ${province}`,
      level: 'agency',
      place: id,
      suffix: 'QĐ-SGDĐT',
      tag: '',
      titles: ['Giám đốc', 'KT. Giám đốc – Phó Giám đốc'],
      communes,
      sectors: ['education'],
    },
    {
      id: `bchqs-${id}`,
      name: `Bộ Chỉ huy Quân sự ${province}`,
      nameEn: `Military Command of ${PROVINCE_NAME} Province (synthetic)`,
      shortName: `Bộ CHQS ${province}`,
      level: 'agency',
      place: id,
      suffix: 'QĐ-BCH',
      tag: '',
      titles: ['Chỉ huy trưởng', 'KT. Chỉ huy trưởng – Phó Chỉ huy trưởng'],
      communes,
      sectors: ['military'],
    },
    ...districts.map(
      (d): Issuer => ({
        id: `ubnd-huyen-${d.id}`,
        name: `Ủy ban nhân dân huyện ${d.name}`,
        nameEn: `People's Committee of ${d.name} District (synthetic)`,
        shortName: `UBND huyện ${d.name}`,
        level: 'district',
        place: d.id,
        suffix: 'QĐ-UBND',
        tag: d.id,
        titles: ['Chủ tịch', 'KT. Chủ tịch – Phó Chủ tịch'],
        communes: d.communes,
      }),
    ),
  ];
  const movements = MOVEMENTS.map((m) => ({ ...m, from: m.id === 'chuyen-doi-so' ? Math.max(firstYear, 2021) : firstYear - 1 }));
  return { id, name: province, districts, communes, issuers, movements };
}

// --- Names and rows ----------------------------------------------------------------------------------

/** A name list as read: composed Unicode, Đ for the look-alike Ð, no blanks or repeats. */
export function parseNameList(text: string): string[] {
  const names = text
    .normalize('NFC')
    .replace(/Ð/g, 'Đ')
    .replace(/ð/g, 'đ')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(names)];
}

interface Names {
  male: readonly string[];
  female: readonly string[];
}

function personName(rng: Random, names: Names): { name: string; male: boolean } {
  const male = rng.chance(0.5);
  const line = rng.pick(male ? names.male : names.female);
  const family = rng.pick(FAMILY_NAMES);
  if (rng.chance(male ? 0.3 : 0.4)) return { name: `${family} ${male ? 'Văn' : 'Thị'} ${line.split(' ').at(-1)}`, male };
  return { name: `${family} ${line}`, male };
}

interface Row {
  kind: RecipientKind;
  name: string;
  role?: string;
  unit?: string;
  place: string;
  occupation: OccupationGroup;
  id?: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The collectives of one commune that a list about `sector` may name. */
function communeCollectives(sector: Sector, c: Commune): string[] {
  switch (sector) {
    case 'education':
      return SCHOOLS.flatMap((s) => [`Trường ${s} ${c.name}`, `Tổ chuyên môn, Trường ${s} ${c.name}`]);
    case 'village':
      return c.villages.flatMap((v) => [`${capitalise(v)}, ${c.name}`, `Nhân dân và cán bộ ${v}, ${c.name}`, `Chi hội Nông dân ${v}, ${c.name}`]);
    case 'administration':
      return ORGANISATIONS.map((o) => `${o} ${c.name}`);
    case 'military':
      return MILITIA.map((m) => `${m} ${c.name}`);
    case 'commune':
      return [capitalise(c.name)];
  }
}

function individualRow(rng: Random, sector: Exclude<Sector, 'commune'>, c: Commune, names: Names): Row {
  const { name } = personName(rng, names);
  const role = rng.pick(ROLES[sector]);
  const unit =
    sector === 'education'
      ? `Trường ${rng.pick(SCHOOLS)} ${c.name}`
      : sector === 'village'
        ? rng.pick(c.villages)
        : sector === 'military'
          ? `Ban Chỉ huy Quân sự ${c.name}`
          : `Ủy ban nhân dân ${c.name}`;
  return { kind: 'individual', name, role, unit, place: c.id, occupation: OCCUPATIONS[sector] };
}

function householdRow(rng: Random, c: Commune, names: Names): Row {
  const { name, male } = personName(rng, names);
  return { kind: 'household', name: `Hộ ${male ? 'ông' : 'bà'} ${name}`, unit: rng.pick(c.villages), place: c.id, occupation: 'farmer' };
}

/** Someone who is honoured more than once: the rows carry the same `id`. */
interface Honoree {
  row: Row;
  sector: Sector;
  commune: Commune;
  appearances: { decision: string; date: string; award: string; number: string; movement?: string }[];
}

// --- Decisions ---------------------------------------------------------------------------------------

interface DecisionPlan {
  index: number;
  date: string;
  award: Award;
  issuer: Issuer;
  sector: Sector;
  movement?: MovementPlan;
  weight: number;
  cap: number;
  size: number;
  number: string;
  id: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayOfYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function kindsFor(award: Award, sector: Sector): RecipientKind[] {
  return award.recipientKinds.filter((k) => (KIND_WEIGHTS[sector][k] ?? 0) > 0);
}

/** Collectives a decision of `issuer` about `sector` may name, over its whole territory. */
function collectivePool(cache: Map<string, { name: string; place: string }[]>, issuer: Issuer, sector: Sector) {
  const key = `${issuer.tag || 'all'}|${sector}`;
  let pool = cache.get(key);
  if (!pool) {
    pool = issuer.communes.flatMap((c) => communeCollectives(sector, c).map((name) => ({ name, place: c.id })));
    cache.set(key, pool);
  }
  return pool;
}

function planDecisions(rng: Random, options: CorpusOptions, awards: readonly Award[], province: Province): DecisionPlan[] {
  const firstYear = options.lastYear - options.years + 1;
  const choices = awards.flatMap((award) => {
    const plan = AWARD_PLANS[award.id];
    if (!plan) return [];
    const sectors = plan.sectors.filter((s) => kindsFor(award, s).length);
    const issuers = province.issuers.filter(
      (i) => award.conferredBy.includes(i.level) && (!i.awards || i.awards.includes(award.id)) && sectors.some((s) => !i.sectors || i.sectors.includes(s)),
    );
    return issuers.length ? [{ award, plan, sectors, issuers }] : [];
  });
  if (!choices.length) throw new Error('awards.yaml has none of the forms the corpus gives');
  const pools = new Map<string, { name: string; place: string }[]>();
  const plans: DecisionPlan[] = [];
  for (let index = 0; index < options.decisions; index++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 1000) throw new Error('no award form is valid in the years asked for');
      const { award, plan, sectors, issuers } = rng.weighted(choices, (c) => c.plan.weight);
      const year = firstYear + rng.int(options.years);
      const issuer = rng.pick(issuers);
      const sector = rng.pick(sectors.filter((s) => !issuer.sectors || issuer.sectors.includes(s)));
      const title = award.category === 'emulation-title';
      const month = title ? (sector === 'education' ? 7 : 1) + rng.int(3) : 1 + rng.int(12);
      const date = `${year}-${pad(month)}-${pad(1 + rng.int(28))}`;
      if (!isWithin(date, award.validFrom, award.validTo)) continue;
      const movements = province.movements.filter((m) => m.sectors.includes(sector) && m.from <= year);
      const national = award.level === 'national' && award.category === 'commendation';
      const movement = national || movements.length === 0 || (title && rng.chance(0.5)) ? undefined : rng.pick(movements);
      const kinds = kindsFor(award, sector);
      const cap = kinds.length === 1 && kinds[0] === 'collective' ? Math.min(MAX_ROWS, collectivePool(pools, issuer, sector).length) : MAX_ROWS;
      const weight = plan.scale * Math.exp(1.1 * rng.normal());
      plans.push({ index, date, award, issuer, sector, ...(movement ? { movement } : {}), weight, cap, size: 0, number: '', id: '' });
      break;
    }
  }
  const sizes = allocate(options.recipients, plans.map((p) => p.weight), plans.map((p) => p.cap));
  plans.forEach((p, i) => (p.size = sizes[i] ?? 1));

  // Numbers run through the year, unique per issuer over all years, as the validator requires.
  plans.sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
  const perYear = new Map<string, number>();
  for (const p of plans) perYear.set(`${p.issuer.id}|${p.date.slice(0, 4)}`, (perYear.get(`${p.issuer.id}|${p.date.slice(0, 4)}`) ?? 0) + 1);
  const used = new Map<string, Set<number>>();
  for (const p of plans) {
    const span = 3 * (perYear.get(`${p.issuer.id}|${p.date.slice(0, 4)}`) ?? 1) + 40;
    const taken = used.get(p.issuer.id) ?? new Set<number>();
    used.set(p.issuer.id, taken);
    // From 10: the schema's number pattern wants a digit after the first character (reported).
    let n = 10 + Math.floor((dayOfYear(p.date) / 366) * span) + rng.int(5);
    while (taken.has(n)) n++;
    taken.add(n);
    p.number = `${n}/${p.issuer.suffix}`;
    p.id = `${p.date.slice(0, 4)}/${[n, slugify(p.issuer.suffix), p.issuer.tag, p.award.id].filter(Boolean).join('-')}`;
  }
  return plans;
}

function periodOf(p: DecisionPlan): { year: number; reason: string; occasion?: string } {
  const year = Number(p.date.slice(0, 4));
  const month = Number(p.date.slice(5, 7));
  const m = p.movement;
  if (p.award.category === 'emulation-title') {
    const y = year - 1;
    const span = p.sector === 'education' ? `năm học ${y}–${year}` : `năm ${y}`;
    const occasion = p.sector === 'education' ? `Tổng kết năm học ${y}–${year}` : `Tổng kết công tác năm ${y}`;
    if (['thon-to-dan-pho-van-hoa', 'gia-dinh-van-hoa', 'xa-phuong-thi-tran-tieu-bieu'].includes(p.award.id))
      return { year: y, reason: `Đạt tiêu chuẩn danh hiệu "${p.award.name}" ${span}`, occasion };
    const grade = p.award.level === 'grassroots' ? 'tốt' : 'xuất sắc';
    return { year: y, reason: `Đã hoàn thành ${grade} nhiệm vụ ${span}`, occasion };
  }
  const y = month <= 3 ? year - 1 : year;
  if (p.award.level === 'national')
    return { year: y, reason: `Đã có thành tích xuất sắc trong công tác từ năm ${y - 4} đến năm ${y}, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc` };
  if (!m) return { year: y, reason: `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${y}` };
  return {
    year: y,
    reason: `Đã có thành tích xuất sắc trong phong trào "${m.title}" năm ${y}`,
    occasion: `${month <= 6 ? 'Sơ kết' : 'Tổng kết'} phong trào "${m.title}" năm ${y}`,
  };
}

/** A YAML scalar: JSON strings are valid YAML and keep Vietnamese letters as they are. */
const q = (text: string) => JSON.stringify(text);

interface RowContext {
  rng: Random;
  names: Names;
  pools: Map<string, { name: string; place: string }[]>;
  honorees: Map<string, Honoree[]>;
  honoreeIds: Set<string>;
  allHonorees: Honoree[];
}

function makeRows(p: DecisionPlan, ctx: RowContext): Row[] {
  const { rng, names } = ctx;
  const kinds = kindsFor(p.award, p.sector);
  const pool = kinds.includes('collective') ? collectivePool(ctx.pools, p.issuer, p.sector) : [];
  const usedCollectives = new Set<number>();
  const seen = new Set<string>();
  const inDecision = new Set<Honoree>();
  const rows: Row[] = [];
  const sector = p.sector;
  const takeCollective = (): Row => {
    let i = rng.int(pool.length);
    for (let tries = 0; usedCollectives.has(i) && tries < 8; tries++) i = rng.int(pool.length);
    while (usedCollectives.has(i)) i = (i + 1) % pool.length;
    usedCollectives.add(i);
    const c = pool[i]!;
    return { kind: 'collective', name: c.name, place: c.place, occupation: COLLECTIVE_OCCUPATIONS[sector] };
  };
  const takeHonoree = (s: Exclude<Sector, 'commune'>, c: Commune): Row | undefined => {
    const key = `${s}|${c.district.id}`;
    const known = ctx.honorees.get(key) ?? [];
    ctx.honorees.set(key, known);
    let honoree: Honoree | undefined;
    if (known.length && rng.chance(HONOREE_RETURNS)) {
      const candidate = rng.pick(known);
      if (!inDecision.has(candidate) && !seen.has(recipientKey(candidate.row))) honoree = candidate;
    }
    if (!honoree) {
      const row = individualRow(rng, s, c, names);
      if (seen.has(recipientKey(row))) return undefined;
      const base = `${slugify(row.name)}-${slugify(c.name.replace(/^(xã|thị trấn) /, ''))}`;
      let id = base;
      for (let n = 2; ctx.honoreeIds.has(id); n++) id = `${base}-${n}`;
      ctx.honoreeIds.add(id);
      honoree = { row: { ...row, id }, sector: s, commune: c, appearances: [] };
      known.push(honoree);
      ctx.allHonorees.push(honoree);
    }
    inDecision.add(honoree);
    honoree.appearances.push({
      decision: p.id,
      date: p.date,
      award: p.award.name,
      number: p.number,
      ...(p.movement ? { movement: p.movement.id } : {}),
    });
    return honoree.row;
  };
  while (rows.length < p.size) {
    const open = kinds.filter((k) => k !== 'collective' || usedCollectives.size < pool.length);
    const kind = rng.weighted(open, (k) => KIND_WEIGHTS[sector][k] ?? 0);
    let row: Row | undefined;
    if (kind === 'collective') row = takeCollective();
    else {
      const c = rng.pick(p.issuer.communes);
      if (kind === 'household') row = householdRow(rng, c, names);
      else if (sector !== 'commune') row = (rng.chance(HONOREE_SHARE) && takeHonoree(sector, c)) || individualRow(rng, sector, c, names);
    }
    if (!row) continue;
    const key = recipientKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return rows;
}

function signerFor(p: DecisionPlan, ctx: RowContext, signers: Map<string, readonly [string, string]>): { name: string; title: string } {
  // Leaders change with the five-year terms (2011–2015, 2016–2020, 2021–2025).
  const key = `${p.issuer.id}|${Math.floor((Number(p.date.slice(0, 4)) - 2011) / 5)}`;
  let pair = signers.get(key);
  if (!pair) {
    pair = [personName(ctx.rng, ctx.names).name, personName(ctx.rng, ctx.names).name];
    signers.set(key, pair);
  }
  const head = ctx.rng.chance(0.35);
  return { name: head ? pair[0] : pair[1], title: head ? p.issuer.titles[0] : p.issuer.titles[1] };
}

/** Whether a decision's rows are written as two award lines. */
function twoLines(p: DecisionPlan, rows: readonly Row[]): boolean {
  return p.index % 20 === 7 && rows.length >= 2;
}

function decisionText(p: DecisionPlan, rows: readonly Row[], signer: { name: string; title: string }, seed: number): string {
  const period = periodOf(p);
  const lines = [
    '---',
    `number: ${q(p.number)}`,
    `date: ${p.date}`,
    `authority: ${p.issuer.id}`,
    'signer:',
    `  name: ${q(signer.name)}`,
    `  title: ${q(signer.title)}`,
    // One decision in twenty lists its rows under two award lines ("Điều 1", "Điều 2"), so builds exercise `lines`.
    ...(twoLines(p, rows) ? [] : [`award: ${p.award.id}`]),
    `reason: ${q(period.reason)}`,
    'period:',
    `  year: ${period.year}`,
  ];
  if (p.movement) lines.push(`  movement: ${p.movement.id}`);
  if (period.occasion) lines.push(`  occasion: ${q(period.occasion)}`);
  lines.push('illustrative: true');
  const recipients = (list: readonly Row[], indent: string) => {
    for (const r of list) {
      lines.push(`${indent}- kind: ${r.kind}`, `${indent}  name: ${q(r.name)}`);
      if (r.role) lines.push(`${indent}  role: ${q(r.role)}`);
      if (r.unit) lines.push(`${indent}  unit: ${q(r.unit)}`);
      lines.push(`${indent}  place: ${r.place}`, `${indent}  occupation: ${r.occupation}`);
      if (r.id) lines.push(`${indent}  id: ${r.id}`);
    }
  };
  if (twoLines(p, rows)) {
    // The same award under both lines: the corpus's figures stay those of its one-line decisions.
    const half = Math.ceil(rows.length / 2);
    lines.push('lines:');
    for (const [i, part] of [rows.slice(0, half), rows.slice(half)].entries()) {
      lines.push(`  - award: ${p.award.id}`, `    heading: ${q(`Điều ${i + 1}`)}`, '    recipients:');
      recipients(part, '      ');
    }
  } else {
    lines.push('recipients:');
    recipients(rows, '  ');
  }
  lines.push(
    '---',
    '',
    `Quyết định giả lập trong bộ dữ liệu tổng hợp dùng để đo hiệu năng (seed ${seed}). Số quyết định, người ký, đơn vị và danh sách khen thưởng đều là **minh họa**, không phải văn bản thật.`,
    '',
  );
  return lines.join('\n');
}

// --- Reference files, movements, stories -------------------------------------------------------------

function placesText(province: Province): string {
  const lines = [
    '# Synthetic places for benchmarks and tests (bench/corpus.ts): the province, its districts, communes',
    '# and their names are made up; "Tổng Hợp" means "synthetic".',
    `- id: ${province.id}`,
    `  name: ${q(province.name)}`,
    '  kind: province',
    `  note: ${q('Tỉnh giả lập, dữ liệu tổng hợp để đo hiệu năng; không phải đơn vị hành chính thật.')}`,
  ];
  for (const d of province.districts) {
    lines.push(`- id: ${d.id}`, `  name: ${q(`huyện ${d.name}`)}`, '  kind: district', `  parent: ${province.id}`);
    for (const c of d.communes)
      lines.push(`- id: ${c.id}`, `  name: ${q(c.name)}`, `  kind: ${c.name.startsWith('thị trấn') ? 'township' : 'commune'}`, `  parent: ${d.id}`);
  }
  return `${lines.join('\n')}\n`;
}

function authoritiesText(province: Province): string {
  const lines = ['# Synthetic issuing authorities (bench/corpus.ts); the central ones keep their real titles.'];
  for (const i of province.issuers) {
    lines.push(`- id: ${i.id}`, `  name: ${q(i.name)}`, `  nameEn: ${q(i.nameEn)}`, `  shortName: ${q(i.shortName)}`, `  level: ${i.level}`);
    if (i.place) lines.push(`  place: ${i.place}`);
  }
  return `${lines.join('\n')}\n`;
}

function siteText(province: Province): string {
  const name = { vi: `Hội đồng Thi đua – Khen thưởng tỉnh ${PROVINCE_NAME}`, en: `${PROVINCE_NAME} Province Emulation and Commendation Council` };
  return [
    '# The synthetic office that publishes the corpus (bench/corpus.ts); its province is made up.',
    `name: { vi: ${q(name.vi)}, en: ${q(name.en)} }`,
    `shortName: { vi: ${q(`HĐTĐKT tỉnh ${PROVINCE_NAME}`)}, en: ${q(`${PROVINCE_NAME} Council`)} }`,
    'level: province',
    `jurisdiction: { vi: ${q(province.name)}, en: ${q(`${PROVINCE_NAME} province (synthetic)`)} }`,
    `place: ${province.id}`,
    'area: { vi: toàn tỉnh, en: the province }',
    '',
  ].join('\n');
}

function movementText(m: MovementPlan, province: Province): string {
  const launcher = province.issuers.find((i) => i.level === 'province')!;
  return [
    '---',
    `title: ${q(m.title)}`,
    `titleEn: ${q(m.titleEn)}`,
    `launchedBy: ${launcher.id}`,
    `from: ${m.from}-03-01`,
    `summary: ${q(m.summary)}`,
    '---',
    '',
    `Phong trào "${m.title}" được ${launcher.shortName} phát động năm ${m.from}. ${m.summary}`,
    '',
    'Nội dung này thuộc bộ dữ liệu tổng hợp dùng để đo hiệu năng.',
    '',
  ].join('\n');
}

const SECTOR_STORY: Record<Sector, string> = {
  education: 'Đồng nghiệp kể rằng năm học nào cũng thấy đèn lớp sáng sớm nhất trường; nhiều học trò cũ nay đã trở lại dạy ở chính ngôi trường ấy.',
  village: 'Bà con trong thôn nhớ những buổi cùng nhau mở đường, làm kênh mương và giữ nếp sống văn hóa ở khu dân cư.',
  administration: 'Người dân đến làm thủ tục ở xã đều được hướng dẫn tận tình; hồ sơ được giải quyết đúng hẹn, nhiều việc làm ngay trong ngày.',
  military: 'Trong mỗi đợt huấn luyện và mỗi lần thiên tai, lực lượng dân quân của xã luôn có mặt sớm để giúp dân.',
  commune: 'Cả xã cùng góp sức để hoàn thành các tiêu chí của phong trào.',
};

function storyText(h: Honoree, province: Province, seed: number, lastDay: string): string {
  const rows = [...h.appearances].sort((a, b) => a.date.localeCompare(b.date));
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const date = [addDays(last.date, 30), lastDay].sort()[0]!;
  const r = h.row;
  const where = `${h.commune.name}, huyện ${h.commune.district.name}`;
  const [from, to] = [first.date.slice(0, 4), last.date.slice(0, 4)];
  const when = from === to ? `năm ${from}` : `từ năm ${from} đến năm ${to}`;
  const times = rows.length === 1 ? 'một lần' : `${rows.length} lần`;
  const lines = [
    '---',
    // Not "Name: 6 …": the personal-data check reads "Sinh: 6" as a date of birth.
    `title: ${q(`${r.name} – ${rows.length > 1 ? `${rows.length} lần được khen thưởng` : 'một gương điển hình'} ở ${h.commune.name}`)}`,
    `summary: ${q(`${r.name} (${r.role}, ${r.unit}) được khen thưởng ${times} ${when}.`)}`,
    `date: ${date}`,
    `honorees: [${r.id}]`,
    `decisions: [${[...new Set(rows.map((a) => a.decision))].slice(-5).join(', ')}]`,
    `place: ${h.commune.id}`,
  ];
  if (last.movement) lines.push(`movement: ${last.movement}`);
  lines.push(`author: ${q(`Ban biên tập ${province.name} (tổng hợp)`)}`, 'illustrative: true', '---', '');
  lines.push(
    `${r.name} (${r.role}, ${r.unit}) sống và làm việc ở ${where}. ${capitalise(when)}, ${r.name} được khen thưởng ${times}, gần đây nhất là ${last.award} theo Quyết định số ${last.number}.`,
    '',
    SECTOR_STORY[h.sector],
    '',
    `Bài viết thuộc bộ dữ liệu tổng hợp dùng để đo hiệu năng (seed ${seed}): nhân vật, đơn vị và thành tích đều là giả lập.`,
    '',
  );
  return lines.join('\n');
}

/** A story without a known honoree (a corpus too small to have any): about one decision. */
function decisionStoryText(p: DecisionPlan, seed: number, lastDay: string): string {
  return [
    '---',
    `title: ${q(`${p.award.name}: quyết định số ${p.number}`)}`,
    `summary: ${q(`${p.issuer.shortName} khen thưởng theo Quyết định số ${p.number}.`)}`,
    `date: ${[addDays(p.date, 30), lastDay].sort()[0]}`,
    `decisions: [${p.id}]`,
    ...(p.movement ? [`movement: ${p.movement.id}`] : []),
    'illustrative: true',
    '---',
    '',
    `Bài viết thuộc bộ dữ liệu tổng hợp dùng để đo hiệu năng (seed ${seed}).`,
    '',
  ].join('\n');
}

// --- The corpus --------------------------------------------------------------------------------------

function checkOptions(o: CorpusOptions): void {
  for (const key of ['decisions', 'recipients', 'stories', 'years', 'lastYear', 'seed'] as const)
    if (!Number.isInteger(o[key]) || o[key] < 0) throw new RangeError(`${key} must be a whole number ≥ 0, not ${o[key]}`);
  if (o.decisions < 1 || o.years < 1) throw new RangeError('decisions and years must be at least 1');
  if (o.lastYear - o.years < 1945) throw new RangeError('the corpus cannot start before 1946');
  if (o.recipients < o.decisions) throw new RangeError(`${o.recipients} recipient rows are fewer than ${o.decisions} decisions`);
  // The corpus models the district era: district authorities and places end on 30 June 2025.
  if (o.lastYear > 2024) throw new RangeError('lastYear must be 2024 or earlier (district authorities ended on 30 June 2025)');
}

export function generateCorpus(options: CorpusOptions, sources: CorpusSources): Corpus {
  checkOptions(options);
  const awards = z.array(awardSchema).parse(yaml.load(sources.awardsYaml, { schema: yaml.CORE_SCHEMA }));
  const names: Names = { male: parseNameList(sources.maleNames), female: parseNameList(sources.femaleNames) };
  if (!names.male.length || !names.female.length) throw new Error('the name lists are empty');
  const rng = makeRandom(options.seed);
  const province = makeProvince(rng, options.lastYear - options.years + 1);
  const plans = planDecisions(rng, options, awards, province);
  const counts = {
    decisions: plans.length,
    recipients: plans.reduce((n, p) => n + p.size, 0),
    stories: options.stories,
    movements: province.movements.length,
    awards: awards.length,
    authorities: province.issuers.length,
    places: 1 + province.districts.length + province.communes.length,
  };
  function* files(): Generator<CorpusFile> {
    yield { path: 'awards.yaml', text: sources.awardsYaml };
    yield { path: 'places.yaml', text: placesText(province) };
    yield { path: 'authorities.yaml', text: authoritiesText(province) };
    yield { path: 'site.yaml', text: siteText(province) };
    for (const m of province.movements) yield { path: `movements/${m.id}.md`, text: movementText(m, province) };
    const ctx: RowContext = { rng, names, pools: new Map(), honorees: new Map(), honoreeIds: new Set(), allHonorees: [] };
    const signers = new Map<string, readonly [string, string]>();
    for (const p of plans) {
      const rows = makeRows(p, ctx);
      yield { path: `decisions/${p.id}.md`, text: decisionText(p, rows, signerFor(p, ctx, signers), options.seed) };
    }
    const lastDay = `${options.lastYear}-12-31`;
    // The most honoured first, in a seeded order among equals.
    const ranked = ctx.allHonorees.map((h) => ({ h, r: rng.next() })).sort((a, b) => b.h.appearances.length - a.h.appearances.length || a.r - b.r);
    for (let i = 0; i < options.stories; i++) {
      const about = ranked.length ? ranked : plans;
      const round = Math.floor(i / about.length);
      const suffix = round ? `-${round + 1}` : '';
      const h = ranked[i % ranked.length]?.h;
      if (h) yield { path: `stories/${h.row.id}${suffix}.mdx`, text: storyText(h, province, options.seed, lastDay) };
      else {
        const p = plans[i % plans.length]!;
        yield { path: `stories/guong-${slugify(p.id)}${suffix}.mdx`, text: decisionStoryText(p, options.seed, lastDay) };
      }
    }
  }
  return { counts, files: files() };
}
