/** Pagefind's browser API, loaded from the built site's /pagefind/ under whatever base the site has. */
import { makeUrls } from '../../routes/urls.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; location: number; text?: string }[];
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (term: string | null, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

let loaded: Promise<Pagefind> | undefined;

/** `base` is the site's base URL ("/" or "/khen-thuong/"). */
export function loadPagefind(base: string): Promise<Pagefind> {
  loaded ??= (async () => {
    const urls = makeUrls(base);
    const pagefind = (await import(/* @vite-ignore */ urls.searchIndex('pagefind.js'))) as Pagefind;
    // On the main thread, not in Pagefind's web worker: passing every result's word locations and each
    // fragment through the worker cost more than it spared (ADR 0006; figures in bench/README.md).
    await pagefind.options({ basePath: urls.searchIndex(), baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loaded;
}
