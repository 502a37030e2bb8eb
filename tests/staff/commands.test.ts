/**
 * `npm run new -- authority|place|award` and the commands' English: every word of help and messages
 * comes from src/i18n/cli.ts, so `--lang en` prints no Vietnamese sentence.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { addCatalogueEntry } from '../../src/staff/catalogue-entry.ts';
import { CliError } from '../../src/staff/cli-error.ts';
import { ROOT } from '../helpers.ts';

const TODAY = '2026-11-25';
const FIXTURES = join(ROOT, 'tests/fixtures/import');

function catalogue(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'portal-new-')), 'content');
  cpSync(join(FIXTURES, 'real-decisions'), root, { recursive: true });
  return root;
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return `${error.code}: ${error.describe('vi')}`;
    throw error;
  }
  return 'no error';
}

describe('npm run new -- authority|place|award', () => {
  it('appends a place under its parent, keeping the file as it was above it', () => {
    const root = catalogue();
    const before = readFileSync(join(root, 'places.yaml'), 'utf8');
    const result = addCatalogueEntry(root, 'place', { name: 'xã Văn Hóa', kind: 'commune', parent: 'H. Tuyên Hóa' }, TODAY);
    expect(result).toMatchObject({ id: 'quang-binh/tuyen-hoa/xa-van-hoa', written: true, problems: [] });
    const after = readFileSync(join(root, 'places.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe('- id: quang-binh/tuyen-hoa/xa-van-hoa\n  name: xã Văn Hóa\n  kind: commune\n  parent: quang-binh/tuyen-hoa\n');
  });

  it('an award form and an authority, checked by the same rules as npm run check', () => {
    const root = catalogue();
    const award = addCatalogueEntry(
      root,
      'award',
      { name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'name-en': 'Emulation Flag of the Provincial People’s Committee', category: 'commendation', level: 'province', 'recipient-kinds': 'collective', precedence: '20', 'conferred-by': 'province' },
      TODAY,
    );
    expect(award).toMatchObject({ id: 'co-thi-dua-cua-uy-ban-nhan-dan-tinh', written: true });
    const entries = yaml.load(readFileSync(join(root, 'awards.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { id: string; recipientKinds: string[] }[];
    expect(entries.at(-1)).toMatchObject({ recipientKinds: ['collective'], precedence: 20 });
    const bad = addCatalogueEntry(root, 'authority', { name: 'Ủy ban nhân dân tỉnh Tiền Giang', 'name-en': "People's Committee of Tiền Giang Province", 'short-name': 'UBND tỉnh Tiền Giang', level: 'tinh' }, TODAY);
    expect(bad.written).toBe(false);
    expect(bad.problems.map((p) => [p.field, p.code])).toEqual([['[3].level', expect.any(String)]]);
  });

  it('refuses an id already taken, an ill-formed id and a parent that does not exist, with suggestions', () => {
    const root = catalogue();
    expect(codeOf(() => addCatalogueEntry(root, 'authority', { name: 'Thủ tướng Chính phủ', 'name-en': 'Prime Minister', 'short-name': 'Thủ tướng', level: 'central', id: 'thu-tuong-chinh-phu' }))).toBe(
      'id-taken: mã "thu-tuong-chinh-phu" đã có trong content/authorities.yaml: chọn mã khác bằng --id',
    );
    expect(codeOf(() => addCatalogueEntry(root, 'place', { name: 'xã A', kind: 'commune', id: 'Xã A' }))).toMatch(/^bad-option: /);
    expect(codeOf(() => addCatalogueEntry(root, 'place', { name: 'thị trấn Quán Hàu', kind: 'township', parent: 'huyện Quảng Trạch' }))).toBe(
      'unknown-entry: không tìm thấy --parent "huyện Quảng Trạch" trong places.yaml (quang-binh/quang-ninh?); thêm bằng npm run new -- place',
    );
  });
});

/** Words only a Vietnamese sentence has; names in the output are in indented rows, which are not checked. */
const VIETNAMESE = /(^|[\s:(])(không|của|được|người|dòng|tệp|chưa|những|hoặc|thì|là|đã|các|cho|và)(?=[\s,.:)]|$)/iu;

describe('--lang en', () => {
  const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args, '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
  const unindented = (text: string) => text.split('\n').filter((line) => !/^\s/.test(line));

  it.each([
    ['new --help', ['scripts/new.ts', '--help']],
    ['import --help', ['scripts/import.ts', '--help']],
    ['new, missing flags', ['scripts/new.ts', 'decision', '--number', '1/QĐ']],
    ['new authority, id taken', ['scripts/new.ts', 'authority', '--content', join(FIXTURES, 'real-decisions'), '--name', 'A', '--name-en', 'A', '--short-name', 'A', '--level', 'central', '--id', 'chu-tich-nuoc']],
    ['import, a dry run', ['scripts/import.ts', join(FIXTURES, 'tien-giang-1766-qd-ttg.csv'), '--content', join(FIXTURES, 'real-decisions'), '--number', '1766/QĐ-TTg', '--date', '2016', '--authority', 'QĐ-TTg', '--reason', 'r', '--year', '2015', '--signer', 'unknown']],
    ['import, a contradicting --award', ['scripts/import.ts', join(FIXTURES, 'tien-giang-1766-qd-ttg.csv'), '--content', join(FIXTURES, 'real-decisions'), '--number', '1', '--date', '2016', '--authority', 'QĐ-TTg', '--reason', 'r', '--year', '2015', '--signer', 'unknown', '--award', 'tap-the-lao-dong-xuat-sac']],
  ])('%s prints no Vietnamese sentence', (_, [script, ...args]) => {
    const result = node(script!, ...args);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output.trim()).not.toBe('');
    expect(unindented(output).filter((line) => VIETNAMESE.test(line))).toEqual([]);
  });
});
