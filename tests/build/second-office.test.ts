/**
 * A second office, a province (tests/fixtures/second-office/), built with the same code as the sample:
 * everything that names the office comes from its site.yaml, and nothing of the sample's office shows.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
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
    expect(data.rows).toHaveLength(29);
    expect(JSON.parse(read('data/quyet-dinh/2014/1436-qd-ubnd-bang-khen-chi-thi-03.json')).publisher).toBe('Ủy ban nhân dân tỉnh Quảng Nam');
    expect(readPage(site, 'du-lieu-mo/')).toContain('ghi rõ nguồn là Ủy ban nhân dân tỉnh Quảng Nam');
    for (const file of ['feeds/quyet-dinh.xml', 'feeds/guong-dien-hinh.xml', 'data/khen-thuong.json', 'data/khen-thuong.csv']) expect(read(file), file).not.toMatch(FIRST_OFFICE);
  });
});

/**
 * Real decisions as the press printed them (tests/fixtures/second-office/README.md names each source):
 * every recipient once per award line, under the right award, with the number exactly as printed.
 */
const REAL: { id: string; number: string; lines: { award: string; awardName: string; names: string[] }[] }[] = [
  {
    id: '2014/2234-huan-chuong-lao-dong-da-nang',
    number: '2234',
    lines: [
      { award: 'huan-chuong-lao-dong-hang-nhat', awardName: 'Huân chương Lao động hạng Nhất', names: ['Huỳnh Nghĩa'] },
      {
        award: 'huan-chuong-lao-dong-hang-nhi',
        awardName: 'Huân chương Lao động hạng Nhì',
        names: ['Liên hiệp các Tổ chức hữu nghị thành phố', 'Liên hiệp các Hội Khoa học và Kỹ thuật thành phố', 'Liên hiệp các Hội Văn học - Nghệ thuật thành phố', 'Hội Khuyến học thành phố'],
      },
      {
        award: 'huan-chuong-lao-dong-hang-ba',
        awardName: 'Huân chương Lao động hạng Ba',
        names: ['Văn phòng Đoàn Đại biểu Quốc hội và HĐND thành phố', 'Hội Nhà báo thành phố', 'Đỗ Thị Kim Lĩnh', 'Phạm Hùng Chiến'],
      },
    ],
  },
  {
    id: '2020/1632-qd-ubnd-tap-the-lao-dong-xuat-sac-quang-binh',
    number: '1632/QĐ-UBND',
    lines: [
      {
        award: 'tap-the-lao-dong-xuat-sac',
        awardName: 'Tập thể lao động xuất sắc',
        names: ['Văn Hóa', 'Châu Hóa', 'Thuận Hóa', 'thị trấn Quán Hàu', 'Võ Ninh', 'An Ninh', 'Hải Ninh'].map((p) => `Nhân dân và cán bộ ${p.startsWith('thị trấn') ? p : `xã ${p}`}`),
      },
      { award: 'bang-khen-chu-tich-ubnd-tinh', awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', names: ['Nhân dân và cán bộ xã Châu Hóa', 'Nhân dân và cán bộ xã Văn Hóa'] },
    ],
  },
  {
    id: '2016/1766-qd-ttg-bang-khen-tien-giang',
    number: '1766/QĐ-TTg',
    lines: [
      {
        award: 'bang-khen-thu-tuong',
        awardName: 'Bằng khen của Thủ tướng Chính phủ',
        names: ['Nguyễn Thị Tho Đông', 'Nguyễn Văn Cường', 'Đỗ Văn Phước', 'Nguyễn Hữu Đức', 'Nguyễn Văn Nha', 'Nguyễn Văn Quốc'],
      },
    ],
  },
];

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/** A decision page's award lines as printed: each line's heading, award link and rows (anchor, name without honorific). */
function pageLines(html: string): { heading: string; awardHref: string; rows: { anchor: string; name: string; honorific: string }[] }[] {
  return html
    .split('<section class="award-line"')
    .slice(1)
    .map((part) => ({
      heading: textOf(/<h3[^>]*>([\s\S]*?)<\/h3>/.exec(part)![1]!),
      awardHref: /class="award-line-form"[^>]*>[\s\S]*?<a href="([^"]+)"/.exec(part)![1]!,
      rows: [...part.matchAll(/<tr id="(r\d+)"[^>]*>[\s\S]*?<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => {
        const cell = m[2]!.replace(/<span class="folded[\s\S]*?<\/span>/g, '');
        const honorific = /<span class="honorific"[^>]*>([\s\S]*?)<\/span>/.exec(cell)?.[1]?.trim() ?? '';
        return { anchor: m[1]!, honorific, name: textOf(cell.replace(/<span class="honorific"[\s\S]*?<\/span>/, '')) };
      }),
    }));
}

describe('real decisions of several award lines, as the press printed them', () => {
  it('shows each award line in the order signed, every recipient once under it, rows numbered on across lines', () => {
    for (const decision of REAL) {
      const lines = pageLines(readPage(site, `quyet-dinh/${decision.id}/`));
      expect(lines.map((l) => l.awardHref), decision.id).toEqual(decision.lines.map((l) => `/hinh-thuc/${l.award}/`));
      expect(lines.map((l) => l.heading)).toEqual(decision.lines.map((l) => `${l.awardName} (${l.names.length})`));
      expect(lines.map((l) => l.rows.map((r) => r.name))).toEqual(decision.lines.map((l) => l.names));
      expect(lines.flatMap((l) => l.rows.map((r) => r.anchor))).toEqual(decision.lines.flatMap((l) => l.names).map((_, i) => `r${i + 1}`));
    }
  });

  it('names each decision by its number as printed, and by every form it confers', () => {
    const page = readPage(site, `quyet-dinh/${REAL[0]!.id}/`);
    expect(page).toContain('<h1>Quyết định số 2234 về việc tặng Huân chương Lao động hạng Nhất, Huân chương Lao động hạng Nhì và Huân chương Lao động hạng Ba</h1>');
    expect(readPage(site, `quyet-dinh/${REAL[1]!.id}/`)).toContain(
      '<h1>Quyết định số 1632/QĐ-UBND về việc công nhận danh hiệu Tập thể lao động xuất sắc và tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh</h1>',
    );
    expect(readPage(site, `quyet-dinh/${REAL[2]!.id}/`)).toContain('<h1>Quyết định số 1766/QĐ-TTg về việc tặng Bằng khen của Thủ tướng Chính phủ</h1>');
    for (const { award } of REAL[0]!.lines) expect(readPage(site, `hinh-thuc/${award}/`)).toContain(`/quyet-dinh/${REAL[0]!.id}/`);
    for (const { award } of REAL[1]!.lines) expect(read(`feeds/hinh-thuc/${award}.xml`)).toContain(`/quyet-dinh/${REAL[1]!.id}/`);
  });

  it('shows honorifics before the name, outside the searched text, and the combined role cell as typed', () => {
    const page = readPage(site, `quyet-dinh/${REAL[0]!.id}/`);
    const nghia = pageLines(page)[0]!.rows[0]!;
    expect(nghia).toEqual({ anchor: 'r1', honorific: 'Ông', name: 'Huỳnh Nghĩa' });
    expect(page).toContain('<span class="honorific" data-pagefind-ignore>Ông </span>');
    expect(page).toContain('<td colspan="2">Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch HĐND, Trưởng đoàn Đại biểu Quốc hội thành phố Đà Nẵng</td>');
  });

  it('says what the source did not: the signer, and a date known only to the year', () => {
    const tienGiang = readPage(site, `quyet-dinh/${REAL[2]!.id}/`);
    expect(tienGiang).toContain('<time datetime="2016">năm 2016</time>');
    expect(tienGiang).toContain('chưa rõ (nguồn không ghi)');
    expect(tienGiang).toContain('chưa đối chiếu với bản gốc có chữ ký');
    expect(tienGiang).not.toContain('"legislationDate"');
    expect(readPage(site, `quyet-dinh/${REAL[0]!.id}/`)).toContain('"legislationDate":"2014-09-09"');
  });

  it('puts every recipient in the CSV once per award line, with the award of that line and the number as printed', () => {
    const records = parse(read('data/khen-thuong.csv'), { bom: true, columns: true }) as Record<string, string>[];
    for (const decision of REAL) {
      const rows = records.filter((r) => r['decisionId'] === decision.id);
      expect(rows.map((r) => [r['decisionNumber'], r['line'], r['awardId'], r['recipientName']]), decision.id).toEqual(
        decision.lines.flatMap((l, i) => l.names.map((name) => [decision.number, String(i + 1), l.award, name])),
      );
      const own = parse(read(`data/quyet-dinh/${decision.id}.csv`), { bom: true, columns: true }) as Record<string, string>[];
      expect(own).toEqual(rows);
    }
    const tienGiang = records.filter((r) => r['decisionId'] === REAL[2]!.id);
    expect(new Set(tienGiang.map((r) => [r['date'], r['datePrecision'], r['signer'], r['sourceKind'], r['sourceChecked']].join('|')))).toEqual(new Set(['2016|year||newspaper|false']));
    const chauHoa = records.filter((r) => r['recipientName'] === 'Nhân dân và cán bộ xã Châu Hóa');
    expect(chauHoa.map((r) => [r['awardId'], r['communeName'], r['districtName'], r['provinceName']])).toEqual([
      ['tap-the-lao-dong-xuat-sac', 'xã Châu Hóa', 'huyện Tuyên Hóa', 'tỉnh Quảng Bình'],
      ['bang-khen-chu-tich-ubnd-tinh', 'xã Châu Hóa', 'huyện Tuyên Hóa', 'tỉnh Quảng Bình'],
    ]);
    const nghia = records.find((r) => r['recipientName'] === 'Huỳnh Nghĩa')!;
    expect([nghia['honorific'], nghia['communeName'], nghia['districtName'], nghia['provinceName']]).toEqual(['Ông', '', '', 'thành phố Đà Nẵng']);
  });

  it('gives the name finder every recipient by the bare name, pointing at its row or its honoree page', () => {
    const folder = join(site, 'tim-kiem/ten-json');
    const entries = readdirSync(folder)
      .filter((f) => f !== 'muc-luc.json')
      .flatMap((f) => {
        const shard = JSON.parse(readFileSync(join(folder, f), 'utf8')) as { d: string[]; e: (string | number)[][] };
        return shard.e.map((e) => (e.length === 5 ? `${e[0]}|${shard.d[e[3] as number]}#r${e[4]}` : `${e[0]}|${e[3]}`));
      });
    for (const decision of REAL) {
      let row = 0;
      for (const line of decision.lines)
        for (const name of line.names) {
          row += 1;
          expect(entries.some((e) => e === `${name}|${decision.id}#r${row}` || e.startsWith(`${name}|`)), name).toBe(true);
        }
    }
    expect(entries.some((e) => e.startsWith('Ông ') || e.startsWith('Bà '))).toBe(false);
    // The same collective under two lines of one decision is honoured twice, so it has an honoree page with both awards.
    const honoree = readPage(site, 'nguoi-duoc-khen/nhan-dan-va-can-bo-xa-chau-hoa/');
    expect(honoree).toContain('Tập thể lao động xuất sắc');
    expect(honoree).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  });
});
