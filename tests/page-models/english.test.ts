/** The English decision and honoree pages: the Vietnamese page models, asked with the English page context (ADR 0015). */
import { describe, expect, it } from 'vitest';
import { decisionPage } from '../../src/page-models/decision.ts';
import { honoreePage } from '../../src/page-models/honoree.ts';
import { citeBox } from '../../src/page-models/cite.ts';
import { signerTitle } from '../../src/i18n/signer.ts';
import { FLAG, FLAG_HONOREE, browse, en, portal, vi } from './sample.ts';

const ORIGINAL = '2017/36-qd-ubnd-lao-dong-tien-tien-2016';
const URL = 'https://khenthuong.example.gov.vn/en/';
const flag = decisionPage(portal, browse, FLAG, URL, en);
const list = decisionPage(portal, browse, ORIGINAL, URL, en);

describe('an English decision page', () => {
  it('is titled and headed in English, with the catalogue’s English award name', () => {
    expect(flag.title).toBe('Decision 245/QĐ-TTg – Government Emulation Flag');
    expect(flag.heading).toBe('Decision 245/QĐ-TTg awarding Government Emulation Flag');
    expect(flag.description).toMatch(/^Prime Minister: /);
  });

  it('gives the date as English writes it, the authority’s official English name and the signer’s title in English', () => {
    const fact = (label: string) => list.facts.find((f) => f.label === label)?.value;
    expect(fact('Signed')).toBe('16 January 2017');
    expect(fact('Issued by')).toBe("People's Committee of Lộc Bình District");
    expect(fact('Signed by')).toBe('Hoàng Văn Minh, Vice-Chairman, for the Chairman');
    expect(fact('Award')).toBe('Advanced Worker');
  });

  it('keeps the decision’s own wording, marked as Vietnamese', () => {
    const reason = list.facts.find((f) => f.label === 'Achievement')!;
    expect(reason).toEqual({ label: 'Achievement', value: portal.decisionById.get(ORIGINAL)!.data.reason, lang: 'vi' });
    expect(decisionPage(portal, browse, ORIGINAL, URL, vi).facts.find((f) => f.label === 'Thành tích')).not.toHaveProperty('lang');
  });

  it('heads each award line with its English name and its number of recipients', () => {
    expect(flag.lines.map((l) => l.heading)).toEqual(['Government Emulation Flag (1)']);
    expect(list.lines.map((l) => l.heading)).toEqual(['Advanced Worker (230)']);
    expect(list.lines[0]!.groups.map((g) => g.caption)).toEqual(['individual (230)']);
  });

  it('prints the recipients by name, as signed, each row at its anchor on the English page', () => {
    const rows = list.lines.flatMap((l) => l.groups.flatMap((g) => g.rows));
    expect(rows.find((r) => r.row === 4)!.name).toBe('Nông Thiện Lan');
    expect(rows.find((r) => r.row === 4)!.honoree?.href).toMatch(/^\/en\/nguoi-duoc-khen\//);
  });

  it('says in English which row was corrected and by which decision, linked on the English side', () => {
    expect(list.notices).toEqual([
      { text: 'This decision was corrected in row 4 (the other rows stand as signed) by', decisions: [{ name: '1735/QĐ-UBND', href: '/en/quyet-dinh/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016/' }], warning: true },
    ]);
  });

  it('links to its Vietnamese counterpart, and to the Vietnamese full text', () => {
    expect(flag.alternate).toBe(`/quyet-dinh/${FLAG}/`);
    expect(flag.fullText).toEqual({ name: 'The full text of the decision', href: `/quyet-dinh/${FLAG}/` });
    expect(decisionPage(portal, browse, FLAG, URL, vi)).toMatchObject({ alternate: `/en/quyet-dinh/${FLAG}/`, fullText: undefined });
  });

  it('trails back through the English pages', () => {
    expect(flag.breadcrumbs).toEqual([{ name: 'Home', href: '/en/' }, { name: 'Decisions', href: '/en/quyet-dinh/' }, { name: 'Decision 245/QĐ-TTg' }]);
  });
});

describe('an English honoree page', () => {
  const twice = portal.honorees.find((h) => h.awards.length > 1)!;
  const page = honoreePage(portal, browse, twice.slug, URL, en);

  it('lists every award with its English name, the decision in English, its reason and its own citation', () => {
    expect(page.awardsHeading).toBe('Awards received (2)');
    expect(page.awards[0]).toMatchObject({
      award: 'Advanced Worker',
      href: `/en/quyet-dinh/${ORIGINAL}/#r4`,
      decision: "decision 36/QĐ-UBND of the People's Committee of Lộc Bình District, 16 January 2017",
      reason: { label: 'Achievement', text: 'Đã hoàn thành tốt nhiệm vụ năm 2016' },
      cite: { decision: portal.decisionById.get(ORIGINAL), row: 4 },
    });
    expect(page.kind).toBe('individual');
    expect(page.description).toBe('Nông Thiện Lan: Advanced Worker; Advanced Worker');
  });

  it('links to its Vietnamese counterpart', () => {
    expect(honoreePage(portal, browse, FLAG_HONOREE, URL, en).alternate).toBe(`/nguoi-duoc-khen/${FLAG_HONOREE}/`);
  });
});

describe('an English citation box', () => {
  it('puts the English citation first, at the English address', () => {
    const box = citeBox({ decision: portal.decisionById.get(FLAG)!, row: 1 }, 'https://khenthuong.example.gov.vn/', '2026-12-03', en);
    expect(box.summary).toBe('Cite this');
    expect(box.fields.map((f) => [f.label, f.lang])).toEqual([
      ['Citation in English', 'en'],
      ['Citation in Vietnamese', 'vi'],
      ['CSL-JSON (Zotero, Mendeley)', undefined],
      ['BibTeX', undefined],
    ]);
    expect(box.fields[0]!.value).toContain(`https://khenthuong.example.gov.vn/en/quyet-dinh/${FLAG}/#r1`);
  });
});

describe('signer titles in English', () => {
  it('reads "KT." as signing for the principal, and leaves an unknown title as printed', () => {
    expect(signerTitle('KT. Thủ tướng – Phó Thủ tướng', 'en')).toBe('Deputy Prime Minister, for the Prime Minister');
    expect(signerTitle('Chủ tịch', 'en')).toBe('Chairman');
    expect(signerTitle('Chủ tịch nước', 'en')).toBe('President');
    expect(signerTitle('Trưởng ban', 'en')).toBe('Trưởng ban');
    expect(signerTitle('KT. Chủ tịch – Phó Chủ tịch', 'vi')).toBe('KT. Chủ tịch – Phó Chủ tịch');
  });
});
