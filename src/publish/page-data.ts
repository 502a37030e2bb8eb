/**
 * "Download what is on screen": the rows of each place, award form, year and kind page as CSV, JSON and
 * .xlsx, with the columns of the whole export and rows built by its row builder (`exportRows`). A place
 * page's rows are the awards it lists (its own and those of the places it absorbed, src/page-models/
 * place-merges.ts); an award form's or a year's are every row of the decisions it lists; a kind's, the
 * rows of that kind in the decisions it lists. The build's open-data step writes them
 * (src/build/content-steps.ts), from the rows it has just built for the whole data set.
 */
import type { BrowseIndex } from '../model/browse.ts';
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

/** One page's rows: what the page is (section and key in its address), and its rows in pieces, made when asked. */
export interface PageRows {
  section: PageDataSection;
  key: string;
  /** The page the rows are from, as the JSON file's `source`. */
  source: string;
  /** The rows in the page's order, a decision (or a few thousand rows) at a time, so that a file is written as they come. */
  pieces: () => Iterable<readonly ExportRow[]>;
}

const PIECE = 5000;

function* inPieces(rows: readonly ExportRow[]): Iterable<readonly ExportRow[]> {
  for (let i = 0; i < rows.length; i += PIECE) yield rows.slice(i, i + PIECE);
}

/**
 * Every browse page whose rows can be downloaded. `rowsOf` gives a decision's export rows; the build
 * passes the rows it built for the whole data set, so each decision's rows are built once.
 */
export function pageRows(ctx: ExportContext, portal: Pick<Portal, 'decisions' | 'places'>, browse: BrowseIndex, rowsOf: (d: PublishedDecision) => readonly ExportRow[]): PageRows[] {
  const { urls, absolute } = ctx;
  return [
    // Only places whose page lists awards: the others show no download link and get no file.
    ...[...portal.places.keys()].flatMap((id): PageRows[] => {
      const listed = placeAwardRows(portal, browse, id);
      return listed.length ? [{ section: 'place', key: id, source: absolute(urls.place(id)), pieces: () => inPieces(listed.map((r) => rowsOf(r.decision)[r.row - 1]!)) }] : [];
    }),
    ...[...browse.byAward].map(([id, decisions]): PageRows => ({ section: 'award', key: id, source: absolute(urls.award(id)), pieces: () => decisions.map((d) => rowsOf(d).filter((r) => r.awardId === id)) })),
    ...[...browse.byYear].map(([year, decisions]): PageRows => ({ section: 'year', key: String(year), source: absolute(urls.year(year)), pieces: () => decisions.map(rowsOf) })),
    ...RECIPIENT_KINDS.map((kind): PageRows => ({
      section: 'kind',
      key: KIND_SLUGS[kind],
      source: absolute(urls.kind(kind)),
      pieces: () => browse.byKind.get(kind)!.decisions.map((d) => rowsOf(d).filter((r) => r.kind === kind)),
    })),
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
