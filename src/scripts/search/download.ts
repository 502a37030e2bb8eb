/**
 * "Tải kết quả (CSV)": the lines the search page lists, as a file built here (no server), in the order
 * shown (src/search/results-csv.ts). Loaded only when the reader asks for it.
 */
import { resultsCsv } from '../../search/results-csv.ts';
import { slugify } from '../../text/vietnamese.ts';
import type { ResultLine } from '../../search/results.ts';

export function downloadResults(lines: readonly ResultLine[], query: string): void {
  const blob = new Blob([resultsCsv(lines, location.href)], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `tim-kiem-${slugify(query) || 'ket-qua'}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  // Freed once the browser has surely taken the file; a slow browser may still be reading it right after the click.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
