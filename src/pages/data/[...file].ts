/** The site-wide open-data files: the whole data set, its JSON Schema, the yearly statistics tables. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataFiles } from '../../site/content.ts';
import { dataKey } from '../../site/page-keys.ts';
import { dataResponse, type DataFile } from '../../publish/exports.ts';

export const getStaticPaths = (async () =>
  Promise.all((await getDataFiles()).map(async (file) => ({ params: { file: file.file }, props: { file }, cacheKey: await dataKey(file.file, file.body()) })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => dataResponse(props.file);
