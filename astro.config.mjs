// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import portal from './src/site/integration.ts';
import contentIsText from './src/site/content-is-text.ts';
import { publicOrigin } from './src/site/site-url.ts';
import { onBundlerLog } from './src/site/build-warnings.ts';

/**
 * PORTAL_SITE: the public origin (canonical URLs, feeds), over `url` in the content's site.yaml. PORTAL_BASE: the sub-path the site is served
 * under. PORTAL_OUT_DIR: where the build writes. PORTAL_CONTENT_DIR: the content folder (src/content.config.ts).
 */
export default defineConfig({
  site: publicOrigin(),
  base: process.env.PORTAL_BASE ?? '/',
  // PORTAL_CACHE_DIR: a separate content cache, for builds that run beside others (tests, benchmarks).
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: the Content-Security-Policy allows no inline style (src/routes/csp.ts).
  // Sixteen pages in progress at once, not two: a page's file writes wait on the file system, and other
  // pages render meanwhile (docs/adr/0008-build-steps-and-budget.md).
  build: { format: 'directory', concurrency: 16, inlineStylesheets: 'never' },
  // Content is text: raw HTML, unsafe links and story code never reach a page (docs/adr/0011-content-is-text.md).
  integrations: [contentIsText(), mdx(), portal()],
  // Pages whose key (src/site/page-keys.ts) and code are unchanged since the last build are copied from
  // Astro's cache instead of rendered (docs/adr/0014-incremental-build-and-scale.md).
  experimental: { incrementalBuild: true },
  // Built sites (benchmarks, tests) hold tens of thousands of folders: `npm run dev` need not watch them.
  // The bundler's known harmless warnings (one per MDX story) stay out of the output; others show (src/site/build-warnings.ts).
  vite: { server: { watch: { ignored: [/\/(bench\/out|tests\/artifacts|dist)\//] } }, build: { rolldownOptions: { onLog: onBundlerLog } } },
});
