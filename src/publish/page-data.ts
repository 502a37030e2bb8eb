/**
 * "Download what is on screen": the rows of each place, award form, year and kind page as CSV, JSON and
 * .xlsx, with the columns of the whole export and rows built by its row builder (`exportRows`). A place
 * page's rows are the awards it lists (its own and those of the places it absorbed, src/page-models/
 * place-merges.ts); an award form's or a year's are every row of the decisions it lists; a kind's, the
 * rows of that kind in the decisions it lists.
 */
import type { BrowseIndex } from '../model/browse.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import { placeAwardRows } from '../page-models/place-merges.ts';
import { DATA_FILES, KIND_SLUGS, type PageDataFormat, type PageDataSection } from '../routes/urls.ts';
import { EXPORT_COLUMNS, STATS_COLUMNS, type ExportRow } from '../schemas/export.ts';
import { statsRows } from './exports.ts';
import type { PeriodFigures } from '../model/stats.ts';
import type { YearSpan } from '../model/periods.ts';
import { RECIPIENT_KINDS } from '../schemas/vocab.ts';
import { exportRows, rowsCsv, rowsJson, type ExportContext } from './exports.ts';
import { toXlsx } from './xlsx.ts';

export const PAGE_DATA_MEDIA_TYPES: Record<PageDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** One page's rows: what the page is (section and key in its address), and the rows, made when asked. */
export interface PageRows {
  section: PageDataSection;
  key: string;
  /** The page the rows are from, as the JSON file's `source`. */
  source: string;
  rows: () => ExportRow[];
}

/** A file of a page's rows: its path under `/data/` and its body. */
export interface PageDataFile {
  file: string;
  format: PageDataFormat;
  body: () => string | Promise<Uint8Array<ArrayBuffer>>;
}

/** Every browse page whose rows can be downloaded. Rows are built per decision once and shared by the pages that list it. */
export function pageRows(ctx: ExportContext, portal: Pick<Portal, 'decisions' | 'places'>, browse: BrowseIndex): PageRows[] {
  const built = new Map<string, ExportRow[]>();
  const rowsOf = (d: PublishedDecision) => {
    let rows = built.get(d.id);
    if (!rows) built.set(d.id, (rows = exportRows(ctx, [d])));
    return rows;
  };
  const { urls, absolute } = ctx;
  return [
    // Only places whose page lists awards: the others show no download link and get no file.
    ...[...portal.places.keys()].flatMap((id): PageRows[] => {
      const listed = placeAwardRows(portal, browse, id);
      return listed.length ? [{ section: 'place', key: id, source: absolute(urls.place(id)), rows: () => listed.map((r) => rowsOf(r.decision)[r.row - 1]!) }] : [];
    }),
    ...[...browse.byAward].map(([id, decisions]): PageRows => ({ section: 'award', key: id, source: absolute(urls.award(id)), rows: () => decisions.flatMap((d) => rowsOf(d).filter((r) => r.awardId === id)) })),
    ...[...browse.byYear].map(([year, decisions]): PageRows => ({ section: 'year', key: String(year), source: absolute(urls.year(year)), rows: () => decisions.flatMap(rowsOf) })),
    ...RECIPIENT_KINDS.map((kind): PageRows => ({
      section: 'kind',
      key: KIND_SLUGS[kind],
      source: absolute(urls.kind(kind)),
      rows: () => browse.byKind.get(kind)!.decisions.flatMap((d) => rowsOf(d).filter((r) => r.kind === kind)),
    })),
  ];
}

/** A page's rows in each format: the CSV and JSON of the whole export, and the spreadsheet beside the CSV. */
export function pageDataFiles(ctx: ExportContext, page: PageRows): PageDataFile[] {
  let rows: ExportRow[] | undefined;
  const get = () => (rows ??= page.rows());
  const file = (format: PageDataFormat) => DATA_FILES.page(page.section, page.key, format);
  return [
    { file: file('csv'), format: 'csv', body: () => rowsCsv(get()) },
    { file: file('json'), format: 'json', body: () => rowsJson(ctx, get(), page.source) },
    { file: file('xlsx'), format: 'xlsx', body: () => toXlsx(EXPORT_COLUMNS, get(), page.key) },
  ];
}

/** The spreadsheet beside each statistics CSV (`thong-ke/2017.xlsx`), from the same table rows. */
export function statisticsXlsx(portal: Pick<Portal, 'awards'>, spans: readonly YearSpan[], figuresOf: (span: YearSpan) => Promise<PeriodFigures>): PageDataFile[] {
  return spans.map((span) => ({
    file: DATA_FILES.xlsx(DATA_FILES.statistics(span)),
    format: 'xlsx',
    body: async () => toXlsx(STATS_COLUMNS, statsRows(await figuresOf(span), portal.awards), DATA_FILES.statistics(span).replace(/^.*\/|\.csv$/g, '')),
  }));
}
