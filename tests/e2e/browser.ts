/**
 * Browser tests drive Debian's Chromium (apt package `chromium`) through playwright-core; no browser is
 * downloaded. scripts/test.sh installs it when it is missing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { SAMPLE_SITE } from '../helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: run "apt-get install -y chromium" (scripts/test.sh does it).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
};

/** Types a static host compresses on the fly; Pagefind's own files are compressed already. */
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.csv', '.wasm']);

/**
 * Serves a built site as a static host would, under `base` (e.g. "/" or "/khen-thuong/"); with `gzip`,
 * compresses text and wasm for browsers that accept it, as hosts do (the search benchmark counts bytes).
 */
export async function serveStatic(dir: string, base = '/', { gzip = false } = {}): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const notFoundPage = join(dir, '404.html');
    // A folder of several sites (the national search benchmark) has no 404 page of its own.
    if (!found && !existsSync(notFoundPage)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(found ? file : notFoundPage);
    const headers: Record<string, string> = { 'content-type': TYPES[found ? extname(file) : '.html'] ?? 'application/octet-stream' };
    const compress = gzip && COMPRESSED_TYPES.has(found ? extname(file) : '.html') && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (compress) headers['content-encoding'] = 'gzip';
    res.writeHead(found ? 200 : 404, headers);
    res.end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, server };
}

const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.1 AA and returns what it finds. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Through the DevTools protocol, not a <script> tag: the pages' Content-Security-Policy forbids inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/**
 * The sample site served and Chromium started for the tests of the calling `describe`, both closed after
 * them: `const sample = sampleInChromium();` then `sample.browser`, `sample.base` inside the tests.
 */
export function sampleInChromium(): { readonly browser: Browser; readonly base: string } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic(SAMPLE_SITE));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not started yet: use sampleInChromium() inside a describe, its browser inside a test');
      return browser;
    },
    get base() {
      return base;
    },
  };
}
