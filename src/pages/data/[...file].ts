/** The site-wide open-data files: the whole data set, its JSON Schema, the yearly statistics tables. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBrowse, getPortal } from '../../content.ts';
import { dataFiles, dataResponse, exportContext, type DataFile } from '../../lib/exports.ts';

export const getStaticPaths = (async () => {
  const ctx = exportContext(await getPortal(), import.meta.env.SITE, import.meta.env.BASE_URL);
  return dataFiles(ctx, (await getBrowse()).years).map((file) => ({ params: { file: file.file }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => dataResponse(props.file);
