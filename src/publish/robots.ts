/** robots.txt: every page may be crawled (the portal publishes to be found), and crawlers are told where the sitemap index is. */
export function robotsTxt(sitemapIndex: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapIndex}`, ''].join('\n');
}
