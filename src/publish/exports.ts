/**
 * Open data: the portal's recipients as flat rows, written as CSV (for spreadsheets) and JSON (for
 * programs), with the statistics tables reports use. The endpoints under `src/pages/data/` serve the
 * smaller files, the build writes the whole data set, each decision's files and each browse page's, and
 * the open-data page measures the same text, so the sizes it shows are the files' sizes.
 */
import { formatNumber, periodName, t, type UiKey } from '../i18n/ui.ts';
import { EXPORT_COLUMNS, STATS_COLUMNS, exportFileJsonSchema, type ExportColumn, type ExportFile, type ExportRow, type StatsRow } from '../schemas/export.ts';
import { rowStatus, type AwardRow, type Portal, type PublishedDecision } from '../model/portal.ts';
import { officeIn } from '../model/office.ts';
import { isSingleYear, type YearSpan } from '../model/periods.ts';
import type { PeriodFigures } from '../model/stats.ts';
import { DATA_FILES, absoluteUrl, makeUrls, type Urls } from '../routes/urls.ts';
import type { Lang } from '../i18n/lang.ts';
import { placeLevels } from '../model/place-levels.ts';
import { UNKNOWN } from '../schemas/decision.ts';
import { datePrecision } from '../text/dates.ts';
import { BYTE_ORDER_MARK, csvRecord, type CsvValue } from '../text/csv.ts';

export const DATA_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' } as const;

/** A CSV file as Excel opens it with Vietnamese intact: a UTF-8 byte order mark, then `header`, then `rows` (src/text/csv.ts). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BYTE_ORDER_MARK + csvRecord(header) + rows.map(csvRecord).join('');
}

/** Size in bytes of a file written as UTF-8, as the open-data page shows it. */
export function byteSize(text: string): number {
  return Buffer.byteLength(text);
}

/** "12 KB", "1,5 MB": a file size the way the open-data page shows it. */
export function formatSize(bytes: number, lang: Lang = 'vi'): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
  return `${formatNumber(Math.round((bytes / 1048576) * 10) / 10, lang)} MB`;
}

/** What the exports need besides the portal: the public origin and the base path. */
export interface ExportContext {
  portal: Portal;
  urls: Urls;
  /** Full address of a path from `urls`. */
  absolute: (path: string) => string;
}

export function exportContext(portal: Portal, site: URL | string | undefined, base: string): ExportContext {
  return { portal, urls: makeUrls(base), absolute: (path) => absoluteUrl(site, path) };
}

type Amendments = Pick<ExportRow, 'amendment' | 'amendsIds' | 'amendsNumbers' | 'amendedByIds' | 'amendedByNumbers'>;

/** Ids joined by spaces and numbers by "; ", in the same order; both null when there are none. */
function decisionRefs(portal: Pick<Portal, 'decisionById'>, ids: readonly string[]): { ids: string | null; numbers: string | null } {
  if (!ids.length) return { ids: null, numbers: null };
  return { ids: ids.join(' '), numbers: ids.map((id) => portal.decisionById.get(id)?.data.number ?? id).join('; ') };
}

/** What a decision changes and what changed it, as the export's amendment columns say it. */
export function amendments(portal: Pick<Portal, 'decisionById'>, d: PublishedDecision): Amendments {
  const revokes = d.data.revokes ?? [];
  const amends = decisionRefs(portal, [...revokes, ...(d.data.corrects ?? [])]);
  const later = [...(d.data.correctedBy ?? []), ...(d.data.revokedBy ? [d.data.revokedBy] : [])];
  const dateOf = (id: string) => portal.decisionById.get(id)?.sortDate ?? '';
  const amendedBy = decisionRefs(portal, later.sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.localeCompare(b)));
  return {
    // A decision that both revokes and corrects is listed as a revocation; each target's status column says which applied to it.
    amendment: revokes.length ? 'revocation' : d.data.corrects?.length ? 'correction' : null,
    amendsIds: amends.ids,
    amendsNumbers: amends.numbers,
    amendedByIds: amendedBy.ids,
    amendedByNumbers: amendedBy.numbers,
  };
}

/** The open data's name of a corrected field: the recipient's name is the `recipientName` column. */
const COLUMN_OF_FIELD: Partial<Record<AwardRow['corrections'][number]['field'], ExportColumn>> = { name: 'recipientName', place: 'placeId' };

/** A row's corrections as the export's columns say them: who corrected it, and each value it had before. */
function rowCorrections(row: AwardRow): Pick<ExportRow, 'rowStatus' | 'correctedBy' | 'correctedFrom'> {
  const { corrections } = row;
  return {
    rowStatus: rowStatus(row),
    correctedBy: corrections.length ? [...new Set(corrections.map((c) => c.by.id))].join(' ') : null,
    correctedFrom: corrections.length ? corrections.map((c) => `${COLUMN_OF_FIELD[c.field] ?? c.field}: ${c.from ?? ''}`.trimEnd()).join('; ') : null,
  };
}

/** One row per recipient of each decision, in the decisions' order and then the decision's own order. */
export function exportRows(ctx: ExportContext, decisions: readonly PublishedDecision[]): ExportRow[] {
  return decisions.flatMap((d) => {
    const changes = amendments(ctx.portal, d);
    const { signer, source } = d.data;
    return d.rows.map((awardRow): ExportRow => {
      const { line, award, row, recipient: r } = awardRow;
      const place = r.place ? ctx.portal.places.get(r.place) : undefined;
      const levels = placeLevels(r.place, ctx.portal.places);
      return {
        decisionId: d.id,
        decisionNumber: d.data.number,
        date: d.data.date,
        datePrecision: datePrecision(d.data.date)!,
        signer: signer === UNKNOWN ? null : `${signer.title} ${signer.name}`,
        authorityId: d.authority.id,
        authorityName: d.authority.name,
        line: line.index + 1,
        awardId: award.id,
        awardName: award.name,
        level: award.level,
        reason: line.reason,
        achievement: r.achievement ?? null,
        achievementYear: d.data.period.year,
        row,
        stt: r.stt ?? null,
        group: r.group ?? null,
        honorific: r.honorific ?? null,
        recipientName: r.name,
        kind: r.kind,
        role: r.role ?? null,
        unit: r.unit ?? null,
        roleAndUnit: r.roleAndUnit ?? null,
        placeId: r.place ?? null,
        placeName: place?.name ?? null,
        communeName: levels.commune,
        districtName: levels.district,
        provinceName: levels.province,
        occupation: r.occupation ?? null,
        status: d.status,
        ...changes,
        ...rowCorrections(awardRow),
        sourceKind: source?.kind ?? null,
        sourceTitle: source?.title ?? null,
        sourceUrl: source?.url ?? null,
        sourceChecked: source ? (source.checked ?? false) : null,
        url: ctx.absolute(ctx.urls.recipient(d.id, row)),
      };
    });
  });
}

/** Records as CSV, one column per key in `columns`' order; without the header (and its byte order mark), one piece of a longer file. */
export function recordsCsv<Row extends Record<string, CsvValue>>(columns: readonly (keyof Row & string)[], rows: readonly Row[], header = true): string {
  let text = header ? BYTE_ORDER_MARK + csvRecord(columns) : '';
  for (const row of rows) text += csvRecord(columns.map((column) => row[column]));
  return text;
}

export function rowsCsv(rows: readonly ExportRow[]): string {
  return recordsCsv(EXPORT_COLUMNS, rows);
}

/** A JSON file of rows with what a reuser must know: the schema, the publisher, the licence, the source. */
export function rowsJson(ctx: ExportContext, rows: readonly ExportRow[], source: string): string {
  const file: ExportFile = {
    $schema: ctx.absolute(ctx.urls.data(DATA_FILES.schema)),
    title: t('vi', 'data.title'),
    publisher: officeIn(ctx.portal.site, 'vi').licenseHolder,
    license: DATA_LICENSE.url,
    source,
    rows: [...rows],
  };
  return JSON.stringify(file);
}

/** Report table for a year or a period: each award form by recipient kind, with the decisions it is counted from. */
export function statsRows(figures: PeriodFigures, awards: Portal['awards']): StatsRow[] {
  return figures.byAward.map((f) => ({
    awardId: f.award,
    awardName: awards.get(f.award)?.name ?? f.award,
    level: f.level,
    collective: f.byKind.collective,
    individual: f.byKind.individual,
    household: f.byKind.household,
    total: f.total,
    decisions: f.decisions.join(' '),
  }));
}

export type DataFormat = 'csv' | 'json' | 'schema';

export interface DataFile {
  /** Path under `/data/`. */
  file: string;
  format: DataFormat;
  /** What the file holds, in each language of the open-data page. */
  title: Record<Lang, string>;
  /** The file's text; computed only when asked, so an endpoint builds its own file and no other. */
  body: () => string;
  /** A period's table: the open-data page describes them in one line rather than listing Y(Y−1)/2 files. */
  period?: boolean;
}

/**
 * A whole-data-set file, in pieces (one per decision) rather than one string: at ten times the default
 * corpus the JSON would pass a gigabyte, beyond the longest string V8 can hold. The build writes these
 * pieces straight to disk (src/build/content-steps.ts), counting their sizes for the open-data page.
 */
export interface DatasetFile extends Omit<DataFile, 'body' | 'format'>, StreamedRows {}

function titles(key: UiKey, params: Record<string, string | number> = {}): Record<Lang, string> {
  return { vi: t('vi', key, params), en: t('en', key, params) };
}

/** Rows as the files write them, without what comes before or after: CSV records, and each row's JSON joined by commas. */
export interface RowsText {
  csv: string;
  json: string;
}

/** `rows` serialised once, for every file that holds them (a decision's own, the whole data set's). */
export function rowsText(rows: readonly ExportRow[]): RowsText {
  return { csv: recordsCsv(EXPORT_COLUMNS, rows, false), json: rows.map((row) => JSON.stringify(row)).join(',') };
}

/** A file of rows in pieces: what comes before the first row, some rows (`rowsText`), what comes after the last. */
export interface StreamedRows {
  format: 'csv' | 'json';
  head: string;
  /** Some rows' text; `first` when no rows come before them. */
  piece: (text: RowsText, first: boolean) => string;
  tail: string;
}

/**
 * Rows as CSV and as JSON (`rowsCsv`, `rowsJson` of `source`), written a piece at a time: the whole data
 * set and the large page files (`src/publish/page-data.ts`) outgrow a string, and need not be held whole.
 */
export function streamedRows(ctx: ExportContext, source: string): [StreamedRows, StreamedRows] {
  const empty = rowsJson(ctx, [], source);
  // `rows` is the JSON file's last key, so the rows go between its brackets: the pieces joined are `rowsJson` of every row.
  if (!empty.endsWith('"rows":[]}')) throw new Error('rowsJson must end with its rows');
  return [
    { format: 'csv', head: recordsCsv(EXPORT_COLUMNS, []), piece: (text) => text.csv, tail: '' },
    { format: 'json', head: empty.slice(0, -2), piece: (text, first) => `${first ? '' : ','}${text.json}`, tail: ']}' },
  ];
}

/** The whole data set as CSV and as JSON: one row per recipient per decision, written a decision at a time. */
export function datasetFiles(ctx: ExportContext): DatasetFile[] {
  const [csv, json] = streamedRows(ctx, ctx.absolute(ctx.urls.openData()));
  return [
    { ...csv, file: DATA_FILES.dataset('csv'), title: titles('data.allCsv') },
    { ...json, file: DATA_FILES.dataset('json'), title: titles('data.allJson') },
  ];
}

/** The whole data set as a spreadsheet: written beside its CSV when its rows fit one (`hasSpreadsheet`). */
export function datasetSpreadsheet(): Pick<DataFile, 'file' | 'title'> {
  return { file: DATA_FILES.dataset('xlsx'), title: titles('data.allXlsx') };
}

/**
 * The other site-wide open-data files, served by an endpoint: the JSON Schema, and a statistics table
 * for each year and period of `spans` (figures from `figuresOf`, asked only when the file is written).
 * Per-decision files are `decisionFiles`; the whole data set is `datasetFiles`.
 */
export function dataFiles(ctx: ExportContext, spans: readonly YearSpan[], figuresOf: (span: YearSpan) => PeriodFigures): DataFile[] {
  const { awards } = ctx.portal;
  return [
    {
      file: DATA_FILES.schema,
      format: 'schema',
      title: titles('data.schema'),
      body: () => JSON.stringify(exportFileJsonSchema(ctx.absolute(ctx.urls.data(DATA_FILES.schema))), null, 2),
    },
    ...spans.map((span): DataFile => ({
      file: DATA_FILES.statistics(span),
      format: 'csv',
      period: !isSingleYear(span),
      title: { vi: t('vi', 'data.stats', { period: periodName('vi', span) }), en: t('en', 'data.stats', { period: periodName('en', span) }) },
      body: () => recordsCsv(STATS_COLUMNS, statsRows(figuresOf(span), awards)),
    })),
  ];
}

/** One decision's rows as CSV and as JSON: its files under `/data/`, from the rows' text (`rowsText`). */
export function decisionFiles(ctx: ExportContext, decision: PublishedDecision, text: RowsText): { file: string; body: string }[] {
  return streamedRows(ctx, ctx.absolute(ctx.urls.decision(decision.id))).map((s) => ({
    file: DATA_FILES.decision(decision.id, s.format),
    body: s.head + s.piece(text, true) + s.tail,
  }));
}

export const MEDIA_TYPES: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
};

/** The HTTP response an endpoint returns for a data file (the static build writes its body). */
export function dataResponse(file: DataFile): Response {
  return new Response(file.body(), { headers: { 'Content-Type': MEDIA_TYPES[file.format] } });
}
