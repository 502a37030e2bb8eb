/**
 * "Download what is on screen": the rows of each place, award form, year and kind page as CSV, JSON and
 * .xlsx, with the columns of the whole export and rows built by its row builder (`exportRows`). A place
 * page's rows are the awards it lists (its own and those of the places it absorbed, src/page-models/
 * place-merges.ts); a year's, every row of the decisions it lists; an award form's and a kind's, the rows
 * of that form or kind in the decisions it lists. The build's open-data step writes them
 * (src/build/content-steps.ts), from the rows it builds for the whole data set.
 */
import { yearOf, type BrowseIndex } from '../model/browse.ts';
import type { Portal, PublishedDecision } from '../model/portal.ts';
import { placeAwardRows } from '../page-models/place-merges.ts';
import { DATA_FILES, KIND_SLUGS, type PageDataSection } from '../routes/urls.ts';
import { STATS_COLUMNS, type ExportRow } from '../schemas/export.ts';
import { statsRows } from './exports.ts';
import type { PeriodFigures } from '../model/stats.ts';
import type { YearSpan } from '../model/periods.ts';
import { RECIPIENT_KINDS } from '../schemas/vocab.ts';
import type { ExportContext } from './exports.ts';
import { toXlsx } from './xlsx.ts';

/** A page whose rows can be downloaded: what it is (section and key in its address) and its address, as the JSON file's `source`. */
export interface DataPage {
  section: PageDataSection;
  key: string;
  source: string;
}

/** One page's rows: the page, and its rows in pieces, made when asked. */
export interface PageRows extends DataPage {
  /** The rows in the page's order, a few thousand at a time, so that a file is written as they come. */
  pieces: () => Iterable<readonly ExportRow[]>;
}

const PIECE = 5000;

function* inPieces(rows: readonly ExportRow[]): Iterable<readonly ExportRow[]> {
  for (let i = 0; i < rows.length; i += PIECE) yield rows.slice(i, i + PIECE);
}

/**
 * The place pages whose rows can be downloaded, each with its rows. Only places whose page lists awards:
 * the others show no download link and get no file. `rowsOf` gives a decision's export rows; the build
 * passes the rows it built for the whole data set, so each decision's rows are built once.
 */
export function placePageRows(ctx: ExportContext, portal: Pick<Portal, 'decisions' | 'places'>, browse: BrowseIndex, rowsOf: (d: PublishedDecision) => readonly ExportRow[]): PageRows[] {
  const { urls, absolute } = ctx;
  return [...portal.places.keys()].flatMap((id): PageRows[] => {
    const listed = placeAwardRows(portal, browse, id);
    return listed.length ? [{ section: 'place', key: id, source: absolute(urls.place(id)), pieces: () => inPieces(listed.map((r) => rowsOf(r.decision)[r.row - 1]!)) }] : [];
  });
}

/** The year, award form and kind pages whose rows can be downloaded: each year and form that lists a decision, and every kind. */
export function listPages(ctx: ExportContext, browse: BrowseIndex): DataPage[] {
  const { urls, absolute } = ctx;
  return [
    ...[...browse.byAward.keys()].map((id): DataPage => ({ section: 'award', key: id, source: absolute(urls.award(id)) })),
    ...[...browse.byYear.keys()].map((year): DataPage => ({ section: 'year', key: String(year), source: absolute(urls.year(year)) })),
    ...RECIPIENT_KINDS.map((kind): DataPage => ({ section: 'kind', key: KIND_SLUGS[kind], source: absolute(urls.kind(kind)) })),
  ];
}

/**
 * A decision's rows on the `listPages` that list it, as the browse index lists it (src/model/browse.ts):
 * its year's page, every row; each award form's page, the rows of that form; each kind's page, the rows
 * of that kind. Those lists are in the order of the portal's decisions, so each page's file is written
 * in its page's order by adding the pieces of each decision in turn.
 */
export function listPieces(decision: PublishedDecision, rows: readonly ExportRow[]): { section: PageDataSection; key: string; rows: readonly ExportRow[] }[] {
  const kinds = RECIPIENT_KINDS.filter((kind) => rows.some((r) => r.kind === kind));
  return [
    ...decision.awards.map((award) => ({ section: 'award' as const, key: award.id, rows: rows.filter((r) => r.awardId === award.id) })),
    { section: 'year', key: String(yearOf(decision)), rows },
    ...kinds.map((kind) => ({ section: 'kind' as const, key: KIND_SLUGS[kind], rows: rows.filter((r) => r.kind === kind) })),
  ];
}

/** A spreadsheet file: its path under `/data/` and its bytes, written by `write` (a build's kept spreadsheets, src/build/spreadsheet-cache.ts). */
export interface XlsxFile {
  file: string;
  body: (write?: typeof toXlsx) => Promise<Uint8Array<ArrayBuffer>>;
}

/** The spreadsheet beside each statistics CSV (`thong-ke/2017.xlsx`), from the same table rows. */
export function statisticsXlsx(portal: Pick<Portal, 'awards'>, spans: readonly YearSpan[], figuresOf: (span: YearSpan) => PeriodFigures): XlsxFile[] {
  return spans.map((span) => ({
    file: DATA_FILES.xlsx(DATA_FILES.statistics(span)),
    body: (write = toXlsx) => write(STATS_COLUMNS, statsRows(figuresOf(span), portal.awards), DATA_FILES.statistics(span).replace(/^.*\/|\.csv$/g, '')),
  }));
}
