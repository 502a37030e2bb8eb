/** Fixed-size pages of a list; list pages stay small however large the corpus grows. */
export const PAGE_SIZE = 50;
/** Lists of recipient rows are denser than lists of decisions. */
export const ROW_PAGE_SIZE = 200;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], n: number, size = PAGE_SIZE): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** Static paths for a paginated list per key: `key` for page 1, `key/trang/n` after. */
export function pagedRoutes<K>(groups: Iterable<[K, string, number]>, size = PAGE_SIZE) {
  const routes: { params: { slug: string }; props: { key: K; page: number } }[] = [];
  for (const [key, slug, total] of groups)
    for (let page = 1; page <= pageCount(total, size); page += 1)
      routes.push({ params: { slug: page > 1 ? `${slug}/trang/${page}` : slug }, props: { key, page } });
  return routes;
}
