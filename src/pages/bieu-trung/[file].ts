/** The office's logo, copied from the content folder (`logo` in content/site.yaml); none when it has none. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLogo } from '../../site/content.ts';

export const getStaticPaths = (async () => {
  const logo = await getLogo();
  return logo ? [{ params: { file: logo.file }, props: logo }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array<ArrayBuffer>; type: string }> = ({ props }) => new Response(props.bytes, { headers: { 'Content-Type': props.type } });
