/**
 * The one escaper for text the site writes as markup by hand: Atom feeds, sitemaps, SVG charts and the
 * redirect pages of old addresses. Astro escapes what its templates print; these strings it never sees.
 */

/** Text safe inside XML (and HTML) elements and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
