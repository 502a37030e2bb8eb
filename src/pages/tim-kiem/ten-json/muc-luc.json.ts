import type { APIRoute } from 'astro';
import { getSearchData } from '../../../search-data.ts';
import { shardManifest } from '../../../lib/search/names.ts';

/** The list of name shards and their sizes, read by the name finder before any shard. */
export const GET: APIRoute = async () => Response.json(shardManifest((await getSearchData()).shards));
