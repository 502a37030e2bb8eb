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
import { catalogueName } from '../i18n/catalogue.ts';
import type { Lang } from '../i18n/lang.ts';
import type { UiKey } from '../i18n/ui.ts';

/**
 * Result types, the `loai` filter, by their words in the interface table. Honorees are found in their
 * decisions' rows (src/search/rows.ts) and by the name finder, not as pages of their own.
 */
const RESULT_TYPES = { 'quyet-dinh': 'search.typeDecisions', 'guong-dien-hinh': 'search.typeStories' } as const satisfies Record<string, UiKey>;

/** Each filter's label in the interface table. */
const FILTER_LABELS = {
  loai: 'search.filterType',
  nam: 'search.filterYear',
  'hinh-thuc': 'search.filterAward',
  cap: 'search.filterLevel',
  'dia-phuong': 'search.filterPlace',
  'doi-tuong': 'search.filterKind',
  'phong-trao': 'search.filterMovement',
} as const satisfies Record<SearchFilter, UiKey>;

export interface PageFacets {
  filters: Partial<Record<SearchFilter, string[]>>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

const unique = (values: Iterable<string | undefined>) => [...new Set([...values].filter((v): v is string => Boolean(v)))];

/**
 * A decision of several award lines, as page metadata: the first row of each line and its award, so that
 * a result line for row 7 names the award of row 7's line, not every form the decision confers. Read by
 * `rowAward` in src/search/results.ts.
 */
const LINE_AWARDS_META = 'hinhThucDong';

function lineAwardsMeta(d: PublishedDecision): string {
  return JSON.stringify(d.lines.map((l) => [l.rows[0]!.row, l.award.name]));
}

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
      ...(d.lines.length > 1 ? { [LINE_AWARDS_META]: lineAwardsMeta(d) } : {}),
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

/**
 * The search form's choices, from the model: every value a filter can take, labelled in the interface
 * language (award forms by their catalogue name; places and movements have only their own names).
 */
export function filterChoices(portal: Portal, years: readonly number[], lang: Lang, t: (key: UiKey) => string): FilterChoice[] {
  const awards = [...portal.awards.values()].sort((a, b) => a.precedence - b.precedence);
  const places = [...portal.places.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name, 'vi'));
  const choices: Record<SearchFilter, FilterChoice['options']> = {
    loai: Object.entries(RESULT_TYPES).map(([value, key]) => ({ value, label: t(key) })),
    nam: years.map((y) => ({ value: String(y), label: String(y) })),
    'hinh-thuc': awards.map((a) => ({ value: a.id, label: catalogueName(a, lang) })),
    cap: Object.entries(AWARD_LEVEL_LABELS).map(([value, l]) => ({ value, label: l[lang] })),
    'dia-phuong': places.map(([value, p]) => ({ value, label: p.name })),
    'doi-tuong': Object.entries(KIND_SLUGS).map(([kind, value]) => ({ value, label: RECIPIENT_KIND_LABELS[kind as keyof typeof KIND_SLUGS][lang] })),
    'phong-trao': [...portal.movements.values()].map((m) => ({ value: m.id, label: m.data.title })),
  };
  return Object.entries(FILTER_LABELS).map(([name, key]) => ({ name: name as SearchFilter, label: t(key), options: choices[name as SearchFilter] }));
}
