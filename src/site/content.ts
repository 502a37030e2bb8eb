/** The collections, read once per build and shaped into the models every page uses. */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { getCollection } from 'astro:content';
import { buildBrowseIndex, type BrowseIndex } from '../model/browse.ts';
import { byteSize, dataFiles, datasetFiles, datasetSpreadsheet, exportContext, type DataFile } from '../publish/exports.ts';
import { readDatasetSizes } from '../build/staging.ts';
import { sitemapChunks, sitemapPaths, type PageModule } from '../publish/sitemap.ts';
import { pageCount } from '../routes/paging.ts';
import { publishedSpans, spanFigures, spanSlug, type YearSpan } from '../model/periods.ts';
import { buildPortal, type Portal } from '../model/portal.ts';
import { yearFigures, type PeriodFigures } from '../model/stats.ts';
import { absoluteUrl, makeUrls } from '../routes/urls.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { SITE_ENTRY } from './content-loaders.ts';
import { insideContent } from '../validate/attachments.ts';
import { contentRoot } from '../validate/content-files.ts';

export type StoryData = Awaited<ReturnType<typeof getCollection<'stories'>>>[number]['data'];

let site: Promise<SiteSettings> | undefined;

/** The office that publishes the portal (content/site.yaml), for the page context and the portal. */
export function getSite(): Promise<SiteSettings> {
  site ??= getCollection('site').then((entries) => {
    const entry = entries.find((e) => e.id === SITE_ENTRY);
    if (!entry) throw new Error('content/site.yaml was not loaded');
    return entry.data;
  });
  return site;
}

const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

/** The logo's file name and bytes; the validator has checked that it is an image inside the content folder. */
export async function getLogo(): Promise<{ file: string; bytes: Uint8Array<ArrayBuffer>; type: string } | undefined> {
  const { logo } = await getSite();
  if (!logo) return undefined;
  const type = IMAGE_TYPES[extname(logo).toLowerCase()] ?? 'application/octet-stream';
  return { file: basename(logo), bytes: new Uint8Array(readFileSync(insideContent(logo, contentRoot(), contentRoot())!)), type };
}

let portal: Promise<Portal<StoryData>> | undefined;
let browse: Promise<BrowseIndex> | undefined;

export function getPortal(): Promise<Portal<StoryData>> {
  portal ??= (async () =>
    buildPortal({
      site: await getSite(),
      decisions: await getCollection('decisions'),
      awards: await getCollection('awards'),
      authorities: await getCollection('authorities'),
      places: await getCollection('places'),
      movements: await getCollection('movements'),
      stories: (await getCollection('stories')).sort((a, b) => b.data.date.localeCompare(a.data.date)),
    }))();
  return portal;
}

export type ConsultationEntry = Awaited<ReturnType<typeof getCollection<'consultations'>>>[number];

let consultations: Promise<ConsultationEntry[]> | undefined;

/** Proposals published for comment (none when the content folder has no `consultations/`). */
export function getConsultations(): Promise<ConsultationEntry[]> {
  consultations ??= getCollection('consultations');
  return consultations;
}

export function getBrowse(): Promise<BrowseIndex> {
  browse ??= getPortal().then(buildBrowseIndex);
  return browse;
}

let figuresByYear: Promise<Map<number, PeriodFigures>> | undefined;

/** Each year's figures, counted once per build from that year's decisions only. */
function getFiguresByYear(): Promise<Map<number, PeriodFigures>> {
  figuresByYear ??= getBrowse().then((b) => new Map([...b.byYear].map(([year, list]) => [year, yearFigures(list, year)])));
  return figuresByYear;
}

/** Figures of a year or a period: a period adds its years up rather than walking the rows again. */
export async function getFigures(span: YearSpan): Promise<PeriodFigures> {
  return spanFigures(await getFiguresByYear(), span);
}

/** Paths of the statistics and report pages: every year with decisions, and every span of such years (`2015-2019`). */
export async function periodPaths() {
  return publishedSpans((await getBrowse()).years).map((span) => ({ params: { period: spanSlug(span) }, props: { span } }));
}

/** Paths of the decision list's pages after the first (`quyet-dinh/trang/2/` …), for every language. */
export async function decisionListPages() {
  const { decisions } = await getPortal();
  return Array.from({ length: pageCount(decisions.length) - 1 }, (_, i) => ({ params: { page: String(i + 2) } }));
}

let files: Promise<DataFile[]> | undefined;

/**
 * The site-wide open-data files the endpoints serve (JSON Schema, statistics tables), each body computed
 * at most once per build: the open-data page measures them and the endpoints serve them.
 */
export function getDataFiles(): Promise<DataFile[]> {
  files ??= (async () => {
    const ctx = exportContext(await getPortal(), import.meta.env.SITE, import.meta.env.BASE_URL);
    const byYear = await getFiguresByYear();
    return dataFiles(ctx, publishedSpans((await getBrowse()).years), (span) => spanFigures(byYear, span)).map((file) => {
      let body: string | undefined;
      return { ...file, body: () => (body ??= file.body()) };
    });
  })();
  return files;
}

/** `bytes` is missing only under `npm run dev` when the content had problems from the start. */
export type ListedDataFile = Pick<DataFile, 'file' | 'title' | 'period'> & { bytes: number | undefined };

let listing: Promise<ListedDataFile[]> | undefined;

/**
 * Every site-wide open-data file as the open-data page lists it, with its size: the whole data set
 * first, with the sizes the build's open-data step wrote it with (src/build/staging.ts; counting them
 * here would serialise every row again on the rendering's one core), then the endpoints' files.
 */
export function getDataListing(): Promise<ListedDataFile[]> {
  listing ??= (async () => {
    const ctx = exportContext(await getPortal(), import.meta.env.SITE, import.meta.env.BASE_URL);
    const sizes = await readDatasetSizes({ wait: !import.meta.env.DEV });
    const dataset = datasetFiles(ctx).map(({ file, title }) => ({ file, title, bytes: sizes?.[file] }));
    // Listed only when the build wrote it: a data set past what a spreadsheet holds has none.
    const spreadsheet = datasetSpreadsheet();
    const bytes = sizes?.[spreadsheet.file];
    if (bytes !== undefined) dataset.push({ ...spreadsheet, bytes });
    const served = (await getDataFiles()).map(({ body, ...file }) => ({ ...file, bytes: byteSize(body()) }));
    return [...dataset, ...served];
  })();
  return listing;
}

let sitemaps: Promise<string[][]> | undefined;

/**
 * The full address of every page, cut into sitemap files. `pages` is `import.meta.glob` of the page
 * files, which only a module in `src/pages/` can write; the index and the sitemap files share one walk.
 */
export function getSitemaps(pages: Record<string, () => Promise<PageModule>>): Promise<string[][]> {
  sitemaps ??= (async () => {
    const paths = await sitemapPaths(pages, makeUrls(import.meta.env.BASE_URL));
    return sitemapChunks(paths.map((path) => absoluteUrl(import.meta.env.SITE, path)));
  })();
  return sitemaps;
}
