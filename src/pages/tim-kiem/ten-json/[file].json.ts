import type { APIRoute, GetStaticPaths } from 'astro';
import { getNameShards } from '../../../site/search-data.ts';
import { SHARD_MANIFEST, shardFile, shardManifest, type NameEntry, type ShardManifest } from '../../../search/names.ts';

/**
 * The name finder's shards and manifest under `npm run dev`. A build writes no page here: the content
 * steps write these files beside Astro's rendering (src/build/content-steps.ts, ADR 0008).
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const shards = await getNameShards();
  return [
    { params: { file: SHARD_MANIFEST }, props: { manifest: shardManifest(shards) } },
    ...[...shards].map(([key, entries]) => ({ params: { file: key }, props: { entries } })),
  ];
}) satisfies GetStaticPaths;

type Props = { manifest: ShardManifest } | { entries: NameEntry[] };

export const GET: APIRoute<Props> = ({ props }) => Response.json('manifest' in props ? props.manifest : shardFile(props.entries));
