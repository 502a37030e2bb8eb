/**
 * The rows of each place, award form, year and kind page, as CSV, JSON and .xlsx, and the spreadsheet
 * beside each statistics CSV (src/publish/page-data.ts). The other files of `/data/` are `[...file].ts`'s.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBrowse, getFigures, getPortal } from '../../../site/content.ts';
import { publishedSpans } from '../../../model/periods.ts';
import { exportContext } from '../../../publish/exports.ts';
import { dataKey, rowsKey } from '../../../site/page-keys.ts';
import { PAGE_DATA_MEDIA_TYPES, pageDataFiles, pageRows, statisticsXlsx, type PageDataFile } from '../../../publish/page-data.ts';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  const ctx = exportContext(portal, import.meta.env.SITE, import.meta.env.BASE_URL);
  const browse = await getBrowse();
  const files = [
    ...(await Promise.all(pageRows(ctx, portal, browse).map(async (page) => ({ page, key: await rowsKey(page.source, page.rows()) })))).flatMap(({ page, key }) =>
      pageDataFiles(ctx, page).map((file) => ({ file, key: () => dataKey(file.file, key) })),
    ),
    // A period's spreadsheet is a few dozen lines: its key is its bytes.
    ...statisticsXlsx(portal, publishedSpans(browse.years), getFigures).map((file) => ({ file, key: async () => dataKey(file.file, Buffer.from(await file.body()).toString('base64')) })),
  ];
  return Promise.all(
    files.map(async ({ file, key }) => {
      const [section, ...rest] = file.file.split('/');
      return { params: { section: section!, file: rest.join('/') }, props: { file }, cacheKey: await key() };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PageDataFile }> = async ({ props }) =>
  new Response(await props.file.body(), { headers: { 'Content-Type': PAGE_DATA_MEDIA_TYPES[props.file.format] } });
