/**
 * The rows of each place, award form, year and kind page, as CSV, JSON and .xlsx, and the spreadsheet
 * beside each statistics CSV (src/publish/page-data.ts). The other files of `/data/` are `[...file].ts`'s.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBrowse, getFigures, getPortal } from '../../../site/content.ts';
import { publishedSpans } from '../../../model/periods.ts';
import { exportContext } from '../../../publish/exports.ts';
import { PAGE_DATA_MEDIA_TYPES, pageDataFiles, pageRows, statisticsXlsx, type PageDataFile } from '../../../publish/page-data.ts';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  const ctx = exportContext(portal, import.meta.env.SITE, import.meta.env.BASE_URL);
  const browse = await getBrowse();
  const files = [...pageRows(ctx, portal, browse).flatMap((page) => pageDataFiles(ctx, page)), ...statisticsXlsx(portal, publishedSpans(browse.years), getFigures)];
  return files.map((file) => {
    const [section, ...rest] = file.file.split('/');
    return { params: { section: section!, file: rest.join('/') }, props: { file } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PageDataFile }> = async ({ props }) =>
  new Response(await props.file.body(), { headers: { 'Content-Type': PAGE_DATA_MEDIA_TYPES[props.file.format] } });
