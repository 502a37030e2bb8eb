/** The import never damages what exists (issue 17): a write the disk refuses leaves the original as it was. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafely } from '../../src/staff/write-safely.ts';
import { ROOT, copyContent } from '../helpers.ts';

const EXISTING = 'decisions/2017/1820-qd-ubnd-bang-khen-nong-thon-moi.md';

/** `npm run import` with the file-size limit of `ulimit -f` (KB), as a full disk would refuse a write. */
function importLimited(limitKb: number, ...args: string[]) {
  return spawnSync('bash', ['-c', `ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('writing an entry', () => {
  it('adding people when the disk refuses leaves the decision byte for byte, with a message instead of a stack trace', () => {
    const root = copyContent();
    const before = readFileSync(join(root, EXISTING));
    expect(before.length).toBeGreaterThan(3072);
    const list = join(mkdtempSync(join(tmpdir(), 'portal-import-')), 'bo-sung.csv');
    writeFileSync(list, 'Họ và tên;Chức vụ;Địa chỉ\nLăng Văn Tính;Nông dân;thôn Bản Chu, xã Như Khuê\n');
    const result = importLimited(3, list, '--content', root, '--decision', join(root, EXISTING), '--occupation', 'farmer', '--write', '--lang', 'en');
    expect(readFileSync(join(root, EXISTING))).toEqual(before);
    expect(readdirSync(join(root, 'decisions/2017')).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toContain(
      `✗ could not write "${root.split('/').at(-1)}/${EXISTING}" (tệp vượt giới hạn kích thước cho phép / the file is over the size limit allowed); the existing file is unchanged and nothing was half written: free some space or ask the administrator, then run again`,
    );
    expect(result.status).toBe(2);
  });

  it('a new file is written whole or not at all, and never replaces one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-write-'));
    writeFileSafely(join(dir, 'a.md'), 'một\n', 'a.md', true);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('một\n');
    expect(() => writeFileSafely(join(dir, 'a.md'), 'hai\n', 'a.md', true)).toThrow(/already exists/);
    writeFileSafely(join(dir, 'a.md'), 'ba\n', 'a.md');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('ba\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});
