// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import portal from './src/integrations/portal.ts';

/**
 * PORTAL_SITE: the public origin (canonical URLs, feeds). PORTAL_BASE: the sub-path the site is served
 * under. PORTAL_OUT_DIR: where the build writes. PORTAL_CONTENT_DIR: the content folder (src/content.config.ts).
 */
export default defineConfig({
  site: process.env.PORTAL_SITE ?? 'https://khenthuong.example.gov.vn',
  base: process.env.PORTAL_BASE ?? '/',
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  integrations: [mdx(), portal()],
});
