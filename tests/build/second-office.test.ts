/**
 * A second office, a province (tests/fixtures/second-office/), built with the same code as the sample:
 * everything that names the office comes from its site.yaml, and nothing of the sample's office shows.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite, readPage } from '../helpers.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/second-office');
const DECISION = 'quyet-dinh/2014/1436-qd-ubnd-bang-khen-chi-thi-03/';
/** What names the sample's office, in either language ("the district" is also part of award names: "the District People's Committee", "the District Chair"). */
const FIRST_OFFICE = /Lộc Bình|Loc Binh|Lạng Sơn|toàn huyện|the district\b(?! People| Chair)|langson|loc-binh|lang-son/i;

let site: string;
const read = (path: string) => readFileSync(join(site, path), 'utf8');
/** The page's header and footer only. */
const chrome = (html: string) => [/<header class="site-header">[\s\S]*?<\/header>/.exec(html)?.[0], /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(html)?.[0], /<title>.*<\/title>/.exec(html)?.[0]].join('\n');

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'portal-second-office-'));
  const result = buildSite(FIXTURE, site, { PORTAL_SITE: '' });
  if (result.status !== 0) throw new Error(`The second office does not build:\n${result.output}`);
});

describe('a province publishing with its own site.yaml', () => {
  it('names itself in the header, footer and title of every kind of page', () => {
    for (const path of ['', 'en/', 'gioi-thieu/', 'en/gioi-thieu/', DECISION, 'thong-ke/2014/', 'bao-cao/2014/', 'du-lieu-mo/']) {
      const html = chrome(readPage(site, path));
      expect(html, path).toContain(path.startsWith('en/') ? 'Quảng Nam Commendation Portal' : 'Cổng thi đua – khen thưởng tỉnh Quảng Nam');
      expect(html, path).toContain(path.startsWith('en/') ? 'Quảng Nam Province Emulation and Commendation Council' : 'Hội đồng Thi đua – Khen thưởng tỉnh Quảng Nam');
      expect(html, path).not.toMatch(FIRST_OFFICE);
    }
  });

  it('shows its logo from the content folder', () => {
    expect(readPage(site, '')).toContain('<img class="site-logo" src="/bieu-trung/logo.png" alt="" height="40">');
    expect(readFileSync(join(site, 'bieu-trung/logo.png'))).toEqual(readFileSync(join(FIXTURE, 'logo.png')));
  });

  it('says on the about page who publishes it, for which area, and where to send corrections', () => {
    const about = readPage(site, 'gioi-thieu/');
    expect(about).toContain('Cổng do Hội đồng Thi đua – Khen thưởng tỉnh Quảng Nam công bố, cho địa bàn tỉnh Quảng Nam.');
    expect(about).toContain('xin báo cho Hội đồng Thi đua – Khen thưởng tỉnh Quảng Nam, ghi rõ');
    expect(about).toContain('<a href="mailto:thiduakhenthuong@example.gov.vn">thiduakhenthuong@example.gov.vn</a>');
    expect(readPage(site, 'en/gioi-thieu/')).toContain('The portal is published by Quảng Nam Province Emulation and Commendation Council, for Quảng Nam province.');
    for (const path of ['gioi-thieu/', 'en/gioi-thieu/']) expect(readPage(site, path)).not.toMatch(FIRST_OFFICE);
  });

  it('reports for the whole province', () => {
    const report = readPage(site, 'bao-cao/2014/');
    expect(report).toMatch(/Trong năm 2014, toàn tỉnh có /);
    expect(report).not.toMatch(FIRST_OFFICE);
  });

  it('cites and describes its decisions as published by the province', () => {
    const page = readPage(site, DECISION);
    expect(page).toContain('"publisher":{"@type":"GovernmentOrganization","name":"Hội đồng Thi đua – Khen thưởng tỉnh Quảng Nam"}');
    expect(page).toContain('https://thiduakhenthuong.example.gov.vn/quyet-dinh/2014/1436-qd-ubnd-bang-khen-chi-thi-03/');
    expect(page).toContain('Quyết định số 1436/QĐ-UBND');
    expect(page).not.toMatch(FIRST_OFFICE);
  });

  it('leaves nothing of the first office in any page, feed or data file', () => {
    const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(html|xml|json|csv|txt)$/.test(e.name));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8'), join(file.parentPath, file.name)).not.toMatch(FIRST_OFFICE);
  });

  it('puts its name in the feeds and its licence holder in the open data', () => {
    const feed = read('feeds/quyet-dinh.xml');
    expect(feed).toContain('<name>Hội đồng Thi đua – Khen thưởng tỉnh Quảng Nam</name>');
    expect(feed).toContain('– Cổng thi đua – khen thưởng tỉnh Quảng Nam</title>');
    expect(read('feeds/guong-dien-hinh.xml')).toContain('<name>Hội đồng Thi đua – Khen thưởng tỉnh Quảng Nam</name>');
    const data = JSON.parse(read('data/khen-thuong.json')) as { publisher: string; rows: unknown[] };
    expect(data.publisher).toBe('Ủy ban nhân dân tỉnh Quảng Nam');
    expect(data.rows).toHaveLength(5);
    expect(JSON.parse(read('data/quyet-dinh/2014/1436-qd-ubnd-bang-khen-chi-thi-03.json')).publisher).toBe('Ủy ban nhân dân tỉnh Quảng Nam');
    expect(readPage(site, 'du-lieu-mo/')).toContain('ghi rõ nguồn là Ủy ban nhân dân tỉnh Quảng Nam');
    for (const file of ['feeds/quyet-dinh.xml', 'feeds/guong-dien-hinh.xml', 'data/khen-thuong.json', 'data/khen-thuong.csv']) expect(read(file), file).not.toMatch(FIRST_OFFICE);
  });
});
