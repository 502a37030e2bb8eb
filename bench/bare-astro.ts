#!/usr/bin/env node
/**
 * node bench/bare-astro.ts --content <folder> --project <folder>
 * The baseline the portal's build is held against (issue 15): Astro itself, with nothing of the portal,
 * rendering the same decision files with one trivial page each, and Pagefind over its output. It
 * writes a bare Astro project into `--project` (a glob loader over `<content>/decisions`, one template
 * page; the project's node_modules linked in), runs `astro build` there in a child process, then
 * Pagefind's Node API over the pages, and appends `render` and `search-index` events as the portal's
 * build does (src/build/events.ts), so that bench/build-bench.ts measures both builds the same way.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emitStepEvent } from '../src/build/events.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The files of the bare project: its configuration, one collection, one page. */
function bareProjectFiles(contentDir: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './dist', trailingSlash: 'always', build: { format: 'directory' } });\n`,
    'src/content.config.ts': [
      `import { defineCollection } from 'astro:content';`,
      `import { glob } from 'astro/loaders';`,
      `export const collections = { decisions: defineCollection({ loader: glob({ pattern: ['**/*.md', '!**/README.md'], base: ${JSON.stringify(join(contentDir, 'decisions'))} }) }) };`,
      '',
    ].join('\n'),
    // What a reader of a decision needs at the least, and what the search finds: its number, reason and names.
    'src/pages/quyet-dinh/[...id].astro': [
      '---',
      `import { getCollection, render } from 'astro:content';`,
      'export async function getStaticPaths() {',
      `  return (await getCollection('decisions')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));`,
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      'const recipients = (entry.data.recipients ?? []) as { name: string }[];',
      '---',
      '<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.number}</title></head>',
      '<body><main data-pagefind-body><h1>{entry.data.number}</h1><p>{entry.data.reason}</p>',
      '<ol>{recipients.map((r) => <li>{r.name}</li>)}</ol><Content /></main></body></html>',
      '',
    ].join('\n'),
  };
}

/** Writes the bare project afresh, its node_modules a link to the portal's. */
function writeBareProject(project: string, contentDir: string): void {
  rmSync(project, { recursive: true, force: true });
  for (const [path, text] of Object.entries(bareProjectFiles(contentDir))) {
    mkdirSync(join(project, path, '..'), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
}

function astroBuild(project: string): Promise<number> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  return new Promise((done) => child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
}

{
  const { values } = parseArgs({ options: { content: { type: 'string' }, project: { type: 'string' } } });
  if (!values.content || !values.project) {
    console.error('node bench/bare-astro.ts --content <content folder> --project <folder to write the bare project into>');
    process.exit(2);
  }
  const project = resolve(values.project);
  writeBareProject(project, resolve(values.content));
  emitStepEvent({ step: 'render', phase: 'start' });
  const started = performance.now();
  const status = await astroBuild(project);
  emitStepEvent({ step: 'render', phase: status === 0 ? 'end' : 'fail', ms: Math.round(performance.now() - started) });
  if (status !== 0) process.exit(status);
  emitStepEvent({ step: 'search-index', phase: 'start' });
  const index = await buildSearchIndex(join(project, 'dist'));
  emitStepEvent({ step: 'search-index', phase: 'end', ms: index.ms, counts: { pages: index.pages, files: index.files, bytes: index.bytes } });
  console.log(`Pagefind: ${index.pages} pages, ${index.files} files, ${(index.bytes / 1024).toFixed(0)} KB (${index.ms} ms).`);
}
