/** Each decision's recipients as CSV and as JSON: /data/quyet-dinh/<id>.csv and .json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../content.ts';
import { dataResponse, decisionFiles, exportContext, type DataFile } from '../../../lib/exports.ts';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  const ctx = exportContext(portal, import.meta.env.SITE, import.meta.env.BASE_URL);
  return portal.decisions.flatMap((d) => {
    const { csv, json } = decisionFiles(ctx, d);
    return [csv, json].map((file) => ({ params: { file: file.file.replace(/^quyet-dinh\//, '') }, props: { file } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => dataResponse(props.file);
