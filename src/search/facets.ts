/**
 * What each indexed page tells Pagefind besides its text: filters (the search form's choices, by id),
 * metadata shown in results, and the date to sort by. Only decision and story pages are indexed
 * (src/build/search-index.ts).
 */
import { yearOf } from '../model/browse.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import { AWARD_LEVEL_LABELS, RECIPIENT_KIND_LABELS } from '../schemas/vocab.ts';
import { KIND_SLUGS } from '../routes/urls.ts';
import { SORT_KEY, type SearchFilter } from './query.ts';

/**
 * Result types, the `loai` filter. Honorees are found in their decisions' rows (src/search/rows.ts)
 * and by the name finder, not as pages of their own.
 */
const RESULT_TYPES = { 'quyet-dinh': 'Quyết định, người được khen', 'guong-dien-hinh': 'Gương điển hình' } as const;

export interface PageFacets {
  filters: Partial<Record<SearchFilter, string[]>>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

const unique = (values: Iterable<string | undefined>) => [...new Set([...values].filter((v): v is string => Boolean(v)))];

export function decisionFacets(d: PublishedDecision, portal: Portal): PageFacets {
  const recipients = d.rows.map((r) => r.recipient);
  return {
    filters: {
      loai: ['quyet-dinh'],
      nam: [String(yearOf(d))],
      'hinh-thuc': d.awards.map((a) => a.id),
      cap: unique(d.awards.map((a) => a.level)),
      'dia-phuong': unique(recipients.map((r) => r.place)),
      'doi-tuong': unique(recipients.map((r) => KIND_SLUGS[r.kind])),
      'phong-trao': unique([d.data.period.movement]),
    },
    meta: {
      loai: 'quyet-dinh',
      so: d.data.number,
      ngay: d.data.date,
      hinhThuc: d.awards.map((a) => a.name).join('; '),
      nam: String(yearOf(d)),
      coQuan: d.authority.name,
      noi: unique(recipients.map((r) => (r.place ? portal.places.get(r.place)?.name : undefined))).slice(0, 3).join(', '),
    },
    sort: { [SORT_KEY]: d.sortDate },
  };
}

export function storyFacets(date: string): PageFacets {
  return {
    filters: { loai: ['guong-dien-hinh'], nam: [date.slice(0, 4)] },
    meta: { loai: 'guong-dien-hinh', nam: date.slice(0, 4) },
    sort: { [SORT_KEY]: date },
  };
}

export interface FilterChoice {
  name: SearchFilter;
  label: string;
  options: { value: string; label: string }[];
}

/** The search form's choices, from the model: every value a filter can take, labelled. */
export function filterChoices(portal: Portal, years: readonly number[]): FilterChoice[] {
  const awards = [...portal.awards.values()].sort((a, b) => a.precedence - b.precedence);
  const places = [...portal.places.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name, 'vi'));
  return [
    { name: 'loai', label: 'Loại kết quả', options: Object.entries(RESULT_TYPES).map(([value, label]) => ({ value, label })) },
    { name: 'nam', label: 'Năm', options: years.map((y) => ({ value: String(y), label: String(y) })) },
    { name: 'hinh-thuc', label: 'Hình thức khen thưởng', options: awards.map((a) => ({ value: a.id, label: a.name })) },
    { name: 'cap', label: 'Cấp khen thưởng', options: Object.entries(AWARD_LEVEL_LABELS).map(([value, l]) => ({ value, label: l.vi })) },
    { name: 'dia-phuong', label: 'Địa phương', options: places.map(([value, p]) => ({ value, label: p.name })) },
    {
      name: 'doi-tuong',
      label: 'Đối tượng',
      options: Object.entries(KIND_SLUGS).map(([kind, value]) => ({ value, label: RECIPIENT_KIND_LABELS[kind as keyof typeof KIND_SLUGS].vi })),
    },
    { name: 'phong-trao', label: 'Phong trào thi đua', options: [...portal.movements.values()].map((m) => ({ value: m.id, label: m.data.title })) },
  ];
}
