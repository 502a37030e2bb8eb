/**
 * The incremental build (docs/adr/0014-incremental-build-and-scale.md): after one name is corrected, a
 * build that reuses the previous build's cache publishes a site equal, byte for byte, to a build from
 * scratch of the corrected content; the pages that print the name (the decision's, its place's, its
 * place's page) are rendered again, and unrelated pages are copied from the cache, aggregate pages
 * included: a list of the year's decisions prints no recipient's name. The open-data files are the
 * open-data step's, written whole by every build, and carry the correction too; their spreadsheets are
 * kept from the first build but for those whose rows changed (src/build/spreadsheet-cache.ts).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageVerdicts } from '../../bench/astro-log.ts';
import { ROOT, buildSite, copyContent, readPage } from '../helpers.ts';

const EDITED = 'decisions/2017/1401-qd-ubnd-giay-khen-day-tot-hoc-tot.md';
const EDITED_PAGE = '/quyet-dinh/2017/1401-qd-ubnd-giay-khen-day-tot-hoc-tot/index.html';
const UNRELATED_PAGE = '/quyet-dinh/2017/245-qd-ttg-co-thi-dua-chinh-phu/index.html';
/** Pages other than the decision's that print the corrected name, as Astro's log names them (a file served by an endpoint with a slash after it). */
const EDITED_AGGREGATES = ['/dia-phuong/loc-binh/xa-nam-quan/index.html'];
/** Aggregate pages that do not: another place, the list of 2017's decisions (numbers and awards, no names), a sitemap. */
const UNRELATED_AGGREGATES = ['/dia-phuong/loc-binh/xa-mau-son/index.html', '/nam/2017/index.html', '/sitemap-1.xml'];
/** The place's and the year's rows, written by the open-data step beside the rendering. */
const EDITED_DATA = ['/data/dia-phuong/loc-binh/xa-nam-quan.csv', '/data/nam/2017.json'];

/** Every file under `dir`, by its path inside it. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
  }
  return files;
}

describe('an incremental build after one name is corrected', () => {
  const work = mkdtempSync(join(ROOT, 'tests/artifacts/incremental-'));
  const content = copyContent();
  const incremental = join(work, 'incremental-site');
  const scratch = join(work, 'scratch-site');
  let second = '';

  beforeAll(() => {
    const cache = { PORTAL_CACHE_DIR: join(work, 'cache') };
    const first = buildSite(content, incremental, cache);
    if (first.status !== 0) throw new Error(`The first build failed:\n${first.output}`);
    const file = join(content, EDITED);
    const text = readFileSync(file, 'utf8');
    if (!text.includes('name: "Chu Bảo Thái"')) throw new Error(`${EDITED} no longer lists Chu Bảo Thái; pick another name`);
    writeFileSync(file, text.replace('name: "Chu Bảo Thái"', 'name: "Chu Bảo Thảo"'));
    const again = buildSite(content, incremental, cache);
    if (again.status !== 0) throw new Error(`The incremental build failed:\n${again.output}`);
    second = again.output;
    const full = buildSite(content, scratch, { PORTAL_CACHE_DIR: join(work, 'scratch-cache') });
    if (full.status !== 0) throw new Error(`The build from scratch failed:\n${full.output}`);
  }, 600_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  });

  it('publishes the correction', () => {
    expect(readPage(incremental, EDITED_PAGE)).toContain('Chu Bảo Thảo');
    expect(readPage(incremental, EDITED_PAGE)).not.toContain('Chu Bảo Thái');
  });

  it('renders the corrected page again and keeps an unrelated one from the cache', () => {
    const verdicts = pageVerdicts(second.replace(/\x1b\[[0-9;]*m/g, ''));
    expect(verdicts.get(EDITED_PAGE), second).toBe('rendered');
    expect(verdicts.get(UNRELATED_PAGE), second).toBe('kept');
  });

  it('renders again the aggregate pages that print the name, and keeps the others', () => {
    const verdicts = pageVerdicts(second.replace(/\x1b\[[0-9;]*m/g, ''));
    for (const page of EDITED_AGGREGATES) {
      expect(verdicts.get(page), page).toBe('rendered');
      expect(readFileSync(join(incremental, page.replace(/\/$/, '')), 'utf8'), page).toContain('Chu Bảo Thảo');
    }
    for (const page of UNRELATED_AGGREGATES) expect(verdicts.get(page), page).toBe('kept');
    for (const file of EDITED_DATA) expect(readFileSync(join(incremental, file), 'utf8'), file).toContain('Chu Bảo Thảo');
  });

  it('writes again only the spreadsheets whose rows changed, and keeps the others from the first build', () => {
    const [, written, kept] = /bảng tính: (\d+) viết mới, (\d+) giữ từ lần build trước/.exec(second) ?? [];
    // The decision's own, its place's, award form's, year's and kind's, and the whole data set's.
    expect(Number(written), second).toBeGreaterThanOrEqual(5);
    expect(Number(written)).toBeLessThan(Number(kept));
  });

  it('publishes exactly the files of a build from scratch, byte for byte', () => {
    const a = tree(incremental);
    const b = tree(scratch);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(existsSync(join(incremental, 'pagefind/pagefind.js'))).toBe(true);
  });
});
