/**
 * What Astro's build log says about each page. Astro prints "├─ <path>" when it takes up a page and the
 * end of that line later: " (+12ms)" once rendered, at once " (cached)" or " (restored)" when its
 * incremental build kept the page. With sixteen pages in progress the ends of rendered pages' lines
 * arrive after other pages' starts, so a page is kept exactly when its path is followed by that word.
 */

/** Each page of a build's output (colours removed) and whether Astro rendered it or kept it from its cache. */
export function pageVerdicts(output: string): Map<string, 'rendered' | 'kept'> {
  const verdicts = new Map<string, 'rendered' | 'kept'>();
  for (const m of output.matchAll(/[├└]─ (\S+?)(?=\s|\d\d:\d\d:\d\d|$)( \((?:cached|restored)\))?/gm)) {
    verdicts.set(m[1]!, m[2] ? 'kept' : 'rendered');
  }
  return verdicts;
}
