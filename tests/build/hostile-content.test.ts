/** Hostile content against a real build (issue 17): what the validator did not read is never published. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SITE, buildSite, copyContent } from '../helpers.ts';

describe('the build reads what the validator reads', () => {
  it('says it read as many decisions as it published', () => {
    const published = readdirSync(join(SAMPLE_SITE, 'quyet-dinh/2017'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(d.parentPath, d.name, 'index.html')));
    const read = /Đã đọc (\d+) quyết định/.exec(process.env.SAMPLE_BUILD_OUTPUT ?? '')?.[1];
    expect(Number(read)).toBe(published.length);
  });

  it('stops on a symlinked decision, naming it, and publishes nothing from it', () => {
    const dir = copyContent();
    const outside = join(mkdtempSync(join(tmpdir(), 'portal-outside-')), 'ngoai.md');
    writeFileSync(outside, readFileSync(join(dir, 'decisions/2017/1820-qd-ubnd-bang-khen-nong-thon-moi.md'), 'utf8').replace('1820/QĐ-UBND', '1821/QĐ-UBND'));
    symlinkSync(outside, join(dir, 'decisions/2017/1821-qd-ubnd-lien-ket.md'));
    const out = mkdtempSync(join(tmpdir(), 'portal-site-'));
    const result = buildSite(dir, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('decisions/2017/1821-qd-ubnd-lien-ket.md › tệp này là một liên kết tắt (symlink) tới nơi khác, không phải tệp thật');
    expect(existsSync(join(out, 'quyet-dinh/2017/1821-qd-ubnd-lien-ket/index.html'))).toBe(false);
  });
});
