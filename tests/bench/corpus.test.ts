import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocate, generateCorpus, parseNameList, type CorpusOptions, type CorpusSources } from '../../bench/corpus.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { ROOT } from '../helpers.ts';

const TODAY = '2026-11-25';
const SMALL: CorpusOptions = { decisions: 40, recipients: 600, stories: 5, years: 10, lastYear: 2024, seed: 7 };
const DATA = join(ROOT, 'data/names');
const SOURCES: CorpusSources = {
  awardsYaml: readFileSync(join(ROOT, 'content/awards.yaml'), 'utf8'),
  maleNames: readFileSync(join(DATA, 'vn-given-names-male.txt'), 'utf8'),
  femaleNames: readFileSync(join(DATA, 'vn-given-names-female.txt'), 'utf8'),
};

function files(options: CorpusOptions): Map<string, string> {
  return new Map([...generateCorpus(options, SOURCES).files].map((f) => [f.path, f.text]));
}

describe('npm run generate', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'portal-corpus-')), 'corpus');
  beforeAll(() => {
    const args = Object.entries(SMALL)
      .filter(([key]) => key !== 'lastYear')
      .flatMap(([key, value]) => [`--${key}`, String(value)]);
    execFileSync(process.execPath, ['bench/generate-corpus.ts', '--out', dir, ...args], { cwd: ROOT });
  });

  it('writes a content folder the validator accepts, with exactly the counts asked for', () => {
    const { problems, counts } = validateFolder(dir, TODAY);
    expect(problems).toEqual([]);
    expect({ decisions: counts.decisions, recipients: counts.recipients, stories: counts.stories }).toEqual({
      decisions: SMALL.decisions,
      recipients: SMALL.recipients,
      stories: SMALL.stories,
    });
  });

  it('writes what the library generates, file for file', () => {
    const written = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !['corpus.json', 'README.md'].includes(e.name))
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
    const generated = files(SMALL);
    expect(written.sort()).toEqual([...generated.keys()].sort());
    for (const [path, text] of generated) expect(readFileSync(join(dir, path), 'utf8'), path).toBe(text);
  });

  it('refuses to overwrite a folder it did not make', () => {
    expect(() => execFileSync(process.execPath, ['bench/generate-corpus.ts', '--out', join(ROOT, 'content')], { cwd: ROOT, stdio: 'pipe' })).toThrow();
  });
});

describe('generateCorpus', () => {
  it('gives the same files for the same seed, and others for another', () => {
    const a = files(SMALL);
    expect(files(SMALL)).toEqual(a);
    expect(files({ ...SMALL, seed: SMALL.seed + 1 })).not.toEqual(a);
  });

  it('links honorees across decisions and stories', () => {
    const texts = [...files({ ...SMALL, decisions: 200, recipients: 6000 }).entries()];
    const ids = texts.flatMap(([path, text]) => (path.startsWith('decisions/') ? [...text.matchAll(/^ {4}id: (\S+)$/gm)].map((m) => m[1]) : []));
    const repeated = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
    expect(repeated.size).toBeGreaterThan(10);
    const story = texts.find(([path]) => path.startsWith('stories/'))?.[1] ?? '';
    expect(story).toMatch(/^honorees: \[[a-z0-9-]+\]$/m);
  });

  it('rejects options it cannot meet', () => {
    expect(() => generateCorpus({ ...SMALL, recipients: SMALL.decisions - 1 }, SOURCES)).toThrow(RangeError);
    expect(() => generateCorpus({ ...SMALL, lastYear: 2026 }, SOURCES)).toThrow(/2024/);
  });
});

describe('allocate', () => {
  it('sums exactly, keeps every part between 1 and its cap and follows the weights', () => {
    const sizes = allocate(100, [1, 1, 8, 30], [50, 50, 5, 1000]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(100);
    expect(sizes[2]).toBe(5);
    expect(sizes[0]).toBeGreaterThanOrEqual(1);
    expect(sizes[3]).toBeGreaterThan(sizes[0]!);
  });

  it('says when the rows do not fit', () => {
    expect(() => allocate(3, [1, 1, 1, 1], [5, 5, 5, 5])).toThrow(RangeError);
    expect(() => allocate(20, [1, 1], [5, 5])).toThrow(RangeError);
  });
});

describe('parseNameList', () => {
  it('drops blanks and repeats and writes Đ for the look-alike Ð', () => {
    expect(parseNameList('Ðình Diệu\n\n  An  Khang \nAn Khang\n')).toEqual(['Đình Diệu', 'An Khang']);
  });
});
