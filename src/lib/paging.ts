/** Fixed-size pages of a list; list pages stay small however large the corpus grows. */
export const PAGE_SIZE = 50;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], n: number, size = PAGE_SIZE): T[] {
  return items.slice((n - 1) * size, n * size);
}
