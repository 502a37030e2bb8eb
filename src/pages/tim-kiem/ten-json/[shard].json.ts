import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchData } from '../../../search-data.ts';
import { shardFile, type NameEntry } from '../../../lib/search/names.ts';

export const getStaticPaths = (async () =>
  [...(await getSearchData()).shards].map(([key, entries]) => ({ params: { shard: key }, props: { entries } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: NameEntry[] }> = ({ props }) => Response.json(shardFile(props.entries));
