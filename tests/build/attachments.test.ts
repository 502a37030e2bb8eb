/**
 * A decision's scanned original kept in the content folder is published at the address its page links,
 * on a real build of a copy of the sample.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localAttachmentPath } from '../../src/validate/attachments.ts';
import { buildSite, copyContent, readPage } from '../helpers.ts';

const BUILD = 240_000;
const DECISION = '2017/612-qd-ubnd-giay-khen-nong-thon-moi';

describe('local attachments', () => {
  it('are found where the validator looks: beside the decision, or from the content folder', () => {
    expect(localAttachmentPath(DECISION, './612-qd-ubnd.pdf')).toBe('decisions/2017/612-qd-ubnd.pdf');
    expect(localAttachmentPath(DECISION, 'scans/612.pdf')).toBe('decisions/2017/scans/612.pdf');
    expect(localAttachmentPath(DECISION, '../2016/612.pdf')).toBe('decisions/2016/612.pdf');
    expect(localAttachmentPath(DECISION, '/decisions/scans/612.pdf')).toBe('decisions/scans/612.pdf');
    expect(localAttachmentPath(DECISION, 'https://vanban.langson.gov.vn/612.pdf')).toBeUndefined();
  });

  it('are copied into the site at the address the decision page links', () => {
    const dir = copyContent();
    const out = join(dir, '..', `${dir.split('/').pop()}-site`);
    const scan = Buffer.from('%PDF-1.4\n% bản quét quyết định 612\n');
    writeFileSync(join(dir, 'decisions/2017/612-qd-ubnd.pdf'), scan);
    const file = join(dir, `decisions/${DECISION}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('period:\n', 'attachment:\n  href: ./612-qd-ubnd.pdf\n  label: Bản quét quyết định\nperiod:\n'));
    const result = buildSite(dir, out);
    expect(result.status, result.output).toBe(0);
    const page = readPage(out, `/quyet-dinh/${DECISION}/`);
    expect(page).toContain('href="/tep-dinh-kem/decisions/2017/612-qd-ubnd.pdf"');
    expect(readFileSync(join(out, 'tep-dinh-kem/decisions/2017/612-qd-ubnd.pdf'))).toEqual(scan);
  }, BUILD);
});
